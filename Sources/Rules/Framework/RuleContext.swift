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
    /// What the `reference/…` rules need of the target, without its tree. A resolver may keep
    /// these for many documents (a `lint` run shares them) where keeping trees would cost memory.
    func summarize(_ reference: String) -> ReferenceSummary
}

extension ReferenceResolver {
    public func summarize(_ reference: String) -> ReferenceSummary { ReferenceSummary(resolve(reference)) }
}

/// What the `reference/…` rules read of a referenced document: its declared `kind:` and the ids
/// of its hypotheses. Taken from the tree once, so the tree can be freed.
public struct ReferencedDocument: Sendable, Equatable {
    /// The `kind:` text as written (checked against the vocabulary where it is used), or nil.
    public let declaredKind: String?
    /// The ids of `hypotheses[].id`, in order (empty for documents that are not hypothesis sets).
    public let hypothesisIDs: [String]
    /// The same ids, to look each reference up in: the summary is kept while its document is
    /// unchanged, and a long strategy names hundreds of ids of a long set on every check.
    public let knownHypothesisIDs: Set<String>

    public init(tree: SyntaxTree) {
        declaredKind = DocumentKind.declared(in: tree)
        hypothesisIDs = DocumentReferences.hypothesisIDs(in: tree)
        knownHypothesisIDs = Set(hypothesisIDs)
    }
}

/// `ResolvedReference` with the target's tree reduced to a `ReferencedDocument`.
public enum ReferenceSummary: Sendable, Equatable {
    case document(path: String, ReferencedDocument)
    case missing(path: String)
    case outsideWorkspace(path: String)
    case unreadable(path: String, reason: String)

    public init(_ resolved: ResolvedReference) {
        switch resolved {
        case let .document(path, tree): self = .document(path: path, ReferencedDocument(tree: tree))
        case let .missing(path): self = .missing(path: path)
        case let .outsideWorkspace(path): self = .outsideWorkspace(path: path)
        case let .unreadable(path, reason): self = .unreadable(path: path, reason: reason)
        }
    }
}
