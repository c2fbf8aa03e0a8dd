import Schema
import SourceText
import Syntax

/// Everything a rule may look at while checking one document. Built by the analysis layer;
/// rules read it and never touch files or the editor.
public struct RuleContext: Sendable {
    public let tree: SyntaxTree
    /// Where the document lives, relative to the workspace root when it has one (used for
    /// messages and for the file suffix); nil for unnamed text.
    public let documentPath: String?
    /// The kind the document is checked as: its `kind:` when that names a kind, else the one its
    /// file suffix implies.
    public let kind: DocumentKind?
    public let vocabulary: Vocabulary
    /// What the schema layer found, for rules that own a schema check (dates, money).
    public let schemaFailures: [ValidationFailure]
    public let configuration: Configuration
    /// Opens the documents this one references (relative to this document); nil when there is
    /// no workspace to read from.
    public let references: (any ReferenceResolver)?

    public init(
        tree: SyntaxTree, documentPath: String?, kind: DocumentKind?, vocabulary: Vocabulary = .shared,
        schemaFailures: [ValidationFailure] = [], configuration: Configuration = .default,
        references: (any ReferenceResolver)? = nil
    ) {
        self.tree = tree
        self.documentPath = documentPath
        self.kind = kind
        self.vocabulary = vocabulary
        self.schemaFailures = schemaFailures
        self.configuration = configuration
        self.references = references
    }

    /// The document's top-level mapping, if it has one.
    public var root: SyntaxMapping? { tree.root?.mapping }

    /// True when the document is checked as the kind with this id (`hypothesis-set`).
    public func isKind(_ id: String) -> Bool { kind?.id == id }

    /// The node at a path of keys and indices from the root, or nil.
    public func node(at path: [PathComponent]) -> SyntaxNode? { tree.root?.node(at: path) }

    /// The text of the document in a range (for quoting it in messages).
    public func text(in range: TextRange) -> String { tree.source.text(in: range) }
}

/// What following a reference (`hypotheses: older-people.hypotheses.yaml`) led to.
public enum ResolvedReference: Sendable {
    /// The target exists inside the workspace and was read and parsed.
    case document(path: String, tree: SyntaxTree)
    /// Nothing exists at the resolved path.
    case missing(path: String)
    /// The path (after resolving symbolic links) leaves the workspace root; it was not read.
    case outsideWorkspace(path: String)
    /// It exists but could not be read (permissions, a folder, too large).
    case unreadable(path: String, reason: String)
}

/// Resolves a reference written in one document, relative to that document. Implemented by the
/// analysis layer over the file system and the editor's open documents.
public protocol ReferenceResolver: Sendable {
    func resolve(_ reference: String) -> ResolvedReference
}
