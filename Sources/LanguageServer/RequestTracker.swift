import Dispatch
import JSONRPC

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
            let task = Task {
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
