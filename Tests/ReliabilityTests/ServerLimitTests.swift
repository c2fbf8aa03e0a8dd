import Analysis
import Foundation
import JSONRPC
import JSONSupport
import LanguageServer
import SourceText
import TestSupport
import Testing

/// The server's own limits (`ServerLimits`), through the built executable.
@Suite("Server limits, end to end")
struct ServerLimitTests {
    @Test("10,000 documents open; the 10,001st is refused with a warning and the others are untouched")
    func openDocuments() throws {
        let maximum = ServerLimits.default.maximumOpenDocuments
        #expect(maximum == 10_000)
        let client = try launchServer()
        // A client that pulls diagnostics: opening is then only storing, which keeps this quick.
        try client.start(capabilities: ["textDocument": ["diagnostic": [:]]])
        func uri(_ number: Int) -> String { "file:///reliability/many/d\(number).yaml" }
        var bytes: [UInt8] = []
        for number in 1...maximum {
            bytes += frame(Message.notification(method: "textDocument/didOpen", params: [
                "textDocument": ["uri": .string(uri(number)), "languageId": "yaml", "version": 1, "text": .string("n: \(number)\n")],
            ]).json)
        }
        client.sendRaw(bytes)
        #expect(try client.heldText(uri(maximum)) == ["version": 1, "text": .string("n: \(maximum)\n")])
        client.open(uri(maximum + 1), "n: over\n")
        let warning = try client.notification("window/logMessage") { $0["message"]?.stringValue?.contains(uri(maximum + 1)) == true }
        #expect(warning["type"] == 2)
        #expect(warning["message"]?.stringValue?.contains("10000 documents are open") == true, "\(warning)")
        #expect(try client.heldText(uri(maximum + 1)) == .null)
        // Requests about it get the empty answers of a document that is not open; the others work.
        #expect(try client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri(maximum + 1))]])["items"] == [])
        #expect(try client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri(1))]])["kind"] == "full")
        // Reopening one already open is still allowed at the limit; closing one makes room.
        client.open(uri(7), "n: again\n", version: 2)
        #expect(try client.heldText(uri(7)) == ["version": 2, "text": "n: again\n"])
        client.close(uri(1))
        client.open(uri(maximum + 1), "n: over\n", version: 3)
        #expect(try client.heldText(uri(maximum + 1)) == ["version": 3, "text": "n: over\n"])
        #expect(try client.heldText(uri(1)) == .null)
        try client.end()
    }

    /// The diagnostics the server would send for `text` at `uri`, counted in-process by the same
    /// engine, so the test does not depend on how many the schema adds to the unknown keys.
    static func analysed(_ text: String, named name: String) -> Int {
        DocumentAnalyzer().analyze(SourceFile(name: name, text: text), at: DocumentOrigin(displayPath: name, fileURL: nil)).diagnostics.count
    }

    @Test("2,000 diagnostics are sent; past that, the first 2,000 and a note of how many more")
    func diagnosticsPerDocument() throws {
        let maximum = ServerLimits.default.maximumDiagnosticsPerDocument
        #expect(maximum == 2_000)
        func document(unknownKeys: Int) -> String {
            "kind: hypothesis-set\n" + (0..<unknownKeys).map { "unknown-\($0): 1\n" }.joined()
        }
        let others = Self.analysed(document(unknownKeys: 0), named: "d.hypotheses.yaml")
        let client = try launchServer()
        try client.start()
        for total in [maximum, maximum + 1, maximum + 500] {
            let text = document(unknownKeys: total - others)
            #expect(Self.analysed(text, named: "d.hypotheses.yaml") == total)
            let uri = "file:///reliability/count-\(total)/d.hypotheses.yaml"
            client.open(uri, text)
            let published = try client.diagnostics(uri)
            if total <= maximum {
                #expect(published.count == total)
                #expect(published.allSatisfy { $0["code"] != nil })
            } else {
                #expect(published.count == maximum + 1)
                let note = try #require(published.last)
                #expect(note["code"] == nil && note["severity"] == 3)
                #expect(note["message"]?.stringValue?.hasPrefix("\(total - maximum) more problems") == true, "\(note)")
                // The note sits where the first one left out would have been.
                #expect(note["range"]?["start"]?["line"]?.intValue ?? 0 >= published[maximum - 1]["range"]?["start"]?["line"]?.intValue ?? .max)
            }
        }
        try client.end()
    }

    @Test("Outlines and folding ranges: 20,000 entries are sent, the rest of a larger answer is left out")
    func symbolsPerAnswer() throws {
        let maximum = ServerLimits.default.maximumSymbolsPerAnswer
        #expect(maximum == 20_000)
        let client = try launchServer()
        try client.start()
        func document(_ keys: Int) -> String { (0..<keys).map { "k\($0):\n  v: 1\n" }.joined() }
        func count(_ symbols: [JSONValue]) -> Int { symbols.reduce(0) { $0 + 1 + count($1["children"]?.arrayValue ?? []) } }
        var next = 0
        func answers(_ keys: Int) throws -> (outline: Int, folding: Int) {
            next += 1
            let uri = "file:///reliability/symbols-\(next).yaml"
            client.open(uri, document(keys))
            let outline = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])
            let folding = try client.request("textDocument/foldingRange", ["textDocument": ["uri": .string(uri)]])
            return (count(outline.arrayValue ?? []), folding.arrayValue?.count ?? -1)
        }
        // Both grow by a fixed step per key: measured on small documents, then taken to the limit.
        let (one, two) = (try answers(10), try answers(20))
        let outlineStep = (two.outline - one.outline) / 10, foldingStep = (two.folding - one.folding) / 10
        #expect(outlineStep > 0 && foldingStep > 0)
        let outlineBase = one.outline - 10 * outlineStep, foldingBase = one.folding - 10 * foldingStep
        let keys = (maximum - outlineBase) / outlineStep
        #expect(try answers(keys).outline == outlineBase + keys * outlineStep)
        #expect(try answers(keys + 1).outline == maximum)
        let foldingKeys = (maximum - foldingBase) / foldingStep
        #expect(try answers(foldingKeys).folding == foldingBase + foldingKeys * foldingStep)
        #expect(try answers(foldingKeys + 1).folding == maximum)
        try client.end()
    }
}
