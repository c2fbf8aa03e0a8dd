import Foundation
import Rules

/// What each referenced document of a `lint` run resolved to, kept for the whole run and shared
/// by every thread, so a document named by several others (a hypothesis set named by a strategy
/// and by a framework) is read and parsed for resolution at most once; and not at all when
/// `lint` itself has already parsed it as one of the files it checks (`offer`). Only summaries
/// are kept, not trees, so the run's memory does not grow with the documents referenced.
///
/// Valid only while the files do not change and no editor holds newer text: the language server
/// does not use it. A summary depends only on the file's bytes and its path, so whichever thread
/// computes it first, every reader gets the same answer.
///
/// Which thread parses a file therefore depends on timing; what is found does not.
public final class ReferenceSummaryCache: @unchecked Sendable {
    /// One path's summary. Its lock is held by the thread computing the summary, so others
    /// asking for the same path wait for that answer instead of parsing the file again. A thread
    /// holding it never waits for another entry (computing reads and parses one file), so two
    /// threads cannot wait for each other.
    private final class Entry: @unchecked Sendable {
        let lock = NSLock()
        // Guarded by `lock`.
        var summary: ReferenceSummary?
    }

    private let lock = NSLock()
    // Guarded by `lock`.
    private var entries: [String: Entry] = [:]

    public init() {}

    /// The summary for the standardised absolute `path`, computed by `compute` only if no thread
    /// has computed or offered it yet.
    func summary(for path: String, compute: () -> ReferenceSummary) -> ReferenceSummary {
        let (entry, isNew) = claim(path)
        if !isNew { entry.lock.lock() }
        defer { entry.lock.unlock() }
        if let known = entry.summary { return known }
        let computed = compute()
        entry.summary = computed
        return computed
    }

    /// Parses a file `lint` checks (`parse`) and, unless the path is already known or being
    /// computed, records its summary (`summarize`) for the documents that refer to it. The path
    /// is claimed before parsing, so a reference followed meanwhile waits for this parse
    /// instead of making its own.
    func parse<Tree>(_ path: String, parse: () -> Tree, summarize: (Tree) -> ReferenceSummary) -> Tree {
        let (entry, isNew) = claim(path)
        guard isNew else { return parse() }
        defer { entry.lock.unlock() }
        let tree = parse()
        entry.summary = summarize(tree)
        return tree
    }

    /// The entry for `path`; a new one is returned already locked by the caller, so no other
    /// thread can read it before it holds a summary.
    private func claim(_ path: String) -> (Entry, isNew: Bool) {
        lock.withLock {
            if let existing = entries[path] { return (existing, false) }
            let entry = Entry()
            entry.lock.lock()
            entries[path] = entry
            return (entry, true)
        }
    }
}
