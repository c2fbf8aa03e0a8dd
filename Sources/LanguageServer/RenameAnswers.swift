import SourceText

/// What `prepareRename` answers: the bytes a rename would replace, and their current text.
public struct RenamePlace: Sendable, Equatable {
    public var range: TextRange
    public var placeholder: String

    public init(range: TextRange, placeholder: String) {
        self.range = range
        self.placeholder = placeholder
    }
}

/// One occurrence of a symbol in a document: where it is written (defined) or read (used).
/// A place that leads elsewhere: `target` is a URI (a file inside the workspace, or a web address).
public struct LinkAnswer: Sendable, Equatable {
    public var range: TextRange
    public var target: String
    public var tooltip: String?

    public init(range: TextRange, target: String, tooltip: String? = nil) {
        self.range = range
        self.target = target
        self.tooltip = tooltip
    }
}

public struct HighlightAnswer: Sendable, Equatable {
    public var range: TextRange
    public var isWrite: Bool

    public init(range: TextRange, isWrite: Bool) {
        self.range = range
        self.isWrite = isWrite
    }
}

/// One document's diagnostics for `workspace/diagnostic`; `isOpen` when the editor holds it.
public struct WorkspaceDocumentCheck: Sendable {
    public var document: DocumentSnapshot
    public var isOpen: Bool
    public var diagnostics: [SourceText.Diagnostic]

    public init(document: DocumentSnapshot, isOpen: Bool, diagnostics: [SourceText.Diagnostic]) {
        self.document = document
        self.isOpen = isOpen
        self.diagnostics = diagnostics
    }
}
