import Dispatch
import JSONRPC
import JSONSupport
@testable import LanguageServer
import LanguageServerProtocol
import Testing

@Suite("Request handling in the server")
struct RequestHandlingTests {
    @Test("$/cancelRequest cancels work in progress, which answers RequestCancelled")
    func cancellation() throws {
        let service = BlockingHoverService()
        let server = InProcessServer(service: service)
        try server.initialize()
        server.open("file:///a.yaml", "text", version: 1)
        let hover = server.send("textDocument/hover", ["textDocument": ["uri": "file:///a.yaml"], "position": ["line": 0, "character": 1]])
        #expect(service.started.wait(timeout: .now() + 30) == .success)
        server.notify("$/cancelRequest", ["id": hover.json])
        guard case let .errorResponse(_, error) = try server.response(to: hover) else {
            Issue.record("expected an error response")
            return
        }
        #expect(error.code == LSPErrorCode.requestCancelled.rawValue)
        #expect(service.sawCancellation.current)
    }

    @Test("A slow request does not hold up messages that come after it")
    func slowRequestDoesNotBlock() throws {
        let service = BlockingHoverService()
        let server = InProcessServer(service: service, testingHooks: true)
        try server.initialize()
        server.open("file:///a.yaml", "text", version: 1)
        let hover = server.send("textDocument/hover", ["textDocument": ["uri": "file:///a.yaml"], "position": ["line": 0, "character": 1]])
        #expect(service.started.wait(timeout: .now() + 30) == .success)
        server.replaceAll("file:///a.yaml", version: 2, "edited")
        let text = try server.request("$/testing/documentText", ["uri": "file:///a.yaml"])
        #expect(text == ["version": 2, "text": "edited"])
        #expect(server.inbox.takeAll().allSatisfy { message in
            if case let .response(id, _) = message { return id != hover }
            if case let .errorResponse(id, _) = message { return id != hover }
            return true
        }, "the hover is still running")
        server.notify("$/cancelRequest", ["id": hover.json])
        _ = try server.response(to: hover)
    }

    @Test("Cancelling an unknown or finished request changes nothing")
    func cancelUnknown() throws {
        let server = InProcessServer(service: WordService())
        try server.initialize()
        server.notify("$/cancelRequest", ["id": 99])
        server.notify("$/cancelRequest", ["id": "x"])
        server.notify("$/cancelRequest", ["nothing": true])
        #expect(try server.request("shutdown") == .null)
    }

    @Test("Lifecycle: not initialized, initialized once, shut down, exit status")
    func lifecycle() throws {
        let server = InProcessServer(service: WordService())
        guard case let .errorResponse(_, early) = try server.response(to: server.send("textDocument/diagnostic", ["textDocument": ["uri": "file:///a"]])) else {
            Issue.record("expected an error")
            return
        }
        #expect(early.code == LSPErrorCode.serverNotInitialized.rawValue)
        try server.initialize()
        guard case let .errorResponse(_, twice) = try server.response(to: server.send("initialize", ["capabilities": [:]])) else {
            Issue.record("expected an error")
            return
        }
        #expect(twice.code == ErrorCode.invalidRequest)
        #expect(try server.request("shutdown") == .null)
        guard case let .errorResponse(_, after) = try server.response(to: server.send("textDocument/diagnostic", ["textDocument": ["uri": "file:///a"]])) else {
            Issue.record("expected an error")
            return
        }
        #expect(after.code == ErrorCode.invalidRequest)
        #expect(server.exitCode == nil)
        server.notify("exit")
        #expect(server.exitCode == 0)
    }

    @Test("exit without shutdown exits with status 1")
    func exitWithoutShutdown() throws {
        let server = InProcessServer(service: WordService())
        try server.initialize()
        // What came before exit (the start-up line) is not what this test is about.
        _ = server.inbox.takeAll()
        server.notify("exit")
        #expect(server.exitCode == 1)
        // Nothing is handled after exit.
        _ = server.send("shutdown")
        #expect(server.inbox.takeAll().isEmpty)
    }

    @Test("The position encoding is chosen from what the client offers", arguments: [
        ([], "utf-16"), (["utf-16"], "utf-16"), (["utf-8"], "utf-8"), (["utf-16", "utf-8"], "utf-8"), (["utf-32"], "utf-32"),
        (["utf-32", "utf-16"], "utf-16"), (["latin-1"], "utf-16"),
    ] as [([String], String)])
    func encodingNegotiation(offered: [String], chosen: String) throws {
        let server = InProcessServer(service: WordService())
        let capabilities: JSONValue = offered.isEmpty ? [:] : ["general": ["positionEncodings": .array(offered.map(JSONValue.string))]]
        let result = try server.initialize(capabilities)
        #expect(result["capabilities"]?["positionEncoding"]?.stringValue == chosen)
    }

    @Test("Only the features the service implements are advertised")
    func advertisedCapabilities() throws {
        let diagnosticsOnly = try InProcessServer(service: WordService()).initialize()["capabilities"]
        let keys = Set(diagnosticsOnly?.objectValue?.keys ?? [])
        #expect(keys == ["positionEncoding", "textDocumentSync", "diagnosticProvider"])
        #expect(diagnosticsOnly?["textDocumentSync"]?["change"] == .int(TextDocumentSyncKind.incremental.rawValue))

        let hoverOnly = try InProcessServer(service: BlockingHoverService()).initialize()["capabilities"]
        #expect(hoverOnly?["hoverProvider"] == true)
        #expect(hoverOnly?["completionProvider"] == nil)

        let everything = try InProcessServer(service: FixedAnswersService()).initialize()["capabilities"]
        for key in ["completionProvider", "hoverProvider", "codeActionProvider", "documentSymbolProvider", "foldingRangeProvider",
                    "selectionRangeProvider", "definitionProvider", "referencesProvider", "workspaceSymbolProvider"] {
            #expect(everything?[key] != nil, "\(key)")
        }
        #expect(everything?["completionProvider"]?["triggerCharacters"] == [":"])
        #expect(everything?["codeActionProvider"]?["codeActionKinds"] == ["quickfix", "refactor.rewrite"])
    }

    @Test("Watched files are registered with a client that supports it")
    func watchedFileRegistration() throws {
        let server = InProcessServer(service: FixedAnswersService())
        try server.initialize(["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]])
        let request = try server.inbox.serverRequest("client/registerCapability", timeout: InProcessServer.timeout)
        let params = try RegistrationParams(json: request.params ?? .null)
        #expect(params.registrations.map(\.method) == ["workspace/didChangeWatchedFiles"])
        #expect(params.registrations.first?.registerOptions?["watchers"] == [["globPattern": "**/*.yaml"]])
    }
}
