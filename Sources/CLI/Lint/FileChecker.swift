import Analysis
import Dispatch
import Features
import Foundation
import Rules
import SourceText
import Syntax

/// A file to check: where it is and how to name it.
struct LintTarget: Sendable {
    /// Nil for standard input.
    let url: URL?
    let displayPath: String
    /// `Workspace.relativePath(of: url)`, or the absolute path for a file outside the workspace.
    let workspacePath: String
    /// The real folder the file must lie in, symbolic links followed (`FileDiscovery.boundary`):
    /// the workspace root, unless the user named a place outside it.
    var boundary: String? = nil
}

/// Reads and checks files, many at once: the analyzer is a `Sendable` value, so every core
/// checks files of its own, and each result lands in its own slot. The output order therefore
/// does not depend on which file finished first.
struct FileChecker: Sendable {
    let analyzer: DocumentAnalyzer
    /// Whether `text` excerpts are needed (they cost a little per diagnostic).
    let withExcerpts: Bool
    let positionEncoding: PositionEncoding
    /// Files larger than this are not read (the parser's own limit).
    static let maximumBytes = ParserLimits.default.maximumDocumentBytes

    /// Checks every target on all cores; results in the targets' order.
    func check(_ targets: [LintTarget]) -> [Result<CheckedFile, PathProblem>] {
        let slots = ResultSlots<Result<CheckedFile, PathProblem>>(count: targets.count)
        let order = checkingOrder(targets)
        DispatchQueue.concurrentPerform(iterations: targets.count) { turn in
            let index = order[turn]
            let target = targets[index]
            let outcome: Result<CheckedFile, PathProblem>
            switch read(target) {
            case let .success(bytes): outcome = .success(check(bytes, as: target, readFromFile: true))
            case let .failure(problem): outcome = .failure(problem)
            }
            slots[index] = outcome
        }
        return targets.indices.map { slots[$0] ?? .failure(PathProblem(path: targets[$0].displayPath, message: "was not checked")) }
    }

    /// The indices of `targets` in the order they are started: documents whose kind (by file
    /// name) names other documents come after the documents they may name
    /// (`ReferringKinds.checkingRank`), so that those have mostly been parsed (and summarised)
    /// by the time the references are followed. Only the work changes; the results are the same
    /// in any order and are reported in `targets`' order.
    func checkingOrder(_ targets: [LintTarget]) -> [Int] {
        let ranks = targets.map { target in
            analyzer.vocabulary.kind(forFileName: target.displayPath).map { ReferringKinds.checkingRank($0.id) } ?? 0
        }
        // Stable: within a rank, the targets' own order.
        return targets.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
    }

    /// The file's bytes, or why it cannot be checked. Read through `ContainedFile`: a link out of
    /// the target's boundary, a named pipe, a device or an oversized file is refused unread.
    func read(_ target: LintTarget) -> Result<[UInt8], PathProblem> {
        guard let url = target.url else { return .failure(PathProblem(path: target.displayPath, message: "no text to read")) }
        switch ContainedFile.read(url.path, inside: target.boundary, maximumBytes: Self.maximumBytes) {
        case let .success(bytes):
            return Self.textProblem(in: bytes).map { .failure(PathProblem(path: target.displayPath, message: $0)) } ?? .success(bytes)
        case let .failure(refusal):
            return .failure(PathProblem(path: target.displayPath, message: Self.message(for: refusal)))
        }
    }

    /// What `lint` says of a file it did not read.
    static func message(for refusal: FileRefusal) -> String {
        switch refusal {
        case .missing: "no such file"
        case .folder: "is a folder"
        case .permissionDenied, .outside: refusal.description
        default: refusal.description + "; not checked"
        }
    }

    /// Why bytes are not a text document at all (a NUL byte in the first 8 KB, as git decides),
    /// or nil. Bytes that are merely not UTF-8 are text with errors, which the parser reports in place.
    static func textProblem(in bytes: [UInt8]) -> String? {
        bytes.prefix(8192).contains(0) ? "is a binary file, not a text document (it contains NUL bytes); not checked" : nil
    }

    /// Checks one text and keeps what the report needs. `readFromFile`: the bytes are what
    /// `target.url` holds on disk (not standard input checked under that name), so what the
    /// document is may be shared with the documents that refer to it.
    func check(_ bytes: [UInt8], as target: LintTarget, readFromFile: Bool = false) -> CheckedFile {
        let source = SourceFile(name: target.displayPath, bytes: bytes)
        let origin = DocumentOrigin(displayPath: target.workspacePath, fileURL: target.url)
        // Documents that name this one need not parse it again (see `ReferenceSummaryCache`).
        let tree: SyntaxTree
        if readFromFile, let url = target.url, let workspace = analyzer.workspace, target.boundary == workspace.realRoot {
            tree = workspace.parseCheckedFile(source, at: url, relativePath: target.workspacePath)
        } else {
            tree = Parser.parse(source)
        }
        let analysis = analyzer.analyze(tree, at: origin)
        let suppressions = listedSuppressions(of: analysis)
        return CheckedFile(
            displayPath: target.displayPath, workspacePath: target.workspacePath, kind: analysis.kind?.id,
            diagnostics: report(analysis.diagnostics, in: analysis.tree, workspacePath: target.workspacePath),
            rulesRun: analysis.rulesRun, suppressions: suppressions
        )
    }

    /// Diagnostics with their positions in every unit the formats use. `workspacePath`: the
    /// document's path relative to the workspace root, by which rules name it in related places.
    func report(_ diagnostics: [Diagnostic], in tree: SyntaxTree, workspacePath: String) -> [ReportedDiagnostic] {
        let source = tree.source
        let fingerprints = Fingerprint.fingerprints(for: diagnostics, in: tree)
        var otherDocuments = RelatedDocuments(workspace: analyzer.workspace)
        return zip(diagnostics, fingerprints).map { diagnostic, fingerprint in
            let start = DiagnosticLine.location(of: diagnostic.range.start, in: source)
            let end = DiagnosticLine.location(of: diagnostic.range.end, in: source)
            let utf16 = source.lineRange(of: diagnostic.range, in: .utf16)
            let related = diagnostic.related.compactMap { related -> ReportedRelatedPlace? in
                let isThisDocument = related.documentName == source.name || related.documentName == workspacePath
                guard let document = isThisDocument ? source : otherDocuments.source(named: related.documentName) else { return nil }
                let place = DiagnosticLine.location(of: related.range.start, in: document)
                let range = document.lineRange(of: related.range, in: .utf16)
                return ReportedRelatedPlace(
                    displayPath: isThisDocument ? source.name : related.documentName,
                    workspacePath: isThisDocument ? workspacePath : related.documentName,
                    start: EditorPlace(line: place.line, column: place.column), utf16Range: range,
                    encodedRange: positionEncoding == .utf16 ? range : document.lineRange(of: related.range, in: positionEncoding),
                    message: related.message)
            }
            return ReportedDiagnostic(
                code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message,
                byteRange: diagnostic.range,
                start: EditorPlace(line: start.line, column: start.column),
                end: EditorPlace(line: end.line, column: end.column),
                utf16Range: utf16,
                encodedRange: positionEncoding == .utf16 ? utf16 : source.lineRange(of: diagnostic.range, in: positionEncoding),
                excerpt: withExcerpts ? SourceExcerpt(range: diagnostic.range, in: source) : nil,
                related: related, fingerprint: fingerprint, fix: DocumentFixes.availability(of: diagnostic, in: tree)
            )
        }
    }

    /// Every suppression comment of the document, with how much each silenced.
    private func listedSuppressions(of analysis: DocumentAnalysis) -> [ListedSuppression] {
        let silenced = Dictionary(analysis.suppressions.map { ($0.suppression.range, $0.silenced.count) }, uniquingKeysWith: +)
        return Suppressions.parse(analysis.tree).map { suppression in
            let place = DiagnosticLine.location(of: suppression.range.start, in: analysis.source)
            return ListedSuppression(
                place: EditorPlace(line: place.line, column: place.column), isFileWide: suppression.scope == .file,
                codes: suppression.codes, reason: suppression.reason, silenced: silenced[suppression.range] ?? 0
            )
        }
    }
}

/// The texts of documents a related place names other than the checked one (rules name them by
/// workspace-relative path), read once per report; nil when outside the workspace (never read,
/// as for references), unreadable or too large.
private struct RelatedDocuments {
    let workspace: Workspace?
    private var read: [String: SourceFile?] = [:]

    init(workspace: Workspace?) { self.workspace = workspace }

    mutating func source(named name: String) -> SourceFile? {
        if let known = read[name] { return known }
        let url = name.hasPrefix("/") ? URL(fileURLWithPath: name) : workspace?.root.appending(path: name)
        var source: SourceFile?
        if let url, let root = workspace?.realRoot,
            case let .success(bytes) = ContainedFile.read(url.path, inside: root, maximumBytes: FileChecker.maximumBytes) {
            source = SourceFile(name: name, bytes: bytes)
        }
        read[name] = source
        return source
    }
}
