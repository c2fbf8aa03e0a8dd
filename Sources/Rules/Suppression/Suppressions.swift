import Foundation
import SourceText
import Syntax

/// One `# commissioning-ls: disable …` comment.
///
/// `disable ID[, ID…] [-- reason]` silences those rules on its own line when it ends a line of
/// content, or on the next line when it stands alone; `disable-file ID… [-- reason]` silences them
/// in the whole file. With no ID it silences every rule there.
public struct Suppression: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// 0-based line whose diagnostics are silenced.
        case line(Int)
        case file
    }

    public let scope: Scope
    /// Rule ids; empty means every rule.
    public let codes: [String]
    public let reason: String?
    /// The comment, for reporting it when it silences nothing.
    public let range: TextRange

    public func covers(_ diagnostic: Diagnostic, line: Int) -> Bool {
        guard codes.isEmpty || codes.contains(diagnostic.code) else { return false }
        switch scope {
        case .file: return true
        case let .line(target): return target == line
        }
    }
}

/// A suppression that silenced at least one diagnostic, for `lint --list-suppressions`.
public struct AppliedSuppression: Sendable, Hashable {
    public let suppression: Suppression
    public let silenced: [Diagnostic]
}

public enum Suppressions {
    static let marker = "commissioning-ls:"
    public static let unusedCode = "suppression/unused"

    /// Reads every suppression comment of a tree.
    public static func parse(_ tree: SyntaxTree) -> [Suppression] {
        let lines = tree.source.lineIndex
        var result: [Suppression] = []
        for comment in tree.comments {
            let text = comment.text.trimmingLeadingSpaces()
            guard text.hasPrefix(marker) else { continue }
            var body = Substring(text.dropFirst(marker.count)).drop { $0 == " " }
            let isFile: Bool
            if body.hasPrefix("disable-file") {
                isFile = true
                body = body.dropFirst("disable-file".count)
            } else if body.hasPrefix("disable") {
                isFile = false
                body = body.dropFirst("disable".count)
            } else {
                continue
            }
            var reason: String?
            if let separator = body.range(of: " -- ") ?? body.range(of: "-- ", options: .anchored) {
                reason = String(body[separator.upperBound...]).trimmingLeadingSpaces()
                body = body[..<separator.lowerBound]
            }
            let codes = body.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            let line = lines.line(containing: comment.range.start)
            let lineStart = lines.lineStarts[line]
            let standsAlone = tree.source.bytes[lineStart..<comment.range.start].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            let scope: Suppression.Scope = isFile ? .file : .line(standsAlone ? line + 1 : line)
            result.append(Suppression(scope: scope, codes: codes, reason: reason, range: comment.range))
        }
        return result
    }

    /// Removes the diagnostics that suppressions silence. Syntax errors cannot be silenced: a
    /// document that does not parse cannot be trusted. Returns what is left, what each
    /// suppression silenced, and a `suppression/unused` hint for each that silenced nothing.
    public static func apply(_ suppressions: [Suppression], to diagnostics: [Diagnostic], in source: SourceFile)
        -> (kept: [Diagnostic], applied: [AppliedSuppression], unused: [Diagnostic])
    {
        guard !suppressions.isEmpty else { return (diagnostics, [], []) }
        var silencedBy = Array(repeating: [Diagnostic](), count: suppressions.count)
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let line = source.lineIndex.line(containing: diagnostic.range.start)
            let silencer = diagnostic.code.hasPrefix("syntax/") ? nil
                : suppressions.firstIndex { $0.covers(diagnostic, line: line) }
            if let silencer { silencedBy[silencer].append(diagnostic) } else { kept.append(diagnostic) }
        }
        var applied: [AppliedSuppression] = []
        var unused: [Diagnostic] = []
        for (index, suppression) in suppressions.enumerated() {
            if silencedBy[index].isEmpty {
                let what = suppression.codes.isEmpty ? "any rule" : suppression.codes.joined(separator: ", ")
                let place = suppression.scope == .file ? "in this file" : "on its line"
                unused.append(Diagnostic(
                    code: unusedCode, severity: .hint,
                    message: "This suppression silences nothing: \(what) reports nothing \(place). Remove the comment, or check the rule id (`commissioning-ls rules` lists them).",
                    range: suppression.range,
                    fixes: [Fix(title: "Remove the unused suppression", edits: [TextEdit(range: suppression.range, newText: "")], isSafe: true)]
                ))
            } else {
                applied.append(AppliedSuppression(suppression: suppression, silenced: silencedBy[index]))
            }
        }
        return (kept, applied, unused)
    }
}

extension StringProtocol {
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " || $0 == "\t" }) }
}
