import Dispatch
import Foundation
import Locking

/// Runs independent tasks on two threads — the caller's and one more — each taking the next
/// task when it is free, and returns when all are done. The server uses it so that the schema
/// check and the rules of a keystroke in a large document share both cores of a small machine.
enum SharedWork {
    /// One queue for every analysis: the caller blocks until the helper has finished, so the
    /// helper must never wait for a worker that is itself waiting; a serial queue needs at most
    /// one thread besides the callers.
    private static let helper = DispatchQueue(label: "commissioning-ls.shared-work", qos: .userInitiated)

    static func run(_ tasks: [@Sendable () -> Void]) {
        guard tasks.count > 1 else { tasks.first?(); return }
        let counter = TaskCounter(count: tasks.count)
        let work: @Sendable () -> Void = {
            while let index = counter.take() { tasks[index]() }
        }
        let finished = DispatchSemaphore(value: 0)
        helper.async {
            work()
            finished.signal()
        }
        work()
        finished.wait()
    }
}

/// Hands out task numbers 0, 1, … once each.
private final class TaskCounter: Sendable {
    private let count: Int
    private let next = Locked(0)

    init(count: Int) { self.count = count }

    func take() -> Int? {
        next.withLock { next in
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

/// Results written by several threads, one slot each, read once all writers are done (the
/// engine's concurrent checks, and `lint`'s files, checked one per core).
public final class ResultSlots<Value: Sendable>: Sendable {
    private let values: Locked<[Value?]>

    public init(count: Int) { values = Locked(Array(repeating: nil, count: count)) }

    public subscript(index: Int) -> Value? {
        get { values.withLock { $0[index] } }
        set { values.withLock { $0[index] = newValue } }
    }
}
