import Foundation
import Locking
import SourceText
import Syntax

/// Parses of files read from disk, each kept while the file's identity (device, inode, size,
/// modification time, from `fstat` of the descriptor it is opened by) stays the same: a strategy
/// checked on every keystroke then opens its hypothesis set and compares, instead of reading and
/// parsing it again. Every lookup still opens the file through `ContainedFile`, so a file that
/// has become a link out of the workspace, a pipe or too large is refused however it was kept.
///
/// At most `capacity` parses, of files of at most `byteBudget` bytes in all, are kept; the least
/// recently used go first. Safe from any thread.
public final class ParsedFileCache: Sendable {
    private struct Entry {
        let identity: FileIdentity
        let tree: SyntaxTree
        var lastUse: UInt64
    }

    public let capacity: Int
    public let byteBudget: Int
    private struct Kept {
        var entries: [String: Entry] = [:]
        var uses: UInt64 = 0
        var keptBytes = 0
    }

    private let kept = Locked(Kept())

    public init(capacity: Int = 256, byteBudget: Int = 256 << 20) {
        self.capacity = capacity
        self.byteBudget = byteBudget
    }

    /// The parse of the file at the absolute `path` (its source named `name`, default the path),
    /// opened inside the real folder `boundary` (nil: no containment).
    public func tree(at path: String, named name: String? = nil, inside boundary: String?, maximumBytes: Int) -> Result<SyntaxTree, FileRefusal> {
        let file: ContainedFile
        switch ContainedFile.open(path, inside: boundary, maximumBytes: maximumBytes) {
        case let .success(opened): file = opened
        case let .failure(refusal):
            forget([path])
            return .failure(refusal)
        }
        let identity = file.identity
        let keptTree: SyntaxTree? = kept.withLock { kept in
            guard let entry = kept.entries[path], entry.identity == identity else { return nil }
            kept.uses += 1
            kept.entries[path]?.lastUse = kept.uses
            return entry.tree
        }
        if let keptTree { return .success(keptTree) }
        let bytes: [UInt8]
        switch file.readAll(maximumBytes: maximumBytes) {
        case let .success(read): bytes = read
        case let .failure(refusal): return .failure(refusal)
        }
        let tree = Parser.parse(SourceFile(name: name ?? path, bytes: bytes))
        store(tree, identity: identity, at: path)
        return .success(tree)
    }

    /// Drops what is kept for these paths (files changed on disk).
    public func forget(_ paths: [String]) {
        kept.withLock { kept in
            for path in paths {
                if let removed = kept.entries.removeValue(forKey: path) { kept.keptBytes -= removed.identity.size }
            }
        }
    }

    private func store(_ tree: SyntaxTree, identity: FileIdentity, at path: String) {
        guard identity.size <= byteBudget else { return }
        let (capacity, byteBudget) = (self.capacity, self.byteBudget)
        kept.withLock { kept in
            kept.uses += 1
            if let previous = kept.entries.updateValue(Entry(identity: identity, tree: tree, lastUse: kept.uses), forKey: path) {
                kept.keptBytes -= previous.identity.size
            }
            kept.keptBytes += identity.size
            while kept.entries.count > capacity || kept.keptBytes > byteBudget,
                  let oldest = kept.entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
                if let removed = kept.entries.removeValue(forKey: oldest) { kept.keptBytes -= removed.identity.size }
            }
        }
    }
}
