import SourceText

/// A change offered for a selection: a quick fix for a diagnostic, all the safe fixes at once, or
/// the keys sorted.
public struct CodeAction: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case quickFix
        /// Every safe fix of the document (LSP `source.fixAll`).
        case fixAll
        /// The keys put in the schema's order (`source.sortKeys`).
        case sortKeys
    }

    public var title: String
    public var kind: Kind
    /// Edits to this document, non-overlapping.
    public var edits: [TextEdit]
    /// The diagnostics the action resolves.
    public var resolves: [Diagnostic]
    public var isPreferred: Bool

    public init(title: String, kind: Kind, edits: [TextEdit], resolves: [Diagnostic], isPreferred: Bool = false) {
        self.title = title
        self.kind = kind
        self.edits = edits
        self.resolves = resolves
        self.isPreferred = isPreferred
    }
}
