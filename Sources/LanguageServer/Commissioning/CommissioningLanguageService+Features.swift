import Analysis
import Features
import Foundation
import JSONRPC
import LanguageServerProtocol
import Rules
import Schema
import SourceText
import Syntax

/// The editor features, from the check (or parse) of the version asked about.
extension CommissioningLanguageService {
    func resolver(for document: CheckedDocument, in workspace: WorkspaceSnapshot) -> (any ReferenceResolver)? {
        guard let url = document.fileURL else { return nil }
        return self.workspace(for: url, open: openDocuments(workspace))?.resolver(for: url)
    }

    /// Completion needs the tree, not the diagnostics: a version typed a moment ago and not yet
    /// checked is parsed (and the parse kept for its check) rather than checked first.
    public func completion(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> CompletionAnswer {
        let (tree, schemaFile) = structure(of: document)
        let fileURL = document.filePath.map { URL(fileURLWithPath: $0) }
        let open = openDocuments(workspace)
        let options = CompletionOptions(
            snippets: workspace.clientSupportsSnippets, configuration: configuration(in: open),
            references: fileURL.flatMap { url in self.workspace(for: url, open: open)?.resolver(for: url) })
        let items = Completion.items(in: tree, schemaFile: schemaFile, at: offset, options: options, navigator: navigator, vocabulary: vocabulary)
        return CompletionAnswer(items: items)
    }

    public func hover(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> HoverInfo? {
        let checked = checked(document, in: workspace, current: false)
        return Hover.info(in: checked.tree, schemaFile: checked.schemaFile, diagnostics: checked.diagnostics, at: offset,
                          configuration: configuration(in: openDocuments(workspace)), references: resolver(for: checked, in: workspace),
                          navigator: navigator, vocabulary: vocabulary)
    }

    public func codeActions(for range: TextRange, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [CodeActionProposal] {
        let checked = checked(document, in: workspace, current: false)
        let actions = CodeActions.actions(in: checked.tree, schemaFile: checked.schemaFile, diagnostics: checked.diagnostics, for: range,
                                          navigator: navigator)
        return actions.map { action in
            CodeActionProposal(
                title: action.title, kind: Self.codeActionKind(action.kind), resolves: action.resolves,
                edits: [DocumentEdits(uri: document.uri, lineIndex: document.source.lineIndex, edits: action.edits)],
                isPreferred: action.isPreferred)
        }
    }

    static func codeActionKind(_ kind: Features.CodeAction.Kind) -> CodeActionKind {
        switch kind {
        case .quickFix: .quickFix
        case .fixAll: .sourceFixAll
        case .sortKeys: sortKeys
        }
    }

    /// `source.sortKeys`: a kind of its own under `source` (LSP names none for it).
    static let sortKeys = CodeActionKind(rawValue: "source.sortKeys")

    /// The tree and schema of a version, for the requests that need no diagnostics: the kept
    /// check when there is one, else a parse, kept for the check to reuse (unless `keep` is
    /// false: navigation reads every open document and should not keep them all).
    func structure(of document: DocumentSnapshot, keep: Bool = true) -> (tree: SyntaxTree, schemaFile: String?) {
        let (kept, parsed) = state.withLock { ($0.checked.peek(document.uri, generation: document.generation), $0.parsed[document.uri]) }
        if let kept { return (kept.tree, kept.schemaFile) }
        let tree: SyntaxTree
        if let parsed, parsed.generation == document.generation {
            tree = parsed.tree
        } else if !keep {
            tree = parse(document).tree
        } else {
            tree = parse(document).tree
            var replaced = state.withLock { state -> [SyntaxTree] in
                if let existing = state.parsed[document.uri], existing.generation > document.generation { return [] }
                return state.parsed.updateValue((document.generation, tree), forKey: document.uri).map { [$0.tree] } ?? []
            }
            DeferredRelease.release(&replaced)
        }
        let name = document.filePath.map { URL(fileURLWithPath: $0).lastPathComponent } ?? document.uri
        if ConfigurationLoader.fileNames.contains(name) { return (tree, ConfigurationLoader.schemaFile) }
        return (tree, KindResolution.kind(of: tree, fileName: name, vocabulary: vocabulary)?.schemaFile)
    }

    public func documentSymbols(in document: DocumentSnapshot) -> [OutlineItem] {
        let (tree, schemaFile) = structure(of: document)
        return Outline.items(in: tree, schemaFile: schemaFile, navigator: navigator, vocabulary: vocabulary)
    }

    public func foldingRanges(in document: DocumentSnapshot) -> [FoldRegion] {
        Folding.regions(in: structure(of: document).tree)
    }

    public func selectionRanges(at offsets: [Int], in document: DocumentSnapshot) -> [[TextRange]] {
        let tree = structure(of: document).tree
        return offsets.map { SelectionRanges.ranges(in: tree, at: $0) }
    }

}

extension CommissioningLanguageService {
    /// The formatting `fmt` does (`FormattingEdits`); a document with syntax errors is refused,
    /// with the reason, rather than formatted where its data is not known.
    public func formatting(of document: DocumentSnapshot, range: TextRange?) throws -> [SourceText.TextEdit] {
        switch FormattingEdits.edits(for: document.source.bytes, in: range, name: document.uri) {
        case let .edits(edits): return edits
        case let .refused(reason): throw ResponseError(code: LSPErrorCode.requestFailed.rawValue, message: "Not formatted: the document \(reason).")
        }
    }
}
