import Foundation
import Rules

/// Follows each reference once per analysis. `reference/unresolved` and
/// `reference/outside-workspace` both resolve every path a document names, and resolving reads
/// and parses the target; without this, each referenced document was read and parsed twice for
/// every check of the document that names it (measured: a third of `lint`'s time on a folder
/// of 10,000-line documents that refer to one another). The two rules may run at the same time
/// on two threads (`DocumentAnalyzer.validatesConcurrently`): the second to ask waits for the
/// first one's answer rather than following the reference again.
final class MemoizingReferenceResolver: ReferenceResolver, @unchecked Sendable {
    private let base: any ReferenceResolver
    private let resolved = ComputedOnce<ResolvedReference>()
    private let summarized = ComputedOnce<ReferenceSummary>()

    init(_ base: any ReferenceResolver) { self.base = base }

    func resolve(_ reference: String) -> ResolvedReference {
        resolved.value(for: reference) { base.resolve(reference) }
    }

    func summarize(_ reference: String) -> ReferenceSummary {
        summarized.value(for: reference) { base.summarize(reference) }
    }
}

/// Values by key, each computed by the first thread to ask; others asking for the same key
/// meanwhile wait for that answer. A thread computing one value never waits for another key of
/// the same table, so two threads cannot wait for each other.
final class ComputedOnce<Value: Sendable>: @unchecked Sendable {
    private final class Entry: @unchecked Sendable {
        let lock = NSLock()
        // Guarded by `lock`; set before the computing thread unlocks it.
        var value: Value?
    }

    private let lock = NSLock()
    // Guarded by `lock`.
    private var entries: [String: Entry] = [:]

    func value(for key: String, compute: () -> Value) -> Value {
        let (entry, isNew) = lock.withLock { () -> (Entry, Bool) in
            if let existing = entries[key] { return (existing, false) }
            let entry = Entry()
            entry.lock.lock()  // held until the value is set, so readers wait for it
            entries[key] = entry
            return (entry, true)
        }
        if isNew {
            let computed = compute()
            entry.value = computed
            entry.lock.unlock()
            return computed
        }
        return entry.lock.withLock {
            // Set by the computing thread before it unlocked; only a thread that crashed in
            // `compute` could leave it unset, and then nothing would reach here.
            entry.value ?? compute()
        }
    }
}
