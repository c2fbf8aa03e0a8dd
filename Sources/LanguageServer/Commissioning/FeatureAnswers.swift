import Features
import Foundation
import LanguageServerProtocol
import SourceText

/// The features' own results as the server's answers, with LSP's kinds.
enum FeatureAnswers {
    static func candidate(_ item: Features.CompletionItem) -> CompletionCandidate {
        let kind: CompletionItemKind
        switch item.kind {
        case .section: kind = .module
        case .property: kind = .property
        case .value: kind = .enumMember
        case .activity: kind = .text
        case .snippet: kind = .snippet
        case .reference: kind = .reference
        }
        return CompletionCandidate(
            label: item.label, kind: kind, detail: item.detail, documentation: item.documentation, insertText: item.insertText,
            isSnippet: item.isSnippet, replacing: item.replacing, sortText: item.sortText, filterText: item.filterText,
            plainDocumentation: item.documentation.map(MarkdownPlainText.render))
    }

    static func symbol(_ item: OutlineItem) -> OutlineSymbol {
        let kind: SymbolKind
        switch item.kind {
        case .section: kind = .module
        case .group: kind = .object
        case .list: kind = .array
        case .item: kind = .object
        case .field: kind = .property
        }
        return OutlineSymbol(name: item.name, detail: item.detail, kind: kind, range: item.range, selectionRange: item.selectionRange,
                             children: item.children.map(symbol))
    }

    /// A target as a location, with the URI the editor knows an open document by.
    static func location(_ target: DocumentTarget, open: OpenDocumentSources) -> DocumentLocation {
        let uri = open.document(at: target.url)?.uri ?? DocumentURI.fileURI(of: target.url.path)
        return DocumentLocation(uri: uri, range: target.range, lineIndex: target.lineIndex)
    }

    /// Edits grouped by document, in the order the documents first come, each named by the URI
    /// the editor knows it by.
    static func documentEdits(_ edits: [DocumentEdit], open: OpenDocumentSources) -> [DocumentEdits] {
        var byURI: [String: DocumentEdits] = [:]
        var order: [String] = []
        for edit in edits {
            let location = location(edit.target, open: open)
            if byURI[location.uri] == nil { order.append(location.uri) }
            byURI[location.uri, default: DocumentEdits(uri: location.uri, lineIndex: location.lineIndex, edits: [])]
                .edits.append(SourceText.TextEdit(range: edit.target.range, newText: edit.newText))
        }
        return order.compactMap { byURI[$0] }
    }

    static func workspaceSymbol(_ symbol: WorkspaceSymbol, open: OpenDocumentSources) -> WorkspaceSymbolEntry {
        let kind: SymbolKind
        switch symbol.kind {
        case .document: kind = .file
        case .section: kind = .module
        case .hypothesis: kind = .constant
        }
        return WorkspaceSymbolEntry(name: symbol.name, kind: kind, containerName: symbol.container, location: location(symbol.target, open: open))
    }
}
