import Dispatch
import JSONRPC
import Locking
import SourceText

/// Computes and pushes diagnostics off the message-reading thread, on one serial worker.
///
/// - Immediate when idle: a change starts the worker at once (no timer, no fixed delay).
/// - Coalescing under fast typing: while the worker analyses, further changes to a document only
///   mark it pending; when the worker is done it analyses each pending document once more, at its
///   latest version. A burst of N edits costs at most two analyses, not N.
/// - Never stale over new: a result is published only if the document has not changed since the
///   snapshot it was computed from (`generation`); otherwise the newer version is already pending.
///   As one worker publishes everything, results for a document reach the client in version order.
/// - Dependents: after a document changes, the open documents that reference it are re-checked.
/// - No repeats: a version already published is not analysed again unless something it depends
///   on changed.
/// - Close: a closed document that had diagnostics gets an empty set.
final class DiagnosticsScheduler: Sendable {
    /// Why a document is to be checked; reasons for one pending document are merged.
    struct Reason: OptionSet, Sendable {
        let rawValue: Int
        /// Check even if this version was already published (something it depends on changed).
        static let force = Reason(rawValue: 1)
        /// Then check the open documents that depend on it.
        static let propagate = Reason(rawValue: 2)

        /// Its text changed (opened, edited, closed).
        static let edited: Reason = [.propagate]
        /// Its file changed on disk: it and what depends on it.
        static let changedOnDisk: Reason = [.force, .propagate]
        /// Something it references changed, or the configuration: it only (no chain reaction).
        static let recheck: Reason = [.force]
    }

    private struct State {
        var order: [String] = []
        var pending: [String: Reason] = [:]
        var isRunning = false
        /// The generation last published per document; cleared when the document is closed.
        var published: [String: UInt64] = [:]
    }

    private let core: ServerCore
    private let state = Locked(State())
    private let worker = DispatchQueue(label: "diagnostics", qos: .userInitiated)
    private let running = DispatchGroup()

    init(core: ServerCore) { self.core = core }

    func schedule(_ uri: String, _ reason: Reason) {
        let startWorker = state.withLock { state -> Bool in
            if let existing = state.pending[uri] {
                state.pending[uri] = existing.union(reason)
            } else {
                state.order.append(uri)
                state.pending[uri] = reason
            }
            guard !state.isRunning else { return false }
            state.isRunning = true
            return true
        }
        if startWorker {
            running.enter()
            worker.async { self.drain() }
        }
    }

    /// Waits until nothing is pending or being analysed; false when `seconds` passed first.
    func waitUntilIdle(seconds: Double) -> Bool {
        running.wait(timeout: .now() + seconds) == .success
    }

    private func drain() {
        while true {
            let batch = state.withLock { state -> [(String, Reason)] in
                let batch = state.order.compactMap { uri in state.pending[uri].map { (uri, $0) } }
                state.order = []
                state.pending = [:]
                if batch.isEmpty { state.isRunning = false }
                return batch
            }
            if batch.isEmpty {
                running.leave()
                return
            }
            for (uri, reason) in batch { analyse(uri, reason) }
        }
    }

    private func analyse(_ uri: String, _ reason: Reason) {
        let workspace = core.workspaceSnapshot()
        if let document = workspace.documents[uri] {
            // The same version may be scheduled twice (changed again while being taken up):
            // once published, it is not analysed again unless something else changed.
            let alreadyPublished = state.withLock { $0.published[uri] == document.generation }
            if alreadyPublished, !reason.contains(.force) { return }
            let started = core.timing.isEnabled ? ServerTiming.now() : 0
            let diagnostics = core.service.diagnostics(for: document, in: workspace)
            core.timing.analysed(uri: uri, version: document.version, start: started)
            if core.timing.isEnabled { core.timing.parsed(uri: uri, version: document.version, method: core.service.parseMethod(of: document)) }
            if core.documents.snapshot(uri)?.generation == document.generation {
                state.withLock { $0.published[uri] = document.generation }
                core.publishDiagnostics(diagnostics, for: document, in: workspace)
            }
        } else {
            core.service.documentClosed(uri)
            if state.withLock({ $0.published.removeValue(forKey: uri) != nil }) { core.clearDiagnostics(uri) }
        }
        guard reason.contains(.propagate) else { return }
        for dependent in Set(core.service.dependents(of: uri, in: workspace)) where dependent != uri && workspace.documents[dependent] != nil {
            schedule(dependent, .recheck)
        }
    }
}
