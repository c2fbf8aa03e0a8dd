import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText
import TestSupport
import Testing

/// The workspace around a document, through the built server: `.commissioning.yaml`, the client's
/// settings, and documents that depend on others.
@Suite("End to end: workspace configuration and dependents")
struct FeaturesEndToEndWorkspaceTests {
    static let set = """
        kind: hypothesis-set
        title: Older people — hypotheses
        population: Older people
        hypotheses:
          - id: H1
            statement: Reablement after a fall prevents admissions.
            test: Compare admissions.

        """

    /// A strategy whose hypotheses are in `set` and whose one service cites H1 and H2.
    static func strategy(naming set: String) -> String {
        """
        kind: commissioning-strategy
        title: Living well
        hypotheses: \(set)
        future-services:
          - service: Reablement
            change: increase
            hypotheses: [H1, H2]

        """
    }

    @Test("`.commissioning.yaml` sets severities, is reloaded when it changes on disk, is overridden by settings, and is checked when open")
    func configuration() throws {
        let session = try FeaturesSession(files: [".commissioning.yaml": "rules:\n  hypothesis/count: off\n", "a.hypotheses.yaml": Self.set])
        let name = "a.hypotheses.yaml"
        let uri = session.uri(name)
        #expect(!(try session.open(name)).contains { $0.code == "hypothesis/count" })

        try Data("rules:\n  hypothesis/count: error\n".utf8).write(to: session.folder.appendingPathComponent(".commissioning.yaml"))
        session.client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(session.uri(".commissioning.yaml")), "type": 2]]])
        let reloaded = try session.client.published(uri).diagnostics
        #expect(reloaded.first { $0.code == "hypothesis/count" }?.severity == .error)

        session.client.notify("workspace/didChangeConfiguration", ["settings": ["commissioning": ["rules": ["hypothesis/count": "info"]]]])
        let overridden = try session.client.published(uri).diagnostics
        #expect(overridden.first { $0.code == "hypothesis/count" }?.severity == .information)

        let configuration = try session.open(".commissioning.yaml", "rules:\n  hypothesis/cuont: off\n")
        let unknown = try #require(configuration.first { $0.code == "config/unknown-rule" })
        #expect(unknown.message.contains("hypothesis/count"))
        #expect(unknown.range.start == (try session.position(of: "hypothesis/cuont", in: ".commissioning.yaml")))
        try session.finish()
    }

    @Test("Editing an open hypothesis set re-checks the strategy that names it, from the unsaved text")
    func dependents() throws {
        let strategy = Self.strategy(naming: "older.hypotheses.yaml")
        let session = try FeaturesSession(files: ["older.hypotheses.yaml": Self.set, "living.strategy.yaml": strategy])
        let unresolved = try session.open("living.strategy.yaml").filter { $0.code == "reference/unresolved" }
        #expect(unresolved.count == 1)
        #expect(unresolved.first?.range.start == (try session.position(of: "H2", in: "living.strategy.yaml")))

        // The set gains H2 in the editor only: the strategy is checked again against that text.
        try session.open("older.hypotheses.yaml", Self.set + "  - id: H2\n    statement: Carers' breaks prevent crises.\n    test: Count crisis calls.\n")
        let again = try session.client.published(session.uri("living.strategy.yaml")).diagnostics
        #expect(!again.contains { $0.code == "reference/unresolved" })
        try session.finish()
    }

    @Test("A strategy reads each version of an open hypothesis set as it is typed, never an older parse of it")
    func dependentsReadEachVersion() throws {
        let strategy = Self.strategy(naming: "older.hypotheses.yaml")
        let session = try FeaturesSession(files: ["older.hypotheses.yaml": Self.set, "living.strategy.yaml": strategy])
        let uri = session.uri("living.strategy.yaml")
        func unresolved(_ diagnostics: [LanguageServerProtocol.Diagnostic]) -> [String] {
            diagnostics.filter { $0.code == "reference/unresolved" }.map(\.message)
        }
        try session.open("older.hypotheses.yaml")
        #expect(unresolved(try session.open("living.strategy.yaml")).count == 1)
        // Typed in the set, one edit at a time: H1 becomes H2 (strategy: H1 unresolved), then H3
        // (both unresolved), then H2 again — each strategy check matching the set's latest text.
        let set = "older.hypotheses.yaml"
        var expected = [1, 2, 1]
        for (version, id) in ["H2", "H3", "H2"].enumerated() {
            let start = try session.position(of: "id: H", in: set, plus: 4)
            let end = try session.position(of: "id: H", in: set, plus: 6)
            try session.apply([LanguageServerProtocol.TextEdit(range: PositionRange(start: start, end: end), newText: id)], to: set)
            let published = try session.client.published(uri, version: 1)
            #expect(unresolved(published.diagnostics).count == expected.removeFirst(), "after the set's edit \(version + 1) to \(id)")
        }
        try session.finish()
    }

    @Test("Re-checks follow a strategy's link when it is edited to name another set, and after the strategy is closed and reopened")
    func dependentsFollowLinks() throws {
        let strategy = Self.strategy(naming: "a.hypotheses.yaml")
        let withH2 = Self.set + "  - id: H2\n    statement: Carers' breaks prevent crises.\n    test: Count crisis calls.\n"
        let session = try FeaturesSession(files: ["a.hypotheses.yaml": Self.set, "b.hypotheses.yaml": Self.set, "living.strategy.yaml": strategy])
        let name = "living.strategy.yaml"
        let uri = session.uri(name)
        func unresolved(_ diagnostics: [LanguageServerProtocol.Diagnostic]) -> Int { diagnostics.filter { $0.code == "reference/unresolved" }.count }
        #expect(unresolved(try session.open(name)) == 1)

        // b gains H2 in the editor; the strategy, edited to name b, reads that unsaved text.
        try session.open("b.hypotheses.yaml", withH2)
        let start = try session.position(of: "a.hypotheses.yaml", in: name)
        let end = try session.position(of: "a.hypotheses.yaml", in: name, plus: 1)
        #expect(unresolved(try session.apply([LanguageServerProtocol.TextEdit(range: PositionRange(start: start, end: end), newText: "b")], to: name)) == 0)

        // b loses H2 again: the strategy's new link to b brings it back for a check.
        try session.open("b.hypotheses.yaml")
        #expect(unresolved(try session.client.published(uri, version: 2).diagnostics) == 1)

        // Closed: its diagnostics are cleared. Reopened as edited: it depends on b again.
        session.client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        #expect(try session.client.published(uri).diagnostics.isEmpty)
        let edited = try #require(session.text(name))
        #expect(unresolved(try session.open(name, edited)) == 1)
        try session.open("b.hypotheses.yaml", withH2)
        #expect(unresolved(try session.client.published(uri, version: 1).diagnostics) == 0)
        try session.finish()
    }

    @Test("A YAML file that is no commissioning document gets its syntax checked only")
    func otherYAML() throws {
        let session = try FeaturesSession(files: [:])
        #expect(try session.open("docker-compose.yaml", "services:\n  web:\n    image: nginx\n").isEmpty)
        #expect(try session.open("broken.yaml", "a: [1\n").map(\.code) == ["syntax/unclosed-flow"])
        // With `kind:` it is one, whatever its name.
        #expect(try session.open("plan.yaml", "kind: hypothesis-set\ntitle: T\n").contains { $0.code == "schema/required" })
        try session.finish()
    }
}
