import Analysis
import Rules
import SourceText

/// One completion proposal, in bytes and markdown; the server turns it into LSP's.
public struct CompletionItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A top-level section of a document kind.
        case section
        /// A key inside a section.
        case property
        /// A vocabulary term or other allowed value.
        case value
        /// An example activity of the matrix, for evidence.
        case activity
        /// A whole section skeleton with placeholders.
        case snippet
        /// A reference to something in another document (a hypothesis id).
        case reference
    }

    public var label: String
    public var kind: Kind
    public var detail: String?
    /// Markdown.
    public var documentation: String?
    /// The same words without Markdown, for clients that show text as it is.
    public var plainDocumentation: String? { documentation.map(MarkdownPlainText.render) }
    /// Replaces `replacing`; snippet syntax (`${1:…}`) when `isSnippet`.
    public var insertText: String
    public var isSnippet: Bool
    /// Exactly the word being typed (empty at a fresh place).
    public var replacing: TextRange
    public var sortText: String?
    public var filterText: String?

    public init(label: String, kind: Kind, detail: String? = nil, documentation: String? = nil, insertText: String,
                isSnippet: Bool = false, replacing: TextRange, sortText: String? = nil, filterText: String? = nil) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.insertText = insertText
        self.isSnippet = isSnippet
        self.replacing = replacing
        self.sortText = sortText
        self.filterText = filterText
    }
}

/// What completion may use besides the document: the client's abilities, the workspace's
/// configuration (local vocabulary) and its other documents (hypothesis ids).
public struct CompletionOptions: Sendable {
    /// The client expands snippets: whole-section skeletons are offered.
    public var snippets: Bool
    public var configuration: Configuration
    /// Opens the documents this one references; nil when there is no workspace.
    public var references: (any ReferenceResolver)?

    public init(snippets: Bool = true, configuration: Configuration = .default, references: (any ReferenceResolver)? = nil) {
        self.snippets = snippets
        self.configuration = configuration
        self.references = references
    }
}
