import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText

/// What a handler sees: the server's shared state, the session, and the open documents as they
/// were when its message arrived (later edits do not change what a request works on).
struct HandlerContext: Sendable {
    let core: ServerCore
    let scheduler: DiagnosticsScheduler
    let session: Session
    /// Taken when a request arrives. Nil for a notification, which runs on the reading thread
    /// before the next message is read, so the documents now are the documents on arrival. Not
    /// holding a snapshot there matters: a `didOpen` or `didChange` changing the store while a
    /// snapshot of it is held would copy every open document's entry, on every event.
    private let snapshot: WorkspaceSnapshot?

    init(core: ServerCore, scheduler: DiagnosticsScheduler, session: Session, workspace: WorkspaceSnapshot?) {
        self.core = core
        self.scheduler = scheduler
        self.session = session
        self.snapshot = workspace
    }

    var workspace: WorkspaceSnapshot { snapshot ?? core.workspaceSnapshot(session: session) }

    var service: any LanguageService { core.service }
    var encoding: PositionEncoding { session.encoding }
    var log: ServerLog { core.log }

    /// The snapshot of an open document. A request about a document that is not open gets an
    /// empty answer from its handler, and a line in the log.
    func document(_ uri: String) -> DocumentSnapshot? {
        guard let document = workspace.document(uri) else {
            log.debug("request for \(uri), which is not open")
            return nil
        }
        return document
    }

    func converter(for document: DocumentSnapshot) -> PositionConverter {
        PositionConverter(document.source.lineIndex, encoding)
    }
}

/// Method name → handler. Each feature area registers its handlers in its own file under
/// `Handlers/`; `LanguageServer` only looks them up.
struct HandlerTable: Sendable {
    enum RequestHandler: Sendable {
        /// Runs on the reading thread before the next message is read: for the lifecycle requests,
        /// whose effect later messages depend on. With `answerAfterRunningRequests`, the requests
        /// already running are cancelled and the answer waits until they have been answered (for
        /// `shutdown`: the client may exit as soon as it has that answer).
        case inOrder(answerAfterRunningRequests: Bool, @Sendable (JSONValue?, HandlerContext) -> Result<JSONValue, ResponseError>)
        /// Runs in its own task, concurrently with reading and with other requests; cancellable.
        case concurrent(@Sendable (JSONValue?, HandlerContext) async -> Result<JSONValue, ResponseError>)
    }

    /// Notifications run on the reading thread, in order: document changes must apply in the
    /// order they were sent, before any later request looks at the document.
    typealias NotificationHandler = @Sendable (JSONValue?, HandlerContext) -> Result<Void, ResponseError>

    private(set) var requests: [String: RequestHandler] = [:]
    private(set) var notifications: [String: NotificationHandler] = [:]

    mutating func onRequest<R: LSPRequest>(_ request: R.Type, _ body: @escaping @Sendable (R.Params, HandlerContext) async throws -> R.Result) {
        requests[R.method] = .concurrent { params, context in
            switch Self.decode(R.Params.self, params) {
            case let .failure(error): return .failure(error)
            case let .success(params):
                do {
                    return .success(try await body(params, context).json)
                } catch {
                    return .failure(Self.responseError(for: error, method: R.method, log: context.log))
                }
            }
        }
    }

    mutating func onRequestInOrder<R: LSPRequest>(
        _ request: R.Type, answerAfterRunningRequests: Bool = false, _ body: @escaping @Sendable (R.Params, HandlerContext) throws -> R.Result
    ) {
        requests[R.method] = .inOrder(answerAfterRunningRequests: answerAfterRunningRequests) { params, context in
            Self.decode(R.Params.self, params).flatMap { params in
                do {
                    return .success(try body(params, context).json)
                } catch {
                    return .failure(Self.responseError(for: error, method: R.method, log: context.log))
                }
            }
        }
    }

    mutating func onNotification<N: LSPNotification>(_ notification: N.Type, _ body: @escaping @Sendable (N.Params, HandlerContext) -> Void) {
        notifications[N.method] = { params, context in
            Self.decode(N.Params.self, params).map { body($0, context) }
        }
    }

    /// Params that do not fit their type are `InvalidParams`, naming the field.
    static func decode<P: LSPValue>(_ type: P.Type, _ params: JSONValue?) -> Result<P, ResponseError> {
        do {
            return .success(try P(json: params ?? .null))
        } catch let error as LSPDecodingError {
            return .failure(.invalidParams("invalid params: \(error.description)"))
        } catch {
            return .failure(.invalidParams("invalid params: \(error)"))
        }
    }

    static func responseError(for error: any Error, method: String, log: ServerLog) -> ResponseError {
        switch error {
        case let error as ResponseError: return error
        case is CancellationError: return .requestCancelled
        default:
            log.error("\(method) failed: \(error)")
            return .internalError("\(method) failed: \(error)")
        }
    }
}

extension ResponseError {
    static let requestCancelled = ResponseError(code: LSPErrorCode.requestCancelled.rawValue, message: "request cancelled")
    static let serverNotInitialized = ResponseError(
        code: LSPErrorCode.serverNotInitialized.rawValue, message: "the server is not initialized: send 'initialize' first")
}
