import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText
import TestSupport
import Testing

/// The language features through the built `commissioning-ls --stdio`, on real files.
@Suite("End to end: language features")
struct FeaturesEndToEndTests {
    static let framework = """
        kind: commissioning-framework
        title: Northshire framework
        population: Adults in Northshire
        approach: integratd
        integration:
          contracting:
            current: joint
            evidence: Agencies issue joint block contracts.

        """

    static let areas = [
        "purpose-and-strategy", "needs-and-market-intelligence", "stakeholder-engagement", "resource-allocation-and-management",
        "market-management-and-monitoring", "contracting", "commissioning-function",
    ]

    @Test("Diagnostics after open carry code and documentation link; an incremental edit clears the one it fixes")
    func diagnosticsAfterOpenAndEdit() throws {
        let session = try FeaturesSession(files: ["northshire.framework.yaml": Self.framework])
        let opened = try session.open("northshire.framework.yaml")
        let misspelt = try #require(opened.first { $0.code == "schema/enum" })
        #expect(misspelt.range.start == (try session.position(of: "integratd", in: "northshire.framework.yaml")))
        #expect(misspelt.codeDescription?.href.hasPrefix("https://") == true)
        #expect(misspelt.source == "commissioning-ls")
        #expect(opened.contains { $0.code == "schema/required" }, "a framework without its sections")
        #expect(opened.contains { $0.code == "matrix/area-missing" })
        let start = try session.position(of: "integratd", in: "northshire.framework.yaml", plus: 8)
        let after = try session.apply([TextEdit(range: PositionRange(start: start, end: start), newText: "e")], to: "northshire.framework.yaml")
        #expect(session.text("northshire.framework.yaml")?.contains("approach: integrated\n") == true)
        #expect(!after.contains { $0.code == "schema/enum" })
        #expect(after.contains { $0.code == "matrix/area-missing" })
        try session.finish()
    }

    @Test("Ranges after £, ’ and an emoji on the line are right in the negotiated encoding", arguments: [PositionEncoding.utf16, .utf8])
    func positionsAfterWideCharacters(encoding: PositionEncoding) throws {
        let text = "kind: commissioning-strategy\ntitle: £1m for ’older’ people 😀\npartners: [{name: £ ’ 😀 council, type: local-authorty}]\n"
        let session = try FeaturesSession(files: [:], encoding: encoding)
        let diagnostics = try session.open("wide.strategy.yaml", text)
        let wrong = try #require(diagnostics.first { $0.code == "schema/enum" })
        #expect(wrong.range.start == (try session.position(of: "local-authorty", in: "wide.strategy.yaml")))
        #expect(wrong.range.end == (try session.position(of: "local-authorty", in: "wide.strategy.yaml", plus: 14)))
        // Hover and completion at positions after the wide characters land on the right word.
        let hover = try session.request("textDocument/hover", "wide.strategy.yaml", at: session.position(of: "type", in: "wide.strategy.yaml", plus: 1))
        #expect(hover["contents"]?["value"]?.stringValue?.contains("`type`") == true)
        let list = try session.completion("wide.strategy.yaml", at: session.position(of: "local-authorty", in: "wide.strategy.yaml", plus: 5))
        let item = try #require(list.items.first { $0.label == "local-authority" })
        #expect(item.textEdit?.range == PositionRange(
            start: try session.position(of: "local-authorty", in: "wide.strategy.yaml"),
            end: try session.position(of: "local-authorty", in: "wide.strategy.yaml", plus: 14)))
        try session.finish()
    }

    @Test("Completion: at the start of a key, after `approach: `, under `integration:`, inside `evidence:`")
    func completion() throws {
        let text = "kind: commissioning-framework\ntitle: T\napproach: \nintegration:\n  contracting:\n    current: joint\n    evidence: \n  \n"
        let session = try FeaturesSession(files: [:])
        try session.open("c.framework.yaml", text)
        let name = "c.framework.yaml"

        let keys = try session.completion(name, at: session.position(of: "title", in: name))
        #expect(keys.items.contains { $0.label == "population" })
        #expect(keys.items.contains { $0.label == "title" })
        #expect(!keys.items.contains { $0.label == "kind" })
        let population = try #require(keys.items.first { $0.label == "population" })
        #expect(population.documentation?.value.contains("Source: IPC, *Commissioning for Health and Social Care*") == true)

        let approaches = try session.completion(name, at: session.position(of: "approach: ", in: name, plus: 10))
        #expect(approaches.items.map(\.label) == ["separate", "parallel", "joint", "integrated"])
        #expect(approaches.items.allSatisfy { $0.documentation?.value.isEmpty == false })

        let areas = try session.completion(name, at: session.position(of: "  \n", in: name, plus: 2))
        #expect(areas.items.filter { $0.kind == .property }.map(\.label) == Self.areas.filter { $0 != "contracting" })

        let evidence = try session.completion(name, at: session.position(of: "evidence: ", in: name, plus: 10))
        #expect(evidence.items.contains { $0.label == "Agencies issue joint block contracts or share contract risk." })
        #expect(evidence.items.allSatisfy { $0.kind == .text })
        try session.finish()
    }

    @Test("A client that expands snippets gets whole-section skeletons, inserted as written")
    func skeletons() throws {
        let session = try FeaturesSession(files: [:], snippets: true)
        let name = "s.strategy.yaml"
        try session.open(name, "kind: commissioning-strategy\ntitle: T\n\n")
        let list = try session.completion(name, at: Position(line: 2, character: 0))
        let skeleton = try #require(list.items.first { $0.filterText == "monitoring" && $0.kind == .snippet })
        #expect(skeleton.insertTextFormat == .snippet)
        #expect(skeleton.insertTextMode == .asIs)
        // As `new` writes the section: its comment, then the key with its keys, values to fill in.
        #expect(skeleton.textEdit?.newText.hasPrefix("# Monitoring and review: ") == true)
        #expect(skeleton.textEdit?.newText.contains("\nmonitoring:\n  # Arrangements: Who monitors what, and how often.\n  arrangements: ${1:TODO}\n") == true)
        // One-line insertions are left to the client's own indentation rules.
        #expect(list.items.first { $0.label == "approach" }?.insertTextMode == nil)
        try session.finish()
    }

    @Test("Hover on `joint` under `contracting` quotes the cell's example activities")
    func hoverOnALevel() throws {
        let session = try FeaturesSession(files: ["northshire.framework.yaml": Self.framework])
        try session.open("northshire.framework.yaml")
        let hover = try Hover(json: session.request("textDocument/hover", "northshire.framework.yaml",
                                                    at: session.position(of: "joint\n", in: "northshire.framework.yaml", plus: 2)))
        #expect(hover.contents.kind == .markdown)
        #expect(hover.contents.value.contains("joint block contracts"))
        #expect(hover.range == PositionRange(start: try session.position(of: "joint\n", in: "northshire.framework.yaml"),
                                            end: try session.position(of: "joint\n", in: "northshire.framework.yaml", plus: 5)))
        try session.finish()
    }

    @Test("A quick fix applied to the text makes its diagnostic go", arguments: [PositionEncoding.utf16, .utf8])
    func quickFix(encoding: PositionEncoding) throws {
        let text = Self.framework.replacingOccurrences(of: "title: Northshire framework", with: "title: £ ’ 😀 framework")
        let session = try FeaturesSession(files: [:], encoding: encoding)
        let name = "q.framework.yaml"
        let diagnostics = try session.open(name, text)
        let misspelt = try #require(diagnostics.first { $0.code == "schema/enum" })
        let actions = try session.client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(session.uri(name))], "range": misspelt.range.json,
            "context": ["diagnostics": [misspelt.json]],
        ])
        let decoded = try (actions.arrayValue ?? []).map(CodeAction.init(json:))
        let fix = try #require(decoded.first { $0.title == "Replace with `integrated`" })
        #expect(fix.kind == .quickFix)
        #expect(fix.diagnostics?.first?.code == "schema/enum")
        let edits = try #require(fix.edit?.changes[session.uri(name)])
        let after = try session.apply(edits, to: name)
        #expect(session.text(name)?.contains("approach: integrated\n") == true)
        #expect(!after.contains { $0.code == "schema/enum" })

        // The missing matrix areas, added by their quick fix.
        let missing = try #require(after.first { $0.code == "matrix/area-missing" })
        let areaActions = try session.client.request("textDocument/codeAction", [
            "textDocument": ["uri": .string(session.uri(name))], "range": missing.range.json, "context": ["diagnostics": [missing.json]],
        ])
        let addAreas = try #require(try (areaActions.arrayValue ?? []).map(CodeAction.init(json:)).first { $0.title == "Add the missing matrix areas" })
        let final = try session.apply(try #require(addAreas.edit?.changes[session.uri(name)]), to: name)
        #expect(!final.contains { $0.code == "matrix/area-missing" })
        for area in Self.areas { #expect(session.text(name)?.contains("  \(area):") == true) }
        try session.finish()
    }

    @Test("Go to definition across documents: the hypothesis set, a hypothesis id, a framework's document")
    func crossDocumentDefinition() throws {
        let set = """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people
            hypotheses:
              - id: H1
                statement: Reablement after a fall prevents admissions.
                test: Compare admissions.
              - id: H2
                statement: Carers' breaks prevent crises.
                test: Count crisis calls.

            """
        let strategy = """
            kind: commissioning-strategy
            title: Living well
            hypotheses: ../sets/older.hypotheses.yaml
            future-services:
              - service: Reablement
                change: increase
                hypotheses: [H1, H2]

            """
        let framework = "kind: commissioning-framework\ntitle: F\ndocuments:\n  - title: Strategy\n    relates-to: The plan.\n    path: plans/living.strategy.yaml\n"
        let session = try FeaturesSession(files: [
            "sets/older.hypotheses.yaml": set, "plans/living.strategy.yaml": strategy, "f.framework.yaml": framework,
        ])
        try session.open("plans/living.strategy.yaml")
        let setURI = session.uri("sets/older.hypotheses.yaml")

        let toSet = try session.request("textDocument/definition", "plans/living.strategy.yaml",
                                        at: session.position(of: "../sets", in: "plans/living.strategy.yaml", plus: 3))
        #expect(toSet.arrayValue?.count == 1)
        let setLocation = try Location(json: try #require(toSet[0]))
        #expect(URL(string: setLocation.uri)?.standardizedFileURL.path == URL(string: setURI)?.standardizedFileURL.path)

        let toId = try session.request("textDocument/definition", "plans/living.strategy.yaml",
                                       at: session.position(of: "H2", in: "plans/living.strategy.yaml", plus: 1))
        let idLocation = try Location(json: try #require(toId[0]))
        #expect(URL(string: idLocation.uri)?.path == URL(string: setURI)?.path)
        let lineOfH2 = set.components(separatedBy: "\n").firstIndex { $0.contains("id: H2") }
        #expect(idLocation.range.start.line == lineOfH2)
        #expect(idLocation.range.end.character - idLocation.range.start.character == 2)

        // An open, unsaved set is read as the editor holds it.
        try session.open("sets/older.hypotheses.yaml", "\n\n" + set)
        let moved = try Location(json: try #require(session.request("textDocument/definition", "plans/living.strategy.yaml",
                                                                   at: session.position(of: "H2", in: "plans/living.strategy.yaml", plus: 1))[0]))
        #expect(moved.range.start.line == (lineOfH2 ?? 0) + 2)

        try session.open("f.framework.yaml")
        let toDocument = try session.request("textDocument/definition", "f.framework.yaml",
                                             at: session.position(of: "plans/", in: "f.framework.yaml", plus: 2))
        let documentLocation = try Location(json: try #require(toDocument[0]))
        #expect(URL(string: documentLocation.uri)?.path == URL(string: session.uri("plans/living.strategy.yaml"))?.path)

        // References of H1 from the set: its use in the strategy.
        let references = try session.request("textDocument/references", "sets/older.hypotheses.yaml",
                                             at: session.position(of: "H1", in: "sets/older.hypotheses.yaml", plus: 1),
                                             ["context": ["includeDeclaration": false]])
        let uses = try (references.arrayValue ?? []).map(Location.init(json:))
        #expect(uses.count == 1)
        #expect(uses.first.flatMap { URL(string: $0.uri)?.path } == URL(string: session.uri("plans/living.strategy.yaml"))?.path)
        try session.finish()
    }

    @Test("Capabilities advertise exactly the implemented features")
    func capabilities() throws {
        let client = try startServer()
        let result = try client.initialize()
        let capabilities = try #require(result["capabilities"])
        for provider in ["hoverProvider", "documentSymbolProvider", "foldingRangeProvider", "selectionRangeProvider", "definitionProvider",
                         "referencesProvider", "workspaceSymbolProvider", "documentFormattingProvider", "documentRangeFormattingProvider",
                         "inlayHintProvider"] {
            #expect(capabilities[provider] == .bool(true), "\(provider)")
        }
        #expect(capabilities["semanticTokensProvider"]?["full"] == .bool(true))
        #expect(capabilities["semanticTokensProvider"]?["range"] == .bool(true))
        #expect(capabilities["semanticTokensProvider"]?["legend"] == [
            "tokenTypes": ["namespace", "property", "enumMember", "number", "variable", "string"],
            "tokenModifiers": ["declaration", "deprecated"],
        ])
        #expect(capabilities["codeLensProvider"] == ["resolveProvider": false])
        #expect(capabilities["executeCommandProvider"]?["commands"] == ["commissioning.render", "commissioning.showCitations"])
        #expect(capabilities["completionProvider"]?["triggerCharacters"] == [" ", ":", "["])
        #expect(capabilities["codeActionProvider"]?["codeActionKinds"] == ["quickfix", "source.fixAll", "source.sortKeys"])
        #expect(capabilities["renameProvider"] == ["prepareProvider": true])
        #expect(capabilities["documentHighlightProvider"] == .bool(true))
        #expect(capabilities["diagnosticProvider"]?["workspaceDiagnostics"] == .bool(true))
        try client.finish()
    }
}
