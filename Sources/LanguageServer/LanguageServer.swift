import Dispatch
import JSONRPC
import JSONSupport
import LanguageServerProtocol

/// An LSP server over any transport: feed it the incoming events in order (`handle`); it answers
/// through `send` and reports the process's exit status through `onExit`.
///
/// Reading never waits for work: notifications (document changes) are applied at once, requests
/// run in their own tasks, diagnostics on their own worker. Whatever arrives — malformed, out of
/// order, about unknown documents — gets an error answer or a log line, never a crash or a hang.
public final class LanguageServer: Sendable {
    let core: ServerCore
    let scheduler: DiagnosticsScheduler
    private let requests = RequestTracker()
    private let handlers: HandlerTable
    private let onExit: @Sendable (Int32) -> Void

    public init(
        service: any LanguageService, options: ServerOptions, send: @escaping @Sendable (Message) -> Void,
        onExit: @escaping @Sendable (Int32) -> Void
    ) {
        core = ServerCore(service: service, options: options, send: send)
        scheduler = DiagnosticsScheduler(core: core)
        self.onExit = onExit
        var handlers = HandlerTable()
        LifecycleHandlers.register(in: &handlers)
        DocumentSyncHandlers.register(in: &handlers)
        DiagnosticHandlers.register(in: &handlers)
        WorkspaceHandlers.register(in: &handlers)
        EditingHandlers.register(in: &handlers)
        StructureHandlers.register(in: &handlers)
        NavigationHandlers.register(in: &handlers)
        FormattingHandlers.register(in: &handlers)
        RenameHandlers.register(in: &handlers)
        DecorationHandlers.register(in: &handlers)
        if options.testingHooks { TestingHandlers.register(in: &handlers) }
        self.handlers = handlers
    }

    /// Handles one event. Call from one thread at a time, in the order the events arrived.
    public func handle(_ event: IncomingEvent) {
        if case .exited = core.lifecycle.current { return }
        let received = core.timing.isEnabled ? ServerTiming.now() : 0
        switch event {
        case let .message(.request(id, method, params)):
            handleRequest(id: id, method: method, params: params, received: received)
        case let .message(.notification(method, params)):
            handleNotification(method: method, params: params, received: received)
        case let .message(.response(id, _)):
            if !core.receivedAnswer(id, error: nil) { core.log.debug("ignored a response to unknown request \(id)") }
        case let .message(.errorResponse(id, error)):
            if let id, core.receivedAnswer(id, error: error) { return }
            core.log.warning("the client reported \(error)")
        case let .malformed(id, error):
            core.log.warning("unreadable message: \(error.message)")
            core.replyError(id, error)
        case let .closed(truncated):
            endOfInput(truncated: truncated)
        }
    }

    private func context(_ session: Session) -> HandlerContext {
        HandlerContext(core: core, scheduler: scheduler, session: session, workspace: core.workspaceSnapshot(session: session))
    }

    /// A notification's context takes its snapshot only if its handler asks (see `HandlerContext`).
    private func notificationContext(_ session: Session) -> HandlerContext {
        HandlerContext(core: core, scheduler: scheduler, session: session, workspace: nil)
    }

    private func handleRequest(id: RequestID, method: String, params: JSONValue?, received: UInt64) {
        let session: Session
        switch core.lifecycle.current {
        case .uninitialized:
            guard method == InitializeRequest.method else { return core.replyError(id, .serverNotInitialized) }
            session = .beforeInitialize
        case let .running(current):
            guard method != InitializeRequest.method else { return core.replyError(id, .invalidRequest("initialize was already received")) }
            session = current
        case .shutDown:
            return core.replyError(id, .invalidRequest("the server is shut down: only 'exit' is accepted"))
        case .exited:
            return
        }
        guard let handler = handlers.requests[method] else { return core.replyError(id, .methodNotFound(method)) }
        let context = context(session)
        switch handler {
        case let .inOrder(answerAfterRunningRequests, body):
            let result = body(params, context)
            guard answerAfterRunningRequests else {
                let ready = core.timing.isEnabled ? ServerTiming.now() : 0
                core.reply(id, result)
                return core.timing.answered(method: method, params: params, start: received, readyAt: ready)
            }
            // The client exits once a shutdown is answered: what is still running is of no use to
            // it, so it is cancelled (each answers RequestCancelled as soon as it notices) rather
            // than waited for. A refused one (bad params) shuts nothing down and cancels nothing.
            let (core, requests, seconds) = (self.core, self.requests, core.options.drainSeconds)
            if case .success = result { requests.cancelAll() }
            DispatchQueue.global().async {
                _ = requests.waitUntilIdle(seconds: seconds)
                core.reply(id, result)
            }
        case let .concurrent(body):
            let core = self.core
            requests.start(id) {
                let result = await body(params, context)
                let ready = core.timing.isEnabled ? ServerTiming.now() : 0
                core.reply(id, Task.isCancelled ? .failure(.requestCancelled) : result)
                core.timing.answered(method: method, params: params, start: received, readyAt: ready)
            }
        }
    }

    private func handleNotification(method: String, params: JSONValue?, received: UInt64) {
        if method == ExitNotification.method { return exit() }
        // Cancellation concerns requests already running, which may outlive `shutdown`.
        if method == CancelNotification.method {
            switch HandlerTable.decode(CancelParams.self, params) {
            case let .success(cancel):
                switch cancel.id {
                case let .integer(id): requests.cancel(.int(id))
                case let .string(id): requests.cancel(.string(id))
                }
            case let .failure(error): core.log.warning("\(method): \(error.message)")
            }
            return
        }
        guard case let .running(session) = core.lifecycle.current else {
            core.log.debug("ignored '\(method)': the server is not running")
            return
        }
        guard let handler = handlers.notifications[method] else {
            // `$/` notifications are optional by definition; others deserve a trace.
            if !method.hasPrefix("$/") { core.log.debug("ignored unknown notification '\(method)'") }
            return
        }
        if method == DidOpenTextDocumentNotification.method || method == DidChangeTextDocumentNotification.method {
            core.timing.documentChanged(params, receivedAt: received)
        }
        if case let .failure(error) = handler(params, notificationContext(session)) {
            core.log.warning("\(method): \(error.message)")
        }
    }

    /// `exit`: status 0 after `shutdown`, 1 otherwise (LSP).
    private func exit() {
        let status: Int32 = core.lifecycle.withLock { state in
            defer { state = .exited }
            if case .shutDown = state { return 0 }
            return 1
        }
        requests.cancelAll()
        onExit(status)
    }

    /// The client closed its end: let work in progress finish (its answers may still be read),
    /// then end cleanly.
    private func endOfInput(truncated: Bool) {
        if truncated { core.log.warning("the input ended in the middle of a message") }
        let seconds = core.options.drainSeconds
        if !requests.waitUntilIdle(seconds: seconds) {
            core.log.warning("requests still running \(seconds) s after the end of input; cancelling them")
            requests.cancelAll()
        }
        _ = scheduler.waitUntilIdle(seconds: seconds)
        core.lifecycle.withLock { $0 = .exited }
        onExit(0)
    }
}
