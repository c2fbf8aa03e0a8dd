import JSONRPC
import JSONSupport
import LanguageServerProtocol
import Locking
import SourceText

/// How a server presents itself and what it allows.
public struct ServerOptions: Sendable {
    /// `serverInfo.name`, the `source` of diagnostics and the prefix of log lines.
    public var name: String
    public var version: String
    /// Adds the `$/testing/…` requests the end-to-end tests use (see `TestingHandlers.swift`).
    public var testingHooks: Bool
    /// How long to let requests in progress finish once the input has ended.
    public var drainSeconds: Double

    /// Bounds on what a client may make the server hold (see `ServerLimits`).
    public var limits: ServerLimits

    public init(name: String, version: String, testingHooks: Bool = false, drainSeconds: Double = 10, limits: ServerLimits = .default) {
        self.name = name
        self.version = version
        self.testingHooks = testingHooks
        self.drainSeconds = drainSeconds
        self.limits = limits
    }
}

/// The state every handler shares: documents, lifecycle, the service and the way out.
final class ServerCore: Sendable {
    let service: any LanguageService
    let options: ServerOptions
    let documents: DocumentStore
    let lifecycle = Locked(LifecycleState.uninitialized)
    let log: ServerLog
    /// The benchmarks' timing log (off unless COMMISSIONING_LS_TIMING=1).
    let timing = ServerTiming()
    private let send: @Sendable (Message) -> Void
    private let outgoingRequests = Locked((next: 1, pending: Set<RequestID>()))

    init(service: any LanguageService, options: ServerOptions, send: @escaping @Sendable (Message) -> Void) {
        self.service = service
        self.options = options
        self.documents = DocumentStore(maximumDocuments: options.limits.maximumOpenDocuments)
        self.send = send
        self.log = ServerLog(name: options.name, send: send)
    }

    /// The session, or nil before `initialize` and after `shutdown`.
    var session: Session? {
        if case let .running(session) = lifecycle.current { return session }
        return nil
    }

    func workspaceSnapshot(session: Session? = nil) -> WorkspaceSnapshot {
        let session = session ?? self.session ?? .beforeInitialize
        return documents.workspace(info: session.workspace, clientSupportsSnippets: session.capabilities.supportsCompletionSnippets)
    }

    func reply(_ id: RequestID, _ result: Result<JSONValue, ResponseError>) {
        switch result {
        case let .success(value): send(.response(id: id, result: value))
        case let .failure(error): send(.errorResponse(id: id, error: error))
        }
    }

    func replyError(_ id: RequestID?, _ error: ResponseError) {
        send(.errorResponse(id: id, error: error))
    }

    func notify<N: LSPNotification>(_ notification: N.Type, _ params: N.Params) {
        send(.notification(method: N.method, params: params.json))
    }

    /// Sends a request to the client; its answer is only checked for an error, which is logged.
    func request<R: LSPRequest>(_ request: R.Type, _ params: R.Params) {
        let id = outgoingRequests.withLock { state -> RequestID in
            defer { state.next += 1 }
            let id = RequestID.string("\(options.name)-\(state.next)")
            state.pending.insert(id)
            return id
        }
        let json = params.json
        send(.request(id: id, method: R.method, params: json.isNull ? nil : json))
    }

    /// Handles the client's answer to one of our requests; false when we sent no such request.
    func receivedAnswer(_ id: RequestID, error: ResponseError?) -> Bool {
        guard outgoingRequests.withLock({ $0.pending.remove(id) != nil }) else { return false }
        if let error { log.warning("the client answered request \(id) with \(error)") }
        return true
    }

    func converter(for workspace: WorkspaceSnapshot, encoding: PositionEncoding) -> DiagnosticConverter {
        let resolver = RelatedDocumentResolver(workspace: workspace)
        let service = self.service
        return DiagnosticConverter(
            encoding: encoding, source: options.name, documentationLink: { service.documentationLink(forCode: $0) },
            resolveDocument: resolver.resolve, includesRelatedInformation: session?.capabilities.supportsRelatedInformation ?? false,
            maximumCount: options.limits.maximumDiagnosticsPerDocument)
    }

    /// Sends a document's diagnostics, tagged with the version they were computed for.
    func publishDiagnostics(_ diagnostics: [SourceText.Diagnostic], for document: DocumentSnapshot, in workspace: WorkspaceSnapshot) {
        guard let session else { return }
        let converted = converter(for: workspace, encoding: session.encoding).convert(diagnostics, in: document)
        let ready = timing.isEnabled ? ServerTiming.now() : 0
        notify(PublishDiagnosticsNotification.self, PublishDiagnosticsParams(uri: document.uri, version: document.version, diagnostics: converted))
        timing.diagnosticsPublished(uri: document.uri, version: document.version, readyAt: ready)
    }

    /// Clears a closed document's diagnostics.
    func clearDiagnostics(_ uri: String) {
        notify(PublishDiagnosticsNotification.self, PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
    }
}
