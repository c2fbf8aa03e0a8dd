import Foundation
import JSONRPC
import JSONSupport
import TestSupport
import Testing

/// Documents and messages built to hurt, sent to the built server: each gets an answer or a
/// diagnostic, and the server goes on serving. (Malformed framing and JSON, a `Content-Length`
/// of 2^63, invalid UTF-8 in a message, input cut at the end, `didChange` to a document never
/// opened and clamped `didChange` ranges are covered by LanguageServerTests' end-to-end suite.)
@Suite("Hostile documents and messages, end to end")
struct HostileDocumentTests {
    /// After the hostile part: a new document is checked and requests are answered.
    static func stillServes(_ client: LSPTestClient, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let uri = "file:///reliability/after.hypotheses.yaml"
        client.open(uri, "kind: hypothesis-set\ntitle: After\npopulation: P\naims: [x]\nhypotheses: []\n")
        _ = try client.diagnostics(uri)
        #expect(try client.heldText(uri)["version"] == 1, sourceLocation: sourceLocation)
        try client.expectAnswer("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": position(0, 2)], sourceLocation: sourceLocation)
    }

    @Test("100,000 nested '- ' levels: syntax/too-deep, and every request on the document is answered")
    func deepNesting() throws {
        let client = try launchServer()
        try client.start()
        let uri = "file:///reliability/deep.hypotheses.yaml"
        client.open(uri, String(repeating: "- ", count: 100_000) + "x\n")
        #expect(codes(try client.diagnostics(uri)).contains("syntax/too-deep"))
        let document: JSONValue = ["uri": .string(uri)]
        for (method, params) in [
            ("textDocument/hover", ["textDocument": document, "position": position(0, 100_000)]),
            ("textDocument/completion", ["textDocument": document, "position": position(0, 200_001)]),
            ("textDocument/documentSymbol", ["textDocument": document]),
            ("textDocument/foldingRange", ["textDocument": document]),
            ("textDocument/selectionRange", ["textDocument": document, "positions": [position(0, 150_000)]]),
            ("textDocument/codeAction", ["textDocument": document, "range": range(position(0, 0), position(0, 200_002)), "context": ["diagnostics": []]]),
        ] as [(String, JSONValue)] {
            try client.expectAnswer(method, params)
        }
        try Self.stillServes(client)
        try client.end()
    }

    @Test("A 50 MB line: syntax/line-too-long on that line, the rest of the document checked")
    func fiftyMegabyteLine() throws {
        let client = try launchServer()
        try client.start()
        let uri = "file:///reliability/long.hypotheses.yaml"
        // Built as bytes: a 50 MB string is slow to escape through JSONValue in a debug build.
        let body = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":""# + uri
            + #"","languageId":"yaml","version":7,"text":"kind: hypothesis-set\ntitle: "# + String(repeating: "x", count: 50_000_000)
            + #"\npopulation: 5\n"}}}"#
        client.sendRaw(frame(body: Array(body.utf8)))
        let diagnostics = try client.diagnostics(uri, version: 7, timeout: 120)
        let long = try #require(diagnostics.first { $0["code"] == "syntax/line-too-long" })
        #expect(long["range"]?["start"] == position(1, 0))
        #expect(long["range"]?["end"] == position(1, 50_000_007))
        // The line after it was read: its number is not the text the schema wants.
        #expect(diagnostics.contains { $0["range"]?["start"]?["line"] == 2 }, "\(codes(diagnostics))")
        let document: JSONValue = ["uri": .string(uri)]
        for (method, params) in [
            ("textDocument/hover", ["textDocument": document, "position": position(1, 25_000_000)]),
            ("textDocument/completion", ["textDocument": document, "position": position(1, 50_000_100)]),
        ] as [(String, JSONValue)] {
            try client.expectAnswer(method, params, timeout: 60)
        }
        try Self.stillServes(client)
        try client.end()
    }

    /// A million keys under one key: the parse stops at the node limit (half a million entries)
    /// and the schema sees one mapping where it wants a title. (A million keys at the top level,
    /// each unknown, are in `unknownKeysAreLinear` in-process and in `ServerLimitTests`: the
    /// did-you-mean suggestions for half a million keys take a minute in a debug build.)
    @Test("A million keys: syntax/too-many-nodes, the document is checked, requests are answered")
    func millionKeys() throws {
        let client = try launchServer()
        try client.start()
        let uri = "file:///reliability/keys.hypotheses.yaml"
        var text = "kind: hypothesis-set\ntitle:\n"
        text.reserveCapacity(18_000_000)
        for index in 0..<1_000_000 { text += "  k\(index): \(index)\n" }
        text += "population: P\n"
        client.open(uri, text)
        let diagnostics = try client.diagnostics(uri, timeout: 120)
        #expect(codes(diagnostics).contains("syntax/too-many-nodes"))
        #expect(diagnostics.count < 20, "\(codes(diagnostics))")
        let document: JSONValue = ["uri": .string(uri)]
        try client.expectAnswer("textDocument/completion", ["textDocument": document, "position": position(400_000, 4)])
        try client.expectAnswer("textDocument/hover", ["textDocument": document, "position": position(400_000, 3)])
        try Self.stillServes(client)
        try client.end()
    }

    @Test("A document the client sends with a lone surrogate is refused as JSON; the server goes on")
    func loneSurrogate() throws {
        let client = try launchServer()
        try client.start()
        let body = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///reliability/s.yaml","languageId":"yaml","version":1,"text":"title: \ud800\n"}}}"#
        client.sendRaw(frame(body: Array(body.utf8)))
        #expect(try client.nullIDError().code == -32700)
        #expect(try client.heldText("file:///reliability/s.yaml") == .null)
        try Self.stillServes(client)
        try client.end()
    }

    @Test("A referenced file with invalid UTF-8 is read, and navigation over it is answered")
    func invalidUTF8OnDisk() throws {
        let folder = try TemporaryFolder()
        let set = Array("kind: hypothesis-set\ntitle: Caf".utf8) + [0xE9, 0xFF, 0xC3] + Array("\npopulation: P\naims: [x]\nhypotheses:\n  - {id: H1, statement: A change will help., test: Compare.}\n".utf8)
        try folder.write(set, to: "set.hypotheses.yaml")
        let strategyText = "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: set.hypotheses.yaml\nfuture-services:\n  - {service: S, change: new, hypotheses: [H1, H9]}\n"
        let (client, uri, diagnostics) = try openInWorkspace(strategyText, as: "a.strategy.yaml", in: folder)
        // H1 is found in the set despite its broken title; H9 is not.
        let unresolved = diagnostics.filter { $0["code"] == "reference/unresolved" }
        #expect(unresolved.count == 1 && unresolved.first?["message"]?.stringValue?.contains("H9") == true, "\(diagnostics)")
        let document: JSONValue = ["uri": .string(uri)]
        let definition = try client.request("textDocument/definition", ["textDocument": document, "position": position(3, 15)])
        #expect(definition.arrayValue?.first?["uri"]?.stringValue?.hasSuffix("/set.hypotheses.yaml") == true, "\(definition)")
        let symbols = try client.request("workspace/symbol", ["query": "Caf"])
        #expect(symbols.arrayValue?.contains { $0["name"]?.stringValue?.hasPrefix("Caf") == true } == true, "\(symbols)")
        try Self.stillServes(client)
        try client.end()
    }

    @Test("A message cut short by the next one costs an error; reading resumes at the next header")
    func messageCutInTheMiddle() throws {
        let client = try launchServer()
        try client.start()
        client.open("file:///reliability/k.yaml", "a: 1\n", version: 3)
        let swallowed = frame(Message.request(id: .int(78), method: "$/testing/documentText", params: ["uri": "file:///reliability/k.yaml"]).json)
        let cut = Array(#"{"jsonrpc":"2.0","id":77,"method":"$/testing/documentText","par"#.utf8)
        // The header promises more than the cut message holds: the next message's start fills it.
        var bytes = Array("Content-Length: \(cut.count + 30)\r\n\r\n".utf8) + cut + swallowed
        bytes += frame(Message.request(id: .int(79), method: "$/testing/documentText", params: ["uri": "file:///reliability/k.yaml"]).json)
        client.sendRaw(bytes)
        #expect(try result(of: client.response(to: .int(79)))["version"] == 3)
        #expect(try client.nullIDError().code == -32700)
        try Self.stillServes(client)
        try client.end()
    }

    @Test("JSON nested 100,000 deep in a request: a parse error, no stack overflow")
    func deepJSON() throws {
        let client = try launchServer()
        try client.start()
        let body = #"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":"# + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000) + "}"
        client.sendRaw(frame(body: Array(body.utf8)))
        let error = try client.nullIDError()
        #expect(error.code == -32700 && error.message.contains("nesting"), "\(error)")
        try Self.stillServes(client)
        try client.end()
    }

    /// Positions past the end of a line, past the last line, negative and huge, in every request
    /// that takes one: each is answered (clamped, or InvalidParams for what LSP forbids).
    @Test("Positions past the end of a line or of the document in every request", arguments: ["utf-8", "utf-16", "utf-32"])
    func positionsOutOfRange(encoding: String) throws {
        let folder = try TemporaryFolder()
        let text = "kind: hypothesis-set\ntitle: £1m – ’😀\npopulation: P\naims: [x]\nhypotheses:\n  - {id: H1, statement: A change will help.}"
        let file = try folder.write(text, to: "p.hypotheses.yaml")
        let client = try launchServer()
        try client.start(root: folder.workspace, capabilities: ["general": ["positionEncodings": [.string(encoding)]]])
        let uri = file.absoluteString
        client.open(uri, text)
        _ = try client.diagnostics(uri)
        let document: JSONValue = ["uri": .string(uri)]
        let places = [position(1, 500), position(6, 0), position(90, 3), position(1_000_000, 1_000_000), position(-1, -1),
                      position(Int(Int32.max), Int(Int32.max)), position(0, Int(UInt32.max))]
        for place in places {
            for (method, params) in [
                ("textDocument/completion", ["textDocument": document, "position": place]),
                ("textDocument/hover", ["textDocument": document, "position": place]),
                ("textDocument/definition", ["textDocument": document, "position": place]),
                ("textDocument/references", ["textDocument": document, "position": place, "context": ["includeDeclaration": true]]),
                ("textDocument/selectionRange", ["textDocument": document, "positions": [place, position(0, 0)]]),
                ("textDocument/codeAction", ["textDocument": document, "range": range(position(0, 0), place), "context": ["diagnostics": []]]),
                ("textDocument/codeAction", ["textDocument": document, "range": range(place, place), "context": ["diagnostics": []]]),
            ] as [(String, JSONValue)] {
                try client.expectAnswer(method, params, invalidParamsAllowed: place["line"]?.intValue ?? 0 < 0)
            }
        }
        // Past the end of the last line (no line break): the selection ranges end at the text's end.
        let selection = try client.request("textDocument/selectionRange", ["textDocument": document, "positions": [position(5, 900)]])
        let end = text.split(separator: "\n").last.map { String($0) } ?? ""
        let units = encoding == "utf-8" ? end.utf8.count : encoding == "utf-16" ? end.utf16.count : end.unicodeScalars.count
        var outermost = selection[0]
        while let parent = outermost?["parent"] { outermost = parent }
        #expect(outermost?["range"] == range(position(0, 0), position(5, units)), "\(selection)")
        try Self.stillServes(client)
        try client.end()
    }
}
