import JSONSupport
@testable import LanguageServer
import LanguageServerProtocol
import SourceText
import Testing

@Suite("Pushed diagnostics")
struct PushDiagnosticsTests {
    static let text = "k: £ ’ – 😀 bad\nbad: 😀\n"

    @Test("Published after open with the version, ranges in the negotiated encoding", arguments: [
        (["utf-8", "utf-16"], 19, 4),  // UTF-8 preferred when offered: bytes
        (["utf-16"], 12, 2),
        (["utf-32"], 11, 1),
    ] as [([String], Int, Int)])
    func publishedAfterOpen(offered: [String], character: Int, emojiWidth: Int) throws {
        let server = InProcessServer(service: WordService())
        let result = try server.initialize([
            "general": ["positionEncodings": .array(offered.map(JSONValue.string))],
            "textDocument": ["publishDiagnostics": ["relatedInformation": true]],
        ])
        let encoding = try #require(result["capabilities"]?["positionEncoding"]?.stringValue)
        server.open("file:///a.yaml", Self.text, version: 7)
        let published = try server.published("file:///a.yaml")
        #expect(published.version == 7)
        #expect(published.diagnostics.map(\.range) == [
            PositionRange(start: Position(line: 0, character: character), end: Position(line: 0, character: character + 3)),
            PositionRange(start: Position(line: 1, character: 0), end: Position(line: 1, character: 3)),
        ], "in \(encoding)")
        let first = try #require(published.diagnostics.first)
        #expect(first.code == "test/bad")
        #expect(first.severity == .warning)
        #expect(first.source == "test-server")
        #expect(first.codeDescription?.href == "https://example.org/rules#test/bad")
        #expect(first.relatedInformation == [DiagnosticRelatedInformation(
            location: Location(uri: "file:///a.yaml", range: PositionRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))),
            message: "start")])
        // An incremental edit before the word moves it by the width of the inserted emoji.
        server.change("file:///a.yaml", version: 8, [TextDocumentContentChangeEvent(
            range: PositionRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)), text: "😀")])
        let moved = try server.published("file:///a.yaml")
        #expect(moved.version == 8)
        #expect(moved.diagnostics.first?.range.start == Position(line: 0, character: character + emojiWidth))
    }

    @Test("Related places only to a client that declares relatedInformation")
    func relatedInformationOnlyWhenDeclared() throws {
        let server = InProcessServer(service: WordService())
        try server.initialize(["textDocument": ["publishDiagnostics": ["relatedInformation": false]]])
        server.open("file:///a.yaml", Self.text, version: 1)
        let published = try server.published("file:///a.yaml")
        #expect(published.diagnostics.first?.code == "test/bad")
        #expect(published.diagnostics.allSatisfy { $0.relatedInformation == nil })
    }

    @Test("A burst of edits during an analysis costs one more analysis, of the latest version; stale results are not published")
    func coalescing() throws {
        let service = GatedService()
        let server = InProcessServer(service: service)
        try server.initialize()
        server.open("file:///a.yaml", "bad", version: 1)
        #expect(service.gate.waitForArrival(), "the first analysis started")
        for version in 2...6 { server.replaceAll("file:///a.yaml", version: version, String(repeating: "bad ", count: version)) }
        service.gate.open()
        let published = try server.published("file:///a.yaml")
        #expect(server.waitForDiagnostics())
        #expect(published.version == 6)
        #expect(published.diagnostics.count == 6)
        #expect(server.remainingPublications().isEmpty, "version 1 finished after version 6 arrived: it must not be published")
        #expect(service.versions == [1, 6])
    }

    @Test("Cleared on close; a reopened document is checked again")
    func clearedOnClose() throws {
        let server = InProcessServer(service: WordService())
        try server.initialize()
        server.open("file:///a.yaml", "bad", version: 1)
        #expect(try server.published("file:///a.yaml").diagnostics.count == 1)
        server.notify("textDocument/didClose", ["textDocument": ["uri": "file:///a.yaml"]])
        let cleared = try server.published("file:///a.yaml")
        #expect(cleared.diagnostics.isEmpty)
        #expect(cleared.version == nil)
        server.open("file:///a.yaml", "bad bad", version: 1)
        #expect(try server.published("file:///a.yaml").diagnostics.count == 2)
    }

    @Test("Documents that reference a changed document are checked again")
    func dependents() throws {
        let server = InProcessServer(service: WordService(dependents: ["file:///hypotheses.yaml": ["file:///strategy.yaml", "file:///closed.yaml"]]))
        try server.initialize()
        server.open("file:///strategy.yaml", "bad", version: 3)
        server.open("file:///hypotheses.yaml", "", version: 1)
        #expect(try server.published("file:///strategy.yaml").version == 3)
        #expect(try server.published("file:///hypotheses.yaml").version == 1)
        // Opening the second document already re-checked the first; take that publication too.
        #expect(server.waitForDiagnostics())
        _ = server.remainingPublications()

        server.replaceAll("file:///hypotheses.yaml", version: 2, "bad")
        #expect(try server.published("file:///hypotheses.yaml").version == 2)
        let recheck = try server.published("file:///strategy.yaml")
        #expect(recheck.version == 3)
        #expect(recheck.diagnostics.count == 1)
        #expect(server.waitForDiagnostics())
        // The closed dependent is not published; the strategy is not re-checked a second time.
        #expect(server.remainingPublications().isEmpty)

        // A file changed on disk re-checks its open dependents too.
        server.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": "file:///hypotheses.yaml", "type": 2]]])
        #expect(try server.published("file:///strategy.yaml").version == 3)
    }

    @Test("A change to a document that is not open is reported and ignored")
    func changeToUnopenedDocument() throws {
        let server = InProcessServer(service: WordService(), testingHooks: true)
        try server.initialize()
        server.replaceAll("file:///nowhere.yaml", version: 2, "bad")
        // The start-up line (type 4, Log) comes first; the warning is the one about the document.
        let log = try server.notification("window/logMessage") { $0["type"] == 2 }
        #expect(log["message"]?.stringValue?.contains("file:///nowhere.yaml") == true)
        #expect(try server.request("$/testing/documentText", ["uri": "file:///nowhere.yaml"]) == .null)
        #expect(server.waitForDiagnostics())
        #expect(server.remainingPublications().isEmpty)
    }

    @Test("Configuration changes re-check every open document")
    func configurationChange() throws {
        let server = InProcessServer(service: WordService())
        try server.initialize()
        server.open("file:///a.yaml", "bad", version: 1)
        server.open("file:///b.yaml", "", version: 1)
        _ = try server.published("file:///a.yaml")
        _ = try server.published("file:///b.yaml")
        server.notify("workspace/didChangeConfiguration", ["settings": ["x": 1]])
        #expect(try server.published("file:///a.yaml").version == 1)
        #expect(try server.published("file:///b.yaml").version == 1)
    }
}
