import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import TestSupport
import Testing

@Suite("End to end: lifecycle and exit status")
struct LifecycleEndToEndTests {
    @Test("initialize, shutdown, exit: status 0")
    func shutdownThenExit() throws {
        let client = try startServer()
        let result = try client.initialize()
        #expect(result["serverInfo"]?["name"] == "commissioning-ls")
        #expect(result["capabilities"]?["textDocumentSync"]?["change"] == 2)
        #expect(try client.request("shutdown") == .null)
        client.notify("exit")
        #expect(try client.waitForExit() == 0)
        #expect(client.malformedOutput.isEmpty)
    }

    @Test("The start-up line goes to the client at log level, and nothing to standard error")
    func startUpLineAtLogLevel() throws {
        let client = try startServer()
        _ = try client.request("initialize", [
            "processId": nil, "rootUri": "file:///work", "capabilities": [:],
            "clientInfo": ["name": "Neovim", "version": "0.7.2"],
        ])
        client.notify("initialized", [:])
        let line = try client.notification("window/logMessage")
        #expect(line["type"] == 4)
        #expect(line["message"]?.stringValue?.contains("initialized from Neovim 0.7.2") == true)
        try client.finish()
        // Editors such as Neovim file every line read on standard error as an error.
        #expect(client.standardError.isEmpty, "\(client.standardError)")
    }

    @Test("`serve` starts the same server")
    func serveCommand() throws {
        let client = try startServer(arguments: ["serve"])
        try client.initialize()
        try client.finish()
    }

    @Test("exit without shutdown: status 1", arguments: [true, false])
    func exitAlone(initialized: Bool) throws {
        let client = try startServer()
        if initialized { try client.initialize() }
        client.notify("exit")
        #expect(try client.waitForExit() == 1)
    }

    @Test("A closed standard input ends the process cleanly, after finishing the work in progress")
    func inputClosed() throws {
        let client = try startServer()
        try client.initialize()
        client.open("file:///a.yaml", "a: [1\n")
        let pending = client.sendRequest("textDocument/diagnostic", ["textDocument": ["uri": "file:///a.yaml"]])
        client.closeInput()
        #expect(try client.waitForExit() == 0)
        #expect(try client.published("file:///a.yaml").diagnostics.count == 1)
        #expect(try result(of: client.response(to: pending))["kind"] == "full")
    }

    @Test("A closed input before anything was sent, or in the middle of a message, is a clean end", arguments: [
        "", "Content-Length: 80\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,", "Content-Len",
    ])
    func inputClosedEarly(partial: String) throws {
        let client = try startServer()
        client.sendRaw(partial)
        client.closeInput()
        #expect(try client.waitForExit() == 0)
        #expect(client.malformedOutput.isEmpty)
    }

    @Test("Requests before initialize get ServerNotInitialized; notifications are ignored")
    func beforeInitialize() throws {
        let client = try startServer()
        #expect(try client.error(of: "textDocument/hover", ["textDocument": ["uri": "file:///a"], "position": ["line": 0, "character": 0]]).code == -32002)
        #expect(try client.error(of: "no/such/method").code == -32002)
        #expect(try client.error(of: "shutdown").code == -32002)
        client.open("file:///early.yaml", "a: 1\n")
        try client.initialize()
        #expect(try client.documentText("file:///early.yaml") == .null)
        try client.finish()
    }

    @Test("A second initialize and requests after shutdown are invalid requests")
    func outOfOrder() throws {
        let client = try startServer()
        try client.initialize()
        #expect(try client.error(of: "initialize", ["capabilities": [:]]).code == ErrorCode.invalidRequest)
        #expect(try client.request("shutdown") == .null)
        #expect(try client.error(of: "textDocument/diagnostic", ["textDocument": ["uri": "file:///a"]]).code == ErrorCode.invalidRequest)
        #expect(try client.error(of: "shutdown").code == ErrorCode.invalidRequest)
        client.notify("exit")
        #expect(try client.waitForExit() == 0)
    }

    @Test("Requests running when shutdown arrives are answered before it")
    func shutdownWaitsForRequests() throws {
        let client = try startServer()
        try client.initialize()
        let waiting = client.sendRequest("$/testing/waitForCancellation")
        let shutdown = client.sendRequest("shutdown")
        client.notify("$/cancelRequest", ["id": waiting.json])
        let first = try client.response(to: waiting)
        guard case let .errorResponse(_, error) = first else {
            Issue.record("expected RequestCancelled, got \(first)")
            return
        }
        #expect(error.code == LSPErrorCode.requestCancelled.rawValue)
        #expect(try result(of: client.response(to: shutdown)) == .null)
        client.notify("exit")
        #expect(try client.waitForExit() == 0)
    }

    @Test("A stray print in the server goes to standard error, never into the protocol stream")
    func strayPrint() throws {
        let client = try startServer()
        try client.initialize()
        #expect(try client.request("$/testing/print", ["text": "Content-Length: 3\r\n\r\nOOPS stray output"]) == .null)
        try client.finish()
        #expect(client.standardError.contains("OOPS stray output"))
        #expect(client.malformedOutput.isEmpty)
    }
}
