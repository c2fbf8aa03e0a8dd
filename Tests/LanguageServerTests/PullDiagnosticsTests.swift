import JSONSupport
@testable import LanguageServer
import LanguageServerProtocol
import Testing

@Suite("Pulled diagnostics")
struct PullDiagnosticsTests {
    static let pullingClient: JSONValue = ["textDocument": ["diagnostic": ["dynamicRegistration": false]], "workspace": ["diagnostics": ["refreshSupport": true]]]

    @Test("A client that pulls gets reports with result ids, 'unchanged' when nothing changed, and no pushes")
    func resultIDs() throws {
        let server = InProcessServer(service: WordService())
        try server.initialize(Self.pullingClient)
        server.open("file:///a.yaml", "bad", version: 1)
        let document: JSONValue = ["uri": "file:///a.yaml"]

        let first = try DocumentDiagnosticReport(json: server.request("textDocument/diagnostic", ["textDocument": document]))
        guard case let .full(firstID?, items) = first else {
            Issue.record("expected a full report with a result id, got \(first)")
            return
        }
        #expect(items.count == 1)

        let again = try DocumentDiagnosticReport(json: server.request("textDocument/diagnostic", ["textDocument": document, "previousResultId": .string(firstID)]))
        #expect(again == .unchanged(resultId: firstID))

        // An edit that does not change the diagnostics keeps the id; one that does changes it.
        server.change("file:///a.yaml", version: 2, [TextDocumentContentChangeEvent(
            range: PositionRange(start: Position(line: 0, character: 3), end: Position(line: 0, character: 3)), text: "\n")])
        let afterNewline = try DocumentDiagnosticReport(json: server.request("textDocument/diagnostic", ["textDocument": document, "previousResultId": .string(firstID)]))
        #expect(afterNewline == .unchanged(resultId: firstID))
        server.replaceAll("file:///a.yaml", version: 3, "bad bad")
        let changed = try DocumentDiagnosticReport(json: server.request("textDocument/diagnostic", ["textDocument": document, "previousResultId": .string(firstID)]))
        guard case let .full(changedID?, changedItems) = changed else {
            Issue.record("expected a full report, got \(changed)")
            return
        }
        #expect(changedID != firstID)
        #expect(changedItems.count == 2)

        #expect(server.waitForDiagnostics())
        #expect(server.remainingPublications().isEmpty, "a pulling client gets no pushed diagnostics")
    }

    @Test("A configuration change asks a pulling client to pull again")
    func refresh() throws {
        let server = InProcessServer(service: WordService())
        try server.initialize(Self.pullingClient)
        server.notify("workspace/didChangeConfiguration", ["settings": [:]])
        let request = try server.inbox.serverRequest("workspace/diagnostic/refresh", timeout: InProcessServer.timeout)
        // The client's answer is accepted quietly.
        server.server.handle(.message(.response(id: request.id, result: .null)))
        #expect(try server.request("shutdown") == .null)
    }

    @Test("A document that is not open gets an empty report")
    func unopened() throws {
        let server = InProcessServer(service: WordService())
        try server.initialize(Self.pullingClient)
        let report = try DocumentDiagnosticReport(json: server.request("textDocument/diagnostic", ["textDocument": ["uri": "file:///none"]]))
        #expect(report == .full(resultId: nil, items: []))
    }
}
