import Analysis
import Foundation
import SourceText
import Syntax
import Testing
@testable import Features

@Suite struct NavigationTests {
    static let set = """
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
    static let strategy = """
        kind: commissioning-strategy
        title: Living well
        hypotheses: ../sets/older.hypotheses.yaml
        future-services:
          - service: Reablement
            change: increase
            hypotheses: [H1, H2]
          - service: Carers' breaks
            change: new
            hypotheses:
              - H2

        """
    static let framework = """
        kind: commissioning-framework
        title: Framework
        documents:
          - title: The strategy
            relates-to: Sets out the plan.
            path: plans/living-well.strategy.yaml

        """

    let workspace = InMemoryWorkspace(files: [
        "sets/older.hypotheses.yaml": set,
        "plans/living-well.strategy.yaml": strategy,
        "northshire.framework.yaml": framework,
    ])

    private func cursor(on needle: String, occurrence: Int = 0, in text: String) -> Int {
        var searchStart = text.startIndex
        var found = text.startIndex
        for _ in 0...occurrence {
            guard let range = text.range(of: needle, range: searchStart..<text.endIndex) else { return -1 }
            found = range.lowerBound
            searchStart = range.upperBound
        }
        return text[..<found].utf8.count + 1
    }

    @Test func theHypothesesPathLeadsToTheSet() throws {
        let tree = workspace.tree("plans/living-well.strategy.yaml")
        let targets = Navigation.definition(in: tree, fileURL: workspace.url("plans/living-well.strategy.yaml"),
                                            at: cursor(on: "../sets", in: Self.strategy), documents: workspace)
        let target = try #require(targets.first)
        #expect(targets.count == 1)
        #expect(target.url.path == workspace.url("sets/older.hypotheses.yaml").path)
    }

    @Test func aHypothesisIdLeadsToItsDefinitionInTheSet() throws {
        let tree = workspace.tree("plans/living-well.strategy.yaml")
        let targets = Navigation.definition(in: tree, fileURL: workspace.url("plans/living-well.strategy.yaml"),
                                            at: cursor(on: "H2", in: Self.strategy), documents: workspace)
        let target = try #require(targets.first)
        #expect(target.url.path == workspace.url("sets/older.hypotheses.yaml").path)
        let start = offset(of: "H2", in: Self.set)
        #expect(target.range == TextRange(start: start, end: start + 2))
    }

    @Test func aFrameworksDocumentPathLeadsToTheDocument() throws {
        let tree = workspace.tree("northshire.framework.yaml")
        let targets = Navigation.definition(in: tree, fileURL: workspace.url("northshire.framework.yaml"),
                                            at: cursor(on: "plans/", in: Self.framework), documents: workspace)
        #expect(targets.map(\.url.path) == [workspace.url("plans/living-well.strategy.yaml").path])
        // A path to nothing leads nowhere.
        let broken = Parser.parse(Self.framework.replacingOccurrences(of: "living-well", with: "missing"))
        #expect(Navigation.definition(in: broken, fileURL: workspace.url("northshire.framework.yaml"),
                                      at: cursor(on: "plans/", in: Self.framework), documents: workspace).isEmpty)
    }

    @Test func theReferencesOfAHypothesisAreItsUsesInStrategies() throws {
        let tree = workspace.tree("sets/older.hypotheses.yaml")
        let at = cursor(on: "H2", in: Self.set)
        let uses = Navigation.references(in: tree, fileURL: workspace.url("sets/older.hypotheses.yaml"), at: at,
                                         includeDeclaration: false, documents: workspace)
        #expect(uses.count == 2)
        #expect(uses.allSatisfy { $0.url.path == workspace.url("plans/living-well.strategy.yaml").path })
        #expect(uses.map { Self.strategy.utf8Slice($0.range) } == ["H2", "H2"])
        let withDeclaration = Navigation.references(in: tree, fileURL: workspace.url("sets/older.hypotheses.yaml"), at: at,
                                                    includeDeclaration: true, documents: workspace)
        #expect(withDeclaration.count == 3)
        // From a use, the same answer.
        let fromUse = Navigation.references(in: workspace.tree("plans/living-well.strategy.yaml"), fileURL: workspace.url("plans/living-well.strategy.yaml"),
                                            at: cursor(on: "H2", occurrence: 1, in: Self.strategy), includeDeclaration: true, documents: workspace)
        #expect(fromUse.count == 3)
    }

    @Test func hypothesisIdsAreCompletedFromTheLinkedSet() throws {
        let marked = MarkedText(Self.strategy.replacingOccurrences(of: "      - H2\n", with: "      - ‸\n"))
        let items = Completion.items(in: Parser.parse(marked.text), schemaFile: "commissioning-strategy.schema.json", at: marked.offset,
                                     options: CompletionOptions(references: workspace.resolver(for: "plans/living-well.strategy.yaml")))
        #expect(items.map(\.label) == ["H1", "H2"])
        #expect(items.first?.documentation?.contains("Reablement after a fall prevents admissions.") == true)
        let flow = MarkedText(Self.strategy.replacingOccurrences(of: "[H1, H2]", with: "[H1, ‸]"))
        let flowItems = Completion.items(in: Parser.parse(flow.text), schemaFile: "commissioning-strategy.schema.json", at: flow.offset,
                                         options: CompletionOptions(references: workspace.resolver(for: "plans/living-well.strategy.yaml")))
        #expect(flowItems.map(\.label) == ["H2"])
    }

    @Test func hoverOnAHypothesisIdShowsTheHypothesis() throws {
        let info = Hover.info(in: workspace.tree("plans/living-well.strategy.yaml"), schemaFile: "commissioning-strategy.schema.json", diagnostics: [],
                              at: cursor(on: "H1", in: Self.strategy), references: workspace.resolver(for: "plans/living-well.strategy.yaml"))
        #expect(info?.markdown.contains("Reablement after a fall prevents admissions.") == true)
    }

    @Test func workspaceSymbolsFindTitlesSectionsAndHypotheses() {
        let all = WorkspaceSymbols.symbols(matching: "", in: workspace.allDocuments())
        #expect(all.contains { $0.kind == .document && $0.name == "Living well" })
        #expect(all.contains { $0.kind == .hypothesis && $0.name.hasPrefix("H1: Reablement") })
        #expect(all.contains { $0.kind == .section && $0.name == "future-services" })
        let h2 = WorkspaceSymbols.symbols(matching: "h2", in: workspace.allDocuments())
        #expect(h2.map(\.name) == ["H2: Carers' breaks prevent crises."])
        #expect(WorkspaceSymbols.symbols(matching: "fsrv", in: workspace.allDocuments()).map(\.name) == ["future-services"])
    }
}

extension String {
    func utf8Slice(_ range: TextRange) -> String { String(decoding: Array(utf8)[range.start..<range.end], as: UTF8.self) }
}
