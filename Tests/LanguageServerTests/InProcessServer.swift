import Foundation
import JSONRPC
import JSONSupport
@testable import LanguageServer
import LanguageServerProtocol
import Locking
import TestSupport

/// A server run in the test process, fed messages directly (in order, on the test's thread, as the
/// reading thread would) and answering into an inbox. For tests that need a language service of
/// their own; the end-to-end tests use the real executable.
final class InProcessServer: @unchecked Sendable {
    static let timeout: Double = 20
    let inbox = MessageInbox()
    let server: LanguageServer
    private let exitStatus = Locked<Int32?>(nil)
    private var nextID = 1

    init(service: any LanguageService, testingHooks: Bool = false) {
        let inbox = self.inbox
        let exitStatus = self.exitStatus
        server = LanguageServer(
            service: service, options: ServerOptions(name: "test-server", version: "0", testingHooks: testingHooks, drainSeconds: 20),
            send: { inbox.append([$0]) }, onExit: { code in exitStatus.withLock { $0 = code } })
    }

    var exitCode: Int32? { exitStatus.current }

    @discardableResult
    func send(_ method: String, _ params: JSONValue? = nil) -> RequestID {
        let id = RequestID.int(nextID)
        nextID += 1
        server.handle(.message(.request(id: id, method: method, params: params)))
        return id
    }

    func request(_ method: String, _ params: JSONValue? = nil) throws -> JSONValue {
        try result(of: inbox.response(to: send(method, params), timeout: Self.timeout))
    }

    func response(to id: RequestID) throws -> Message { try inbox.response(to: id, timeout: Self.timeout) }

    func notify(_ method: String, _ params: JSONValue? = nil) {
        server.handle(.message(.notification(method: method, params: params)))
    }

    func notification(_ method: String, matching: (JSONValue) -> Bool = { _ in true }) throws -> JSONValue {
        try inbox.notification(method, timeout: Self.timeout, matching: matching)
    }

    @discardableResult
    func initialize(_ capabilities: JSONValue = [:]) throws -> JSONValue {
        let result = try request("initialize", ["processId": nil, "rootUri": "file:///work", "capabilities": capabilities])
        notify("initialized", [:])
        return result
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "yaml", "version": .int(version), "text": .string(text)]])
    }

    func change(_ uri: String, version: Int, _ changes: [TextDocumentContentChangeEvent]) {
        notify("textDocument/didChange", DidChangeTextDocumentParams(
            textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version), contentChanges: changes).json)
    }

    func replaceAll(_ uri: String, version: Int, _ text: String) {
        change(uri, version: version, [TextDocumentContentChangeEvent(range: nil, text: text)])
    }

    /// The next `publishDiagnostics` for `uri`.
    func published(_ uri: String) throws -> PublishDiagnosticsParams {
        try PublishDiagnosticsParams(json: notification("textDocument/publishDiagnostics") { $0["uri"]?.stringValue == uri })
    }

    /// Waits until no diagnostics are pending or being computed.
    func waitForDiagnostics() -> Bool { server.scheduler.waitUntilIdle(seconds: Self.timeout) }

    /// Every `publishDiagnostics` received and not taken yet (after `waitForDiagnostics`).
    func remainingPublications() -> [PublishDiagnosticsParams] {
        inbox.takeAll().compactMap { message in
            guard case let .notification("textDocument/publishDiagnostics", params?) = message else { return nil }
            return try? PublishDiagnosticsParams(json: params)
        }
    }
}
