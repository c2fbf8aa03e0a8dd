import Dispatch
import Features
import Foundation
import JSONRPC
import JSONSupport
import LanguageServer
import LanguageServerProtocol
import Locking
import SourceText

/// Reports a warning on every occurrence of `word`, with a related location on the document's
/// first byte; the simplest service whose diagnostics move when the text is edited.
struct WordService: LanguageService {
    var word = "bad"
    var dependents: [String: [String]] = [:]

    func diagnostics(for document: DocumentSnapshot, in workspace: WorkspaceSnapshot) -> [SourceText.Diagnostic] {
        let needle = Array(word.utf8)
        let bytes = document.source.bytes
        var result: [SourceText.Diagnostic] = []
        var index = 0
        while index + needle.count <= bytes.count {
            if Array(bytes[index..<(index + needle.count)]) == needle {
                result.append(SourceText.Diagnostic(
                    code: "test/\(word)", severity: .warning, message: "'\(word)' here",
                    range: TextRange(start: index, end: index + needle.count),
                    related: [RelatedLocation(documentName: document.uri, range: .empty(at: 0), message: "start")]))
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
    }

    func dependents(of uri: String, in workspace: WorkspaceSnapshot) -> [String] { dependents[uri] ?? [] }
    func documentationLink(forCode code: String) -> String? { "https://example.org/rules#\(code)" }
}

/// A one-shot gate: `wait` blocks until `open`; `entered` tells the test someone is waiting.
final class Gate: @unchecked Sendable {
    private let opened = DispatchSemaphore(value: 0)
    private let arrivals = DispatchSemaphore(value: 0)

    func wait() {
        arrivals.signal()
        _ = opened.wait(timeout: .now() + 30)
    }

    /// Waits until a caller is blocked at the gate.
    func waitForArrival() -> Bool { arrivals.wait(timeout: .now() + 30) == .success }

    func open() { opened.signal() }
}

/// Records the versions it analyses; the first analysis waits at `gate` until the test opens it.
final class GatedService: LanguageService, @unchecked Sendable {
    let gate = Gate()
    private let analysed = Locked<[Int]>([])
    private let inner = WordService()

    var versions: [Int] { analysed.current }

    func diagnostics(for document: DocumentSnapshot, in workspace: WorkspaceSnapshot) -> [SourceText.Diagnostic] {
        let isFirst = analysed.withLock { versions -> Bool in
            versions.append(document.version)
            return versions.count == 1
        }
        if isFirst { gate.wait() }
        return inner.diagnostics(for: document, in: workspace)
    }
}

/// Hover blocks until cancelled (or 30 s), to test cancellation and that slow requests do not
/// hold up others.
final class BlockingHoverService: LanguageService, @unchecked Sendable {
    let started = DispatchSemaphore(value: 0)
    let sawCancellation = Locked(false)

    var features: LanguageFeatures { [.hover] }

    func hover(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> HoverInfo? {
        started.signal()
        let deadline = Date(timeIntervalSinceNow: 30)
        while !Task.isCancelled, Date() < deadline { usleep(1000) }
        sawCancellation.withLock { $0 = Task.isCancelled }
        return HoverInfo(markdown: "finished", range: nil)
    }
}

/// Fixed answers for every request feature, to test how the server converts them.
struct FixedAnswersService: LanguageService {
    var features: LanguageFeatures { .all }
    var completionTriggerCharacters: [String] { [":"] }
    var codeActionKinds: [CodeActionKind] { [.quickFix, .refactorRewrite] }
    var watchedFilePatterns: [String] { ["**/*.yaml"] }

    /// Byte range of the first occurrence of `text` in the document.
    static func range(of text: String, in document: DocumentSnapshot) -> TextRange {
        let whole = document.source.text
        guard let found = whole.range(of: text) else { return .empty(at: 0) }
        let start = whole.utf8.distance(from: whole.startIndex, to: found.lowerBound)
        return TextRange(start: start, end: start + text.utf8.count)
    }

    func completion(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> CompletionAnswer {
        CompletionAnswer(items: [
            Features.CompletionItem(label: "purpose", kind: .property, detail: "section", documentation: "Why *this*", insertText: "purpose: ${1:text}$0",
                                    isSnippet: true, replacing: TextRange(start: offset - 4, end: offset)),
            Features.CompletionItem(label: "section", kind: .section, insertText: "section:\n  ${1:key}: $0", isSnippet: true, replacing: .empty(at: offset)),
            Features.CompletionItem(label: "plain", kind: .value, insertText: "plain", replacing: .empty(at: offset)),
        ], isIncomplete: true)
    }

    func hover(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> HoverInfo? {
        HoverInfo(markdown: "**offset \(offset)**", range: Self.range(of: "😀", in: document))
    }

    func codeActions(for range: TextRange, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [CodeActionProposal] {
        let target = Self.range(of: "😀", in: document)
        let fixed = SourceText.Diagnostic(code: "test/emoji", severity: .info, message: "emoji", range: target)
        return [
            CodeActionProposal(title: "Replace the emoji", kind: .quickFix, resolves: [fixed],
                               edits: [DocumentEdits(uri: document.uri, lineIndex: document.source.lineIndex, edits: [SourceText.TextEdit(range: target, newText: ":)")])],
                               isPreferred: true),
            CodeActionProposal(title: "Rewrite", kind: .refactorRewrite, edits: []),
        ]
    }

    func documentSymbols(in document: DocumentSnapshot) -> [OutlineItem] {
        let whole = TextRange(start: 0, end: document.source.bytes.count)
        let emoji = Self.range(of: "😀", in: document)
        return [OutlineItem(name: "root", kind: .group, range: whole, selectionRange: .empty(at: 0),
                            children: [OutlineItem(name: "emoji", kind: .field, range: emoji, selectionRange: emoji)])]
    }

    func foldingRanges(in document: DocumentSnapshot) -> [FoldRegion] {
        [FoldRegion(range: TextRange(start: 0, end: document.source.bytes.count), kind: .region), FoldRegion(range: .empty(at: 0), kind: .comment)]
    }

    func selectionRanges(at offsets: [Int], in document: DocumentSnapshot) -> [[TextRange]] {
        offsets.map { [TextRange(start: $0, end: $0 + 4), TextRange(start: 0, end: document.source.bytes.count)] }
    }

    func definition(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentTarget] {
        guard let path = document.filePath else { return [] }
        return [DocumentTarget(url: URL(fileURLWithPath: path), range: Self.range(of: "😀", in: document), lineIndex: document.source.lineIndex)]
    }

    func references(at offset: Int, includeDeclaration: Bool, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentTarget] {
        includeDeclaration ? definition(at: offset, in: document, workspace: workspace) : []
    }

    func workspaceSymbols(matching query: String, in workspace: WorkspaceSnapshot) -> [Features.WorkspaceSymbol] {
        workspace.documents.values.sorted { $0.uri < $1.uri }.compactMap { document in
            document.filePath.map { path in
                Features.WorkspaceSymbol(name: query, kind: .hypothesis, container: "c",
                                         target: DocumentTarget(url: URL(fileURLWithPath: path), range: Self.range(of: "😀", in: document), lineIndex: document.source.lineIndex))
            }
        }
    }
}

/// Records what the server tells the service about the workspace.
final class RecordingService: LanguageService, @unchecked Sendable {
    let workspaces = Locked<[WorkspaceInfo]>([])
    let settings = Locked<[JSONValue]>([])
    let fileChanges = Locked<[[FileChange]]>([])

    func workspaceDidInitialize(_ workspace: WorkspaceInfo) { workspaces.withLock { $0.append(workspace) } }
    func configurationDidChange(_ settings: JSONValue) { self.settings.withLock { $0.append(settings) } }
    func filesDidChange(_ changes: [FileChange]) { fileChanges.withLock { $0.append(changes) } }
}
