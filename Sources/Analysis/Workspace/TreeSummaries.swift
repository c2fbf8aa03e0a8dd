import Locking
import Rules
import Syntax

/// The language server's summaries of referenced documents, each tied to the tree it was
/// taken from and reused while a reference reads that very tree (the open version of a document,
/// or the parse of a file on disk that has not changed): a strategy edited keystroke by keystroke
/// does not list its hypothesis set's ids again each time. A new version, or a new parse, is a
/// new tree and is summarised afresh.
public final class TreeSummaries: Sendable {
    /// Paths kept at most; past it, all are dropped and summarised again as needed.
    static let capacity = 256
    private let entries = Locked<[String: Entry]>([:])

    /// The root is held weakly: a summary must not keep a whole tree alive (the open document's
    /// check or the disk cache holds it while it is current). Once the tree is freed the entry no
    /// longer matches anything, so an address reused by a new tree cannot be mistaken for it.
    private struct Entry {
        weak var root: SyntaxNode?
        let summary: ReferencedDocument
    }

    public init() {}

    func summary(at path: String, of tree: SyntaxTree) -> ReferencedDocument {
        guard let root = tree.root else { return ReferencedDocument(tree: tree) }
        if let kept = entries.withLock({ $0[path] }), let keptRoot = kept.root, keptRoot === root { return kept.summary }
        let summary = ReferencedDocument(tree: tree)
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[path] = Entry(root: root, summary: summary)
        }
        return summary
    }
}
