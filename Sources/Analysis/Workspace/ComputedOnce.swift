import Foundation

/// Values by key, each computed by the first thread to ask; others asking for the same key
/// meanwhile wait for that answer instead of computing it again. A thread computing one value
/// never waits for another key of the same table, so two threads cannot wait for each other.
final class ComputedOnce<Value: Sendable>: @unchecked Sendable {
    private final class Entry: @unchecked Sendable {
        /// Held by the computing thread from the claim until the value is set.
        let lock = NSLock()
        // Guarded by `lock`.
        var value: Value?
    }

    private let lock = NSLock()
    // Guarded by `lock`.
    private var entries: [String: Entry] = [:]
    private var sharedClaimCount = 0

    /// How many askers found their key already claimed, and so waited for (or read) its value
    /// instead of computing it: lets a test know that a second thread is waiting.
    var sharedClaims: Int { lock.withLock { sharedClaimCount } }

    /// The value for `key`, computed by `compute` only if no thread has computed or claimed it.
    func value(for key: String, compute: () -> Value) -> Value {
        let (entry, isNew) = claim(key)
        guard isNew else {
            // Set before the computing thread unlocked; only a thread that crashed in `compute`
            // could leave it unset, and then nothing would reach here.
            return entry.lock.withLock { entry.value } ?? compute()
        }
        let computed = compute()
        entry.value = computed
        entry.lock.unlock()
        return computed
    }

    /// Runs `work`; if `key` was not yet claimed, it is claimed before `work` starts (so a reader
    /// of `key` meanwhile waits) and given the value `value` makes of the result.
    func work<Result>(claiming key: String, _ work: () -> Result, value: (Result) -> Value) -> Result {
        let (entry, isNew) = claim(key)
        guard isNew else { return work() }
        let result = work()
        entry.value = value(result)
        entry.lock.unlock()
        return result
    }

    /// The entry for `key`; a new one is returned already locked by the caller, so no other
    /// thread can read it before it holds a value.
    private func claim(_ key: String) -> (Entry, isNew: Bool) {
        lock.withLock {
            if let existing = entries[key] {
                sharedClaimCount += 1
                return (existing, false)
            }
            let entry = Entry()
            entry.lock.lock()
            entries[key] = entry
            return (entry, true)
        }
    }
}
