import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import TestSupport
import Testing

/// One kind of bad input, the error it must get (nil: no answer), and the id it is addressed to.
struct MalformedCase: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let code: Int?
    let id: RequestID?
    var testDescription: String { name }
}

private func text(_ string: String) -> [UInt8] { Array(string.utf8) }

let malformedCases: [MalformedCase] = [
    MalformedCase(name: "invalid JSON", bytes: framed(rawBody: text("{not json")), code: -32700, id: nil),
    MalformedCase(name: "JSON cut short", bytes: framed(rawBody: text(#"{"jsonrpc":"2.0","id":5,"#)), code: -32700, id: nil),
    MalformedCase(name: "invalid UTF-8 in a string", bytes: framed(rawBody: text(#"{"jsonrpc":"2.0","id":6,"method":"a"#) + [0xFF, 0xFE] + text(#""}"#)), code: -32700, id: nil),
    MalformedCase(name: "invalid UTF-8 outside strings", bytes: framed(rawBody: [0xC3, 0x28]), code: -32700, id: nil),
    MalformedCase(name: "an empty body", bytes: text("Content-Length: 0\r\n\r\n"), code: -32700, id: nil),
    MalformedCase(name: "non-numeric Content-Length", bytes: text("Content-Length: twelve\r\n\r\n{}"), code: -32700, id: nil),
    MalformedCase(name: "negative Content-Length", bytes: text("Content-Length: -5\r\n\r\n{}"), code: -32700, id: nil),
    MalformedCase(name: "missing Content-Length", bytes: text("Content-Type: application/json\r\n\r\n{}"), code: -32700, id: nil),
    MalformedCase(name: "Content-Length of 2^63", bytes: text("Content-Length: 9223372036854775808\r\n\r\n{\"jsonrpc\":\"2.0\"}"), code: -32700, id: nil),
    MalformedCase(name: "Content-Length of 10^30", bytes: text("Content-Length: 1000000000000000000000000000000\r\n\r\n"), code: -32700, id: nil),
    MalformedCase(name: "Content-Length over the message limit", bytes: text("Content-Length: 67108865\r\n\r\n{}"), code: -32700, id: nil),
    MalformedCase(name: "garbage instead of a header", bytes: text("hello there\r\n\r\n"), code: -32700, id: nil),
    MalformedCase(name: "a batch", bytes: framed(.array([["jsonrpc": "2.0", "id": 7, "method": "shutdown"]])), code: -32600, id: nil),
    MalformedCase(name: "a number", bytes: framed(42), code: -32600, id: nil),
    MalformedCase(name: "no jsonrpc member", bytes: framed(["id": 41, "method": "shutdown"]), code: -32600, id: .int(41)),
    MalformedCase(name: "an object as id", bytes: framed(["jsonrpc": "2.0", "id": ["x": 1], "method": "shutdown"]), code: -32600, id: nil),
    MalformedCase(name: "a string as params", bytes: framed(["jsonrpc": "2.0", "id": 42, "method": "textDocument/diagnostic", "params": "x"]), code: -32600, id: .int(42)),
    MalformedCase(name: "an unknown method", bytes: framed(["jsonrpc": "2.0", "id": 43, "method": "textDocument/teleport", "params": [:]]), code: -32601, id: .int(43)),
    MalformedCase(name: "an unknown method with a string id", bytes: framed(["jsonrpc": "2.0", "id": "s-1", "method": "x/y"]), code: -32601, id: .string("s-1")),
    MalformedCase(
        name: "params of the wrong type", bytes: framed(["jsonrpc": "2.0", "id": 44, "method": "textDocument/diagnostic", "params": ["textDocument": 5]]),
        code: -32602, id: .int(44)),
    MalformedCase(
        name: "params missing a field", bytes: framed(["jsonrpc": "2.0", "id": 45, "method": "textDocument/hover", "params": ["textDocument": ["uri": "file:///a.yaml"]]]),
        code: -32602, id: .int(45)),
    MalformedCase(name: "params for a method that takes none", bytes: framed(["jsonrpc": "2.0", "id": 46, "method": "shutdown", "params": ["now": true]]), code: -32602, id: .int(46)),
    MalformedCase(name: "an unknown notification", bytes: framed(["jsonrpc": "2.0", "method": "custom/thing", "params": [:]]), code: nil, id: nil),
    MalformedCase(name: "a notification with bad params", bytes: framed(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": ["textDocument": 1]]), code: nil, id: nil),
    MalformedCase(name: "a response to nothing", bytes: framed(["jsonrpc": "2.0", "id": 999, "result": [:]]), code: nil, id: nil),
    MalformedCase(
        name: "a change to a document that is not open",
        bytes: framed(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": ["textDocument": ["uri": "file:///nowhere.yaml", "version": 2], "contentChanges": [["text": "x"]]]]),
        code: nil, id: nil),
    MalformedCase(name: "a close of a document that is not open", bytes: framed(["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": "file:///nowhere.yaml"]]]), code: nil, id: nil),
]

@Suite("End to end: malformed input")
struct MalformedInputEndToEndTests {
    static let uri = "file:///kept.yaml"
    static let text = "title: £ ’ – 😀\n"

    @Test("Each bad input gets its error, and the server keeps serving with the document intact", arguments: malformedCases)
    func badInput(_ testCase: MalformedCase) throws {
        let client = try startServer()
        try client.initialize()
        client.open(Self.uri, Self.text, version: 3)
        client.sendRaw(testCase.bytes)
        if let code = testCase.code {
            let answer = try client.inbox.take("the error for \(testCase.name)", timeout: LSPTestClient.defaultTimeout) { message in
                if case .errorResponse = message { return true }
                return false
            }
            guard case let .errorResponse(id, error) = answer else {
                Issue.record("not an error: \(answer)")
                return
            }
            #expect(error.code == code)
            #expect(id == testCase.id)
            #expect(!error.message.isEmpty)
        }
        #expect(try client.documentText(Self.uri) == ["version": 3, "text": .string(Self.text)])
        try client.finish()
        #expect(client.inbox.takeAll().allSatisfy { message in
            if case .errorResponse = message { return false }
            return true
        }, "no other error was sent")
    }

    @Test("All the bad inputs in one write, each followed by a good request: every error, every answer")
    func everythingAtOnce() throws {
        let client = try startServer()
        try client.initialize()
        client.open(Self.uri, Self.text, version: 3)
        // Each bad input is followed by a good request, on which reading resynchronises.
        var bytes: [UInt8] = []
        let goodIDs = malformedCases.indices.map { RequestID.int(1000 + $0) }
        for (testCase, id) in zip(malformedCases, goodIDs) {
            bytes += testCase.bytes
            bytes += framed(Message.request(id: id, method: "$/testing/documentText", params: ["uri": .string(Self.uri)]).json)
        }
        client.sendRaw(bytes)
        for id in goodIDs {
            #expect(try result(of: client.response(to: id)) == ["version": 3, "text": .string(Self.text)])
        }
        // Errors from requests run concurrently may come in any order.
        let expected = malformedCases.compactMap(\.code)
        let errors = try expected.map { _ in
            let message = try client.inbox.take("an error", timeout: LSPTestClient.defaultTimeout) { message in
                if case .errorResponse = message { return true }
                return false
            }
            guard case let .errorResponse(_, error) = message else { return 0 }
            return error.code
        }
        #expect(errors.sorted() == expected.sorted())
        try client.finish()
        #expect(client.inbox.takeAll().allSatisfy { message in
            if case .errorResponse = message { return false }
            return true
        }, "no other error was sent")
    }

    @Test("Notifications the server cannot act on are logged to the client")
    func logged() throws {
        let client = try startServer()
        try client.initialize()
        client.sendRaw(framed(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": "file:///nowhere.yaml", "version": 2], "contentChanges": [["text": "x"]],
        ]]))
        let log = try client.notification("window/logMessage") { $0["message"]?.stringValue?.contains("nowhere.yaml") == true }
        #expect(log["type"] == 2)
        try client.finish()
    }

    @Test("Positions past the end of a line or of the document are clamped")
    func clampedPositions() throws {
        let client = try startServer()
        try client.initialize()
        client.open(Self.uri, "ab\ncd\n", version: 1)
        client.notify("textDocument/didChange", DidChangeTextDocumentParams(textDocument: VersionedTextDocumentIdentifier(uri: Self.uri, version: 2), contentChanges: [
            TextDocumentContentChangeEvent(range: PositionRange(start: Position(line: 0, character: 500), end: Position(line: 0, character: 900)), text: "!"),
            TextDocumentContentChangeEvent(range: PositionRange(start: Position(line: 70, character: 0), end: Position(line: 99, character: 5)), text: "end"),
            TextDocumentContentChangeEvent(range: PositionRange(start: Position(line: -1, character: -1), end: Position(line: 0, character: 0)), text: ">"),
        ]).json)
        #expect(try client.documentText(Self.uri) == ["version": 2, "text": ">ab!\ncd\nend"])
        try client.finish()
    }

    @Test("A large message (a 4 MB document) is read whole")
    func largeMessage() throws {
        let client = try startServer()
        try client.initialize()
        let line = "key: value £ ’ – 😀\n"
        let text = String(repeating: line, count: 4_000_000 / line.utf8.count)
        client.open(Self.uri, text, version: 1)
        let held = try client.documentText(Self.uri)
        #expect(held["text"]?.stringValue?.utf8.count == text.utf8.count)
        try client.finish()
    }
}
