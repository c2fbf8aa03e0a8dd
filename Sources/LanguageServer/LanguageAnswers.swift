import LanguageServerProtocol
import SourceText

/// The answers a `LanguageService` gives, in byte offsets. The kinds (`CompletionItemKind`,
/// `SymbolKind`, …) are LSP's own enumerations, since there is nothing to translate in them.

public struct CompletionAnswer: Sendable, Hashable {
    public var items: [CompletionCandidate]
    /// True when typing further should ask again rather than filter these items.
    public var isIncomplete: Bool

    public init(items: [CompletionCandidate], isIncomplete: Bool = false) {
        self.items = items
        self.isIncomplete = isIncomplete
    }
}

public struct CompletionCandidate: Sendable, Hashable {
    public var label: String
    public var kind: CompletionItemKind
    public var detail: String?
    /// Markdown.
    public var documentation: String?
    /// The same as plain text, for clients that do not prefer Markdown; nil to send `documentation` as it is.
    public var plainDocumentation: String?
    /// The text that replaces `replacing`; a snippet (`${1:name}`, `$0`) when `isSnippet`.
    public var insertText: String
    public var isSnippet: Bool
    /// The bytes the insertion replaces (the partial word under the cursor, or an empty range).
    public var replacing: TextRange
    public var sortText: String?
    public var filterText: String?

    public init(
        label: String, kind: CompletionItemKind, detail: String? = nil, documentation: String? = nil, insertText: String,
        isSnippet: Bool = false, replacing: TextRange, sortText: String? = nil, filterText: String? = nil, plainDocumentation: String? = nil
    ) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.plainDocumentation = plainDocumentation
        self.insertText = insertText
        self.isSnippet = isSnippet
        self.replacing = replacing
        self.sortText = sortText
        self.filterText = filterText
    }
}

public struct HoverAnswer: Sendable, Hashable {
    public var markdown: String
    /// The same words as plain text, for clients that do not prefer Markdown; nil to send `markdown` as it is.
    public var plainText: String?
    /// What the text is about, highlighted by the editor.
    public var range: TextRange?

    public init(markdown: String, plainText: String? = nil, range: TextRange? = nil) {
        self.markdown = markdown
        self.plainText = plainText
        self.range = range
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

public struct OutlineSymbol: Sendable, Hashable {
    public var name: String
    public var detail: String?
    public var kind: SymbolKind
    /// The whole construct.
    public var range: TextRange
    /// The name's bytes, inside `range`.
    public var selectionRange: TextRange
    public var children: [OutlineSymbol]

    public init(name: String, detail: String? = nil, kind: SymbolKind, range: TextRange, selectionRange: TextRange, children: [OutlineSymbol] = []) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

/// A foldable region; it folds the lines from the one holding `range.start` to the one holding `range.end`.
public struct FoldingRegion: Sendable, Hashable {
    public var range: TextRange
    public var kind: FoldingRangeKind?

    public init(range: TextRange, kind: FoldingRangeKind? = nil) {
        self.range = range
        self.kind = kind
    }
}

/// A range in some document, with that document's line index to turn it into positions.
public struct DocumentLocation: Sendable {
    public var uri: String
    public var range: TextRange
    public var lineIndex: LineIndex

    public init(uri: String, range: TextRange, lineIndex: LineIndex) {
        self.uri = uri
        self.range = range
        self.lineIndex = lineIndex
    }
}

public struct WorkspaceSymbolEntry: Sendable {
    public var name: String
    public var kind: SymbolKind
    public var containerName: String?
    public var location: DocumentLocation

    public init(name: String, kind: SymbolKind, containerName: String? = nil, location: DocumentLocation) {
        self.name = name
        self.kind = kind
        self.containerName = containerName
        self.location = location
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
