import Features
import LanguageServerProtocol
import SourceText

/// The answers a `LanguageService` gives that the features have no type of their own for, in byte
/// offsets. Where they have one (`Features.CompletionItem`, `OutlineItem`, `FoldRegion`,
/// `HoverInfo`, `DocumentTarget`, `WorkspaceSymbol`) the service answers with it, and the handlers
/// turn it into LSP's (`FeatureConversion.swift`): one type for each, and one conversion.

public struct CompletionAnswer: Sendable, Hashable {
    public var items: [Features.CompletionItem]
    /// True when typing further should ask again rather than filter these items.
    public var isIncomplete: Bool

    public init(items: [Features.CompletionItem], isIncomplete: Bool = false) {
        self.items = items
        self.isIncomplete = isIncomplete
    }
}

/// Edits to one document. The line index is that document's, to turn bytes into positions.
public struct DocumentEdits: Sendable {
    public var uri: String
    public var lineIndex: LineIndex
    public var edits: [SourceText.TextEdit]

    public init(uri: String, lineIndex: LineIndex, edits: [SourceText.TextEdit]) {
        self.uri = uri
        self.lineIndex = lineIndex
        self.edits = edits
    }
}

public struct CodeActionProposal: Sendable {
    public var title: String
    public var kind: CodeActionKind
    /// The diagnostics (of the requested document) this action resolves.
    public var resolves: [SourceText.Diagnostic]
    public var edits: [DocumentEdits]
    public var isPreferred: Bool

    public init(title: String, kind: CodeActionKind, resolves: [SourceText.Diagnostic] = [], edits: [DocumentEdits], isPreferred: Bool = false) {
        self.title = title
        self.kind = kind
        self.resolves = resolves
        self.edits = edits
        self.isPreferred = isPreferred
    }
}

/// A file that changed on disk.
public struct FileChange: Sendable, Hashable {
    public var uri: String
    public var type: FileChangeType

    public init(uri: String, type: FileChangeType) {
        self.uri = uri
        self.type = type
    }
}
