import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText
import TestSupport
import Testing

@Suite("End to end: documents and diagnostics")
struct DocumentsEndToEndTests {
    /// An unclosed `[` after four non-ASCII characters: at byte 14, UTF-16 unit 7, scalar 6.
    static let unclosed = "£’–😀: [1, 2\n"

    @Test("didOpen publishes the syntax diagnostics with the version, in the negotiated encoding", arguments: [
        ("utf-8", 14), ("utf-16", 7), ("utf-32", 6),
    ] as [(String, Int)])
    func publishedOnOpen(encoding: String, character: Int) throws {
        let client = try startServer()
        let result = try client.initialize(["general": ["positionEncodings": [.string(encoding)]]])
        #expect(result["capabilities"]?["positionEncoding"]?.stringValue == encoding)
        client.open("file:///a.yaml", Self.unclosed, version: 4)
        let published = try client.published("file:///a.yaml")
        #expect(published.version == 4)
        let diagnostic = try #require(published.diagnostics.first)
        #expect(diagnostic.code == "syntax/unclosed-flow")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.source == "commissioning-ls")
        #expect(diagnostic.range.start == Position(line: 0, character: character))
        try client.finish()
    }

    @Test("Incremental edits with multi-byte characters keep the text exact; fixing the error clears it", arguments: [
        PositionEncoding.utf8, .utf16, .utf32,
    ])
    func incrementalEdits(encoding: PositionEncoding) throws {
        let client = try startServer()
        try client.initialize(["general": ["positionEncodings": [.string(encoding.rawValue)]]])
        let uri = "file:///edited.yaml"
        var expected = Self.unclosed
        client.open(uri, expected, version: 1)
        #expect(try client.published(uri, version: 1).diagnostics.count == 1)
        let edits = [
            Replacement(target: "£", replacement: "€€"),
            Replacement(target: "😀", replacement: "😀 – ’", insertBefore: true),
            Replacement(target: "1, 2", replacement: "1, 2]"),
            Replacement(target: "’–", replacement: "x"),
        ]
        var version = 1
        for edit in edits {
            let (change, next) = try #require(edit.change(in: expected, encoding: encoding))
            version += 1
            client.notify("textDocument/didChange", DidChangeTextDocumentParams(
                textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version), contentChanges: [change]).json)
            expected = next
        }
        #expect(try client.documentText(uri) == ["version": .int(version), "text": .string(expected)])
        #expect(expected == "€€x😀 – ’😀: [1, 2]\n")
        // The last publication is for the last version, and the bracket is closed by then.
        let last = try client.published(uri, version: version)
        #expect(last.diagnostics.isEmpty)
        try client.finish()
    }

    @Test("A burst of edits ends with the latest version published, and versions never go back")
    func burst() throws {
        let client = try startServer()
        try client.initialize()
        let uri = "file:///burst.yaml"
        client.open(uri, "a: [\n", version: 1)
        var bytes: [UInt8] = []
        for version in 2...60 {
            let text = version == 60 ? "a: [1]\n" : "a: [\(version)\n"
            bytes += framed(.object(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": DidChangeTextDocumentParams(
                textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version), contentChanges: [TextDocumentContentChangeEvent(range: nil, text: text)]).json]))
        }
        client.sendRaw(bytes)
        let last = try client.published(uri, version: 60)
        #expect(last.diagnostics.isEmpty)
        let earlier = client.inbox.takeAll().compactMap { message -> Int? in
            guard case let .notification("textDocument/publishDiagnostics", params?) = message else { return nil }
            return params["version"]?.intValue
        }
        #expect(earlier == earlier.sorted(), "versions published in order")
        #expect(earlier.allSatisfy { $0 < 60 })
        #expect(earlier.count < 59, "a burst is coalesced (\(earlier.count) publications before the last)")
        try client.finish()
    }

    @Test("Closing a document clears its diagnostics")
    func closeClears() throws {
        let client = try startServer()
        try client.initialize()
        client.open("file:///c.yaml", Self.unclosed)
        #expect(try client.published("file:///c.yaml").diagnostics.count == 1)
        client.notify("textDocument/didClose", ["textDocument": ["uri": "file:///c.yaml"]])
        #expect(try client.published("file:///c.yaml").diagnostics.isEmpty)
        #expect(try client.documentText("file:///c.yaml") == .null)
        try client.finish()
    }

    @Test("Pulled diagnostics: a result id, then 'unchanged' while nothing changes; no pushes to a pulling client")
    func pull() throws {
        let client = try startServer()
        try client.initialize(["textDocument": ["diagnostic": [:]]])
        client.open("file:///p.yaml", Self.unclosed)
        let document: JSONValue = ["uri": "file:///p.yaml"]
        let first = try DocumentDiagnosticReport(json: client.request("textDocument/diagnostic", ["textDocument": document]))
        guard case let .full(resultID?, items) = first else {
            Issue.record("expected a full report with a result id: \(first)")
            return
        }
        #expect(items.map(\.code) == ["syntax/unclosed-flow"])
        let second = try DocumentDiagnosticReport(json: client.request("textDocument/diagnostic", ["textDocument": document, "previousResultId": .string(resultID)]))
        #expect(second == .unchanged(resultId: resultID))
        client.notify("textDocument/didChange", ["textDocument": ["uri": "file:///p.yaml", "version": 2], "contentChanges": [["text": "k: [1]\n"]]])
        let third = try DocumentDiagnosticReport(json: client.request("textDocument/diagnostic", ["textDocument": document, "previousResultId": .string(resultID)]))
        guard case let .full(newID, newItems) = third else {
            Issue.record("expected a full report: \(third)")
            return
        }
        #expect(newID != resultID)
        #expect(newItems.isEmpty)
        try client.finish()
        #expect(client.inbox.takeAll().allSatisfy { message in
            if case .notification("textDocument/publishDiagnostics", _) = message { return false }
            return true
        })
    }

    @Test("$/cancelRequest: the request answers RequestCancelled; other requests are answered while it runs")
    func cancellation() throws {
        let client = try startServer()
        try client.initialize()
        client.open("file:///x.yaml", "a: 1\n")
        let waiting = client.sendRequest("$/testing/waitForCancellation")
        // Answered while the first is still running: reading and other requests go on.
        #expect(try client.documentText("file:///x.yaml")["version"] == 1)
        #expect(client.inbox.takeAll().allSatisfy { message in
            if case let .response(id, _) = message { return id != waiting }
            if case let .errorResponse(id, _) = message { return id != waiting }
            return true
        })
        client.notify("$/cancelRequest", ["id": waiting.json])
        let answer = try client.response(to: waiting)
        guard case let .errorResponse(_, error) = answer else {
            Issue.record("expected RequestCancelled, got \(answer)")
            return
        }
        #expect(error.code == -32800)
        // Cancelling it again, or an id never used, changes nothing.
        client.notify("$/cancelRequest", ["id": waiting.json])
        client.notify("$/cancelRequest", ["id": "never"])
        try client.finish()
    }
}
