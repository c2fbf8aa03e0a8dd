import Dispatch
import JSONRPC
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
/// - Close: a closed document that had diagnostics gets an empty set.
final class DiagnosticsScheduler: Sendable {
    enum Reason: Sendable {
        /// The document itself changed (or opened, closed, changed on disk): check it and its dependents.
        case changed
        /// Something it references changed: check it only (no chain reaction).
        case dependency
    }

    private struct State {
        var order: [String] = []
        var pending: [String: Reason] = [:]
        var isRunning = false
        /// Documents that have been sent diagnostics and not cleared since.
        var published: Set<String> = []
    }

    private let core: ServerCore
    private let state = Locked(State())
    private let worker = DispatchQueue(label: "diagnostics", qos: .userInitiated)
    private let running = DispatchGroup()

    init(core: ServerCore) { self.core = core }

    func schedule(_ uri: String, _ reason: Reason) {
        let startWorker = state.withLock { state -> Bool in
            if let existing = state.pending[uri] {
                if existing == .dependency, reason == .changed { state.pending[uri] = .changed }
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
            let diagnostics = core.service.diagnostics(for: document, in: workspace)
            if core.documents.snapshot(uri)?.generation == document.generation {
                state.withLock { _ = $0.published.insert(uri) }
                core.publishDiagnostics(diagnostics, for: document, in: workspace)
            }
        } else if state.withLock({ $0.published.remove(uri) != nil }) {
            core.clearDiagnostics(uri)
        }
        guard reason == .changed else { return }
        for dependent in Set(core.service.dependents(of: uri, in: workspace)) where dependent != uri && workspace.documents[dependent] != nil {
            schedule(dependent, .dependency)
        }
    }
}
