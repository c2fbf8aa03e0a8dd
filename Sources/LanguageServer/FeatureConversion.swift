import Features
import Foundation
import LanguageServerProtocol
import SourceText

/// The features' kinds as LSP's: the one place each is translated.
extension Features.CompletionItem.Kind {
    var lsp: CompletionItemKind {
        switch self {
        case .section: .module
        case .property: .property
        case .value: .enumMember
        case .activity: .text
        case .snippet: .snippet
        case .reference: .reference
        }
    }
}

extension OutlineItem.Kind {
    var lsp: SymbolKind {
        switch self {
        case .section: .module
        case .group: .object
        case .list: .array
        case .item: .object
        case .field: .property
        }
    }
}

extension FoldRegion.Kind {
    var lsp: FoldingRangeKind {
        switch self {
        case .region: .region
        case .comment: .comment
        }
    }
}

extension Features.WorkspaceSymbol.Kind {
    var lsp: SymbolKind {
        switch self {
        case .document: .file
        case .section: .module
        case .hypothesis: .constant
        }
    }
}

extension WorkspaceSnapshot {
    /// The URI the editor knows the file at `url` by: an open document's own, else its `file:` URI.
    func uri(of url: URL) -> String {
        document(atPath: url.standardizedFileURL.path)?.uri ?? DocumentURI.fileURI(of: url.path)
    }
}

extension DocumentTarget {
    func location(in workspace: WorkspaceSnapshot, encoding: PositionEncoding) -> Location {
        Location(uri: workspace.uri(of: url), range: PositionConverter(lineIndex, encoding).range(of: range))
    }
}
