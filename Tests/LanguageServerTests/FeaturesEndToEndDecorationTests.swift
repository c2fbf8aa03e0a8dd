import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText
import TestSupport
import Testing

/// Semantic tokens, inlay hints and code lenses through the built `commissioning-ls --stdio`.
@Suite("End to end: tokens, hints and lenses")
struct FeaturesEndToEndDecorationTests {
    /// The tokens as absolute (line, character, length, type name, modifier names), decoded from LSP's relative form.
    static func decode(_ data: [Int], legend: JSONValue?) throws -> [(line: Int, character: Int, length: Int, type: String, modifiers: [String])] {
        let types = legend?["tokenTypes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let modifiers = legend?["tokenModifiers"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(data.count % 5 == 0)
        var line = 0
        var character = 0
        var decoded: [(Int, Int, Int, String, [String])] = []
        for index in stride(from: 0, to: data.count - 4, by: 5) {
            let deltaLine = data[index]
            line += deltaLine
            character = deltaLine == 0 ? character + data[index + 1] : data[index + 1]
            let type = try #require(types.indices.contains(data[index + 3]) ? types[data[index + 3]] : nil)
            let names = modifiers.indices.filter { data[index + 4] & (1 << $0) != 0 }.map { modifiers[$0] }
            decoded.append((line, character, data[index + 2], type, names))
        }
        return decoded
    }

    @Test("Semantic tokens are placed right after £, ’ and an emoji, in each encoding", arguments: [PositionEncoding.utf8, .utf16, .utf32])
    func tokensAfterWideCharacters(encoding: PositionEncoding) throws {
        let name = "wide.strategy.yaml"
        let text = "kind: commissioning-strategy\npartners: [{name: £ ’ 😀 council, type: local-authorty}]\nfuture-services:\n  - service: £ 😀\n    change: increase\n"
        let session = try FeaturesSession(files: [:], encoding: encoding)
        try session.open(name, text)
        let full = try session.client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": .string(session.uri(name))]])
        let legend = try advertisedLegend()
        let tokens = try Self.decode(full["data"]?.arrayValue?.compactMap(\.intValue) ?? [], legend: legend)
        func token(_ word: String) throws -> (line: Int, character: Int, length: Int, type: String, modifiers: [String]) {
            let position = try session.position(of: word, in: name)
            return try #require(tokens.first { $0.line == position.line && $0.character == position.character }, "no token at \(word)")
        }
        let key = try token("type")
        #expect(key.type == "property" && key.length == 4)
        let unknown = try token("local-authorty")
        #expect(unknown.type == "enumMember" && unknown.modifiers == ["deprecated"] && unknown.length == 14)
        #expect(try token("partners").type == "namespace")
        #expect(try token("future-services").type == "namespace")
        let known = try token("increase")
        #expect(known.type == "enumMember" && known.modifiers.isEmpty)
        // In order, none before the previous one ends.
        let starts = tokens.map { [$0.line, $0.character] }
        #expect(starts == starts.sorted { $0.lexicographicallyPrecedes($1) })

        // A range gives the tokens of its lines only.
        let range = PositionRange(start: Position(line: 4, character: 0), end: Position(line: 5, character: 0))
        let ranged = try session.client.request("textDocument/semanticTokens/range", ["textDocument": ["uri": .string(session.uri(name))], "range": range.json])
        let inRange = try Self.decode(ranged["data"]?.arrayValue?.compactMap(\.intValue) ?? [], legend: legend)
        #expect(inRange.map(\.type) == ["property", "enumMember"])
        #expect(inRange.first?.line == 4)
        try session.finish()
    }

    /// The legend the server advertises (the same whatever the encoding).
    private func advertisedLegend() throws -> JSONValue? {
        let client = try startServer()
        let result = try client.initialize()
        try client.finish()
        return result["capabilities"]?["semanticTokensProvider"]?["legend"]
    }

    static let strategy = """
        kind: commissioning-strategy
        future-services:
          - service: Extra care housing for ’older’ people 😀
            change: new
            investment: £1.2m a year

        """

    static let forecast = "kind: market-position-statement\ndemand:\n  forecasts:\n    - measure: Hours\n      projected: 100\n      year: 2028/29\n"

    @Test("Inlay hints after money and a financial year; a setting switches the money hints off")
    func inlayHints() throws {
        let session = try FeaturesSession(files: [:])
        try session.open("s.strategy.yaml", Self.strategy)
        try session.open("m.yaml", Self.forecast)
        func hints(_ name: String) throws -> [InlayHint] {
            let whole = PositionRange(start: Position(line: 0, character: 0), end: Position(line: 99, character: 0))
            let result = try session.client.request("textDocument/inlayHint", ["textDocument": ["uri": .string(session.uri(name))], "range": whole.json])
            return try (result.arrayValue ?? []).map(InlayHint.init(json:))
        }
        let money = try hints("s.strategy.yaml")
        #expect(money.map(\.label) == ["= £1,200,000 a year"])
        #expect(money.first?.position == (try session.position(of: "£1.2m a year", in: "s.strategy.yaml", plus: 12)))
        #expect(try hints("m.yaml").map(\.label) == ["= 1 April 2028 – 31 March 2029"])

        session.client.notify("workspace/didChangeConfiguration", ["settings": ["commissioning": ["inlayHints": ["money": false]]]])
        #expect(try hints("s.strategy.yaml").isEmpty)
        #expect(try hints("m.yaml").map(\.label) == ["= 1 April 2028 – 31 March 2029"], "the other kinds stay on")
        try session.finish()
    }

    @Test("Code lenses come with the server's own command, which lists where a hypothesis is cited")
    func codeLenses() throws {
        let set = "kind: hypothesis-set\ntitle: Sets\npopulation: Older people\nhypotheses:\n  - id: H1\n    statement: Reablement helps.\n    test: Count.\n"
        let strategy = "kind: commissioning-strategy\ntitle: 😀 plan\nhypotheses: older.hypotheses.yaml\nfuture-services:\n  - service: Reablement\n    change: new\n    investment: £1m\n    hypotheses: [H1]\nresources:\n  total: £3m\n"
        let session = try FeaturesSession(files: ["older.hypotheses.yaml": set, "plans/living.strategy.yaml": strategy.replacingOccurrences(of: "older.hypotheses", with: "../older.hypotheses")])
        try session.open("older.hypotheses.yaml")
        let result = try session.client.request("textDocument/codeLens", ["textDocument": ["uri": .string(session.uri("older.hypotheses.yaml"))]])
        let lenses = try (result.arrayValue ?? []).map(CodeLens.init(json:))
        let lens = try #require(lenses.first)
        #expect(lenses.count == 1)
        #expect(lens.range.start == (try session.position(of: "H1", in: "older.hypotheses.yaml")))
        #expect(lens.command?.title == "cited by 1 document", "the strategy on disk, not open, counts")
        let command = try #require(lens.command)
        let advertised = try advertisedCommands()
        #expect(advertised.contains(command.command))

        let answer = try session.client.request("workspace/executeCommand", ["command": .string(command.command), "arguments": .array(command.arguments ?? [])])
        let citations = try (answer.arrayValue ?? []).map(Location.init(json:))
        #expect(citations.count == 1)
        #expect(citations.first.flatMap { URL(string: $0.uri)?.lastPathComponent } == "living.strategy.yaml")
        #expect(citations.first?.range == PositionRange(start: Position(line: 7, character: 0), end: Position(line: 8, character: 0)))

        try session.open("plans/living.strategy.yaml")
        let strategyLenses = try session.client.request("textDocument/codeLens", ["textDocument": ["uri": .string(session.uri("plans/living.strategy.yaml"))]])
        let titles = try (strategyLenses.arrayValue ?? []).map(CodeLens.init(json:)).compactMap(\.command?.title)
        #expect(titles == ["1 hypothesis: 1 untested", "£1,000,000 of £3,000,000 committed"])
        try session.finish()
    }

    private func advertisedCommands() throws -> [String] {
        let client = try startServer()
        let result = try client.initialize()
        try client.finish()
        return result["capabilities"]?["executeCommandProvider"]?["commands"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}
