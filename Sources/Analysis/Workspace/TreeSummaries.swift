import Locking
import Rules
import Syntax

/// The language server's summaries of referenced documents, each kept with the tree it was
/// taken from and reused while a reference reads that very tree (the open version of a document,
/// or the parse of a file on disk that has not changed): a strategy edited keystroke by keystroke
/// does not list its hypothesis set's ids again each time. A new version, or a new parse, is a
/// new tree and is summarised afresh.
public final class TreeSummaries: Sendable {
    /// Paths kept at most; past it, all are dropped and summarised again as needed.
    static let capacity = 256
    private let entries = Locked<[String: (root: SyntaxNode, summary: ReferencedDocument)]>([:])

    public init() {}

    func summary(at path: String, of tree: SyntaxTree) -> ReferencedDocument {
        guard let root = tree.root else { return ReferencedDocument(tree: tree) }
        if let kept = entries.withLock({ $0[path] }), kept.root === root { return kept.summary }
        let summary = ReferencedDocument(tree: tree)
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            // The root is held with the summary, so it cannot be freed and its identity reused.
            entries[path] = (root, summary)
        }
        return summary
    }
}
