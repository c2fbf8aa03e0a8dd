import Analysis
import Schema
import SourceText
import Syntax

/// How a diagnostic can be fixed without asking: by a safe fix (its result means what the writer
/// meant), only by an unsafe one (it changes what the document says), or not at all.
public enum FixAvailability: String, Sendable, Hashable {
    case none
    case safe
    case unsafe
}

/// A fix chosen for one diagnostic, with the edits the code actions would make.
public struct ChosenFix: Sendable, Hashable {
    public let diagnostic: Diagnostic
    public let title: String
    public let edits: [TextEdit]
    public let isSafe: Bool
}

/// The fixes `lint --fix` applies: the same as the server's code actions offer (the diagnostics'
/// own fixes, refined like `MissingSections`, and the quoting of a value with a second `: `).
public enum DocumentFixes {
    /// The fix each diagnostic would get from "fix all": its one safe fix, else (for
    /// `--unsafe-fixes`) its only fix. A diagnostic with several unsafe fixes needs a choice and
    /// gets none.
    public static func chosen(in tree: SyntaxTree, schemaFile: String?, diagnostics: [Diagnostic],
                              navigator: SchemaNavigator = .shared) -> [ChosenFix] {
        var sections: MissingSections?
        var chosen: [ChosenFix] = []
        for diagnostic in diagnostics.sorted() {
            if let quoting = ColonValueQuoting.fix(for: diagnostic, in: tree) {
                chosen.append(ChosenFix(diagnostic: diagnostic, title: quoting.title, edits: quoting.edits, isSafe: quoting.isSafe))
                continue
            }
            let fix = diagnostic.fixes.first(where: \.isSafe) ?? (diagnostic.fixes.count == 1 ? diagnostic.fixes[0] : nil)
            guard let fix, !fix.edits.isEmpty else { continue }
            var edits = fix.edits
            if diagnostic.code == MissingSections.code {
                if sections == nil { sections = MissingSections(tree: tree, schemaFile: schemaFile, navigator: navigator) }
                edits = sections?.edits(for: diagnostic) ?? edits
            }
            chosen.append(ChosenFix(diagnostic: diagnostic, title: fix.title, edits: edits, isSafe: fix.isSafe))
        }
        return chosen
    }

    /// What `lint --statistics` counts as fixable for one diagnostic.
    public static func availability(of diagnostic: Diagnostic, in tree: SyntaxTree) -> FixAvailability {
        if let quoting = ColonValueQuoting.fix(for: diagnostic, in: tree) { return quoting.isSafe ? .safe : .unsafe }
        let usable = diagnostic.fixes.filter { !$0.edits.isEmpty }
        if usable.contains(where: \.isSafe) { return .safe }
        return usable.isEmpty ? .none : .unsafe
    }

    /// `bytes` with `edits` (non-overlapping, in this text's byte offsets) made.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
            result.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
        }
        return result
    }

    /// The outcome of fixing one document.
    public struct Outcome: Sendable {
        public var bytes: [UInt8]
        /// Titles of the fixes applied, in order.
        public var applied: [String] = []
        /// Unsafe fixes left unapplied because `--unsafe-fixes` was not given.
        public var unsafeAvailable = 0
        /// Fixes not applied because the result had an error the document did not have.
        public var refused: [String] = []
    }

    /// Applies fixes one at a time, analysing the text again after each: a fix whose result has an
    /// error the text before it did not have is not applied (and not tried again). Stops when no
    /// fix is left to try. `analyze` checks a text as the document (its name and references).
    public static func fix(_ bytes: [UInt8], includeUnsafe: Bool, maximumRounds: Int = 200,
                           analyze: ([UInt8]) -> DocumentAnalysis) -> Outcome {
        var outcome = Outcome(bytes: bytes)
        var analysis = analyze(bytes)
        var rejected = Set<String>()
        for _ in 0..<maximumRounds {
            let candidates = chosen(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, diagnostics: analysis.diagnostics)
            var progressed = false
            for candidate in candidates where candidate.isSafe || includeUnsafe {
                let key = identity(of: candidate, in: outcome.bytes)
                guard !rejected.contains(key) else { continue }
                let edited = apply(candidate.edits, to: outcome.bytes)
                guard edited != outcome.bytes else { rejected.insert(key); continue }
                let after = analyze(edited)
                // What a fix writes in is the writer's to fill in (a skeleton's empty keys): an
                // error there is the prompt to do so, not a new error.
                let written = writtenRanges(candidate.edits)
                let outside = after.diagnostics.filter { diagnostic in
                    !written.contains { $0.start <= diagnostic.range.start && diagnostic.range.end <= $0.end }
                }
                if introducesError(before: analysis.diagnostics, after: outside) {
                    rejected.insert(key)
                    outcome.refused.append(candidate.title)
                    continue
                }
                outcome.bytes = edited
                outcome.applied.append(candidate.title)
                analysis = after
                progressed = true
                break
            }
            if !progressed { break }
        }
        if !includeUnsafe {
            outcome.unsafeAvailable = chosen(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, diagnostics: analysis.diagnostics)
                .filter { !$0.isSafe }.count
        }
        return outcome
    }

    /// A fix named by what it does and the text it replaces, which stays the same when edits
    /// elsewhere move it.
    private static func identity(of fix: ChosenFix, in bytes: [UInt8]) -> String {
        let replaced = fix.edits.map { String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self) + "→" + $0.newText }
        return fix.diagnostic.code + "|" + fix.title + "|" + replaced.joined(separator: "|")
    }

    /// Where each edit's new text lies in the edited text.
    static func writtenRanges(_ edits: [TextEdit]) -> [TextRange] {
        var shift = 0
        return edits.sorted { $0.range.start < $1.range.start }.map { edit in
            let start = edit.range.start + shift
            shift += edit.newText.utf8.count - edit.range.length
            return TextRange(start: start, end: start + edit.newText.utf8.count)
        }
    }

    /// Whether `after` has more errors of some code than `before`. By code, not message: a fix may
    /// rightly change the wording of another error (one that lists the sections still missing).
    static func introducesError(before: [Diagnostic], after: [Diagnostic]) -> Bool {
        var counts: [String: Int] = [:]
        for diagnostic in before where diagnostic.severity == .error { counts[diagnostic.code, default: 0] += 1 }
        for diagnostic in after where diagnostic.severity == .error {
            let key = diagnostic.code
            counts[key, default: 0] -= 1
            if counts[key]! < 0 { return true }
        }
        return false
    }
}
