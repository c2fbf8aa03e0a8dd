import Dispatch
import JSONRPC
import Locking

/// The requests being worked on, each in its own `Task`, so that `$/cancelRequest` can cancel one
/// and the end of input can wait for all of them.
final class RequestTracker: Sendable {
    private struct Entry {
        let token: UInt64
        let task: Task<Void, Never>
    }

    private let inFlight = Locked((nextToken: UInt64(0), entries: [RequestID: Entry]()))
    private let group = DispatchGroup()

    /// Runs `operation` in a new task, tracked under `id` until it ends.
    func start(_ id: RequestID, _ operation: @escaping @Sendable () async -> Void) {
        group.enter()
        // The task is created under the lock so that it cannot finish (and untrack itself)
        // before it has been tracked.
        inFlight.withLock { state in
            state.nextToken += 1
            let token = state.nextToken
            let task = RequestExecutor.task {
                await operation()
                self.finish(id, token: token)
            }
            // A client reusing an id while the first request runs: the newer one is the one a
            // cancellation can reach; the older still answers.
            state.entries[id] = Entry(token: token, task: task)
        }
    }

    private func finish(_ id: RequestID, token: UInt64) {
        inFlight.withLock { state in
            if state.entries[id]?.token == token { state.entries[id] = nil }
        }
        group.leave()
    }

    /// Cancels a request in progress; one that is finished or unknown is ignored, as LSP asks.
    func cancel(_ id: RequestID) {
        inFlight.withLock { $0.entries[id] }?.task.cancel()
    }

    func cancelAll() {
        for entry in inFlight.withLock({ Array($0.entries.values) }) { entry.task.cancel() }
    }

    /// Waits until no request is in progress; false when `seconds` passed first.
    func waitUntilIdle(seconds: Double) -> Bool {
        group.wait(timeout: .now() + seconds) == .success
    }
}

/// Requests run on threads of their own rather than on Swift's cooperative pool (one thread per
/// core): a service computes synchronously, and a few slow requests, or a caller that blocks a
/// pool thread while it waits for an answer, must not leave no thread for the others. Tasks keep
/// their cancellation semantics (`Task.isCancelled` works in the service's code).
enum RequestExecutor {
    static func task(_ operation: @escaping @Sendable () async -> Void) -> Task<Void, Never> {
        #if os(Linux) || os(Windows)
        return Task(executorPreference: DispatchQueueExecutor.shared, operation: operation)
        #else
        if #available(macOS 15.0, iOS 18.0, *) {
            return Task(executorPreference: DispatchQueueExecutor.shared, operation: operation)
        }
        return Task(operation: operation)
        #endif
    }
}

/// A task executor over a concurrent dispatch queue, which adds threads when work blocks.
@available(macOS 15.0, iOS 18.0, *)
final class DispatchQueueExecutor: TaskExecutor {
    static let shared = DispatchQueueExecutor()
    private let queue = DispatchQueue(label: "requests", qos: .userInitiated, attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
