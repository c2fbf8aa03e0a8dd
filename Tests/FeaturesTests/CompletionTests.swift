import Analysis
import Rules
import Schema
import SourceText
import Syntax
import Testing
@testable import Features

@Suite struct CompletionTests {
    static let framework = """
        kind: commissioning-framework
        title: Northshire framework
        population: Adults

        """

    private func complete(_ marked: String, name: String = "doc.yaml", options: CompletionOptions = CompletionOptions()) -> (items: [CompletionItem], text: MarkedText) {
        let text = MarkedText(marked)
        return (Completion.items(in: analyze(text.text, name: name), at: text.offset, options: options), text)
    }

    private var areas: [String] { Vocabulary.shared.matrix.areas.ids }
    private var levels: [String] { Vocabulary.shared.matrix.levels.ids }

    @Test func keysAtTheStartOfAnExistingKeyReplaceThatKey() throws {
        let (items, text) = complete("kind: commissioning-strategy\n‸title: Older people\n")
        let labels = items.filter { $0.kind == .section }.map(\.label)
        #expect(labels.contains("title"))
        #expect(labels.contains("population"))
        #expect(!labels.contains("kind"), "present keys are not offered")
        let title = try #require(items.first { $0.label == "title" })
        #expect(title.replacing == TextRange(start: text.offset, end: text.offset + 5))
        // The key already has its colon: only the name is inserted.
        #expect(items.first { $0.label == "population" }?.insertText == "population")
    }

    @Test func keysOnAFreshLineAreTheMissingSectionsRequiredFirstWithTheirPurposeAndSource() throws {
        let (items, text) = complete("kind: commissioning-strategy\ntitle: Older people\n‸")
        let strategy = try #require(Vocabulary.shared.kind(id: "commissioning-strategy"))
        let sections = items.filter { $0.kind == .section }
        #expect(Set(sections.map(\.label)) == Set(strategy.sections.map(\.key)).subtracting(["kind", "title"]))
        #expect(sections.allSatisfy { $0.replacing == .empty(at: text.offset) })
        let firstOptional = try #require(sections.sorted { ($0.sortText ?? "") < ($1.sortText ?? "") }.firstIndex { item in
            strategy.section(item.label)?.isRequired == false
        })
        let sorted = sections.sorted { ($0.sortText ?? "") < ($1.sortText ?? "") }
        #expect(sorted[..<firstOptional].allSatisfy { strategy.section($0.label)?.isRequired == true })
        let monitoring = try #require(sections.first { $0.label == "monitoring" })
        let section = try #require(strategy.section("monitoring"))
        #expect(monitoring.documentation?.contains(section.description) == true)
        #expect(monitoring.documentation?.contains(Bibliography.shared.citation(for: section.source, style: .markdown) ?? "no citation for section.source") == true)
        #expect(monitoring.insertText == "monitoring:\n  $0" && monitoring.isSnippet)
        #expect(items.first { $0.label == "approach" }?.insertText == "approach: ")
    }

    @Test func insertionsUseTheDocumentsLineBreaks() throws {
        let (items, _) = complete("kind: commissioning-strategy\r\ntitle: Older people\r\n‸")
        #expect(items.first { $0.label == "monitoring" }?.insertText == "monitoring:\r\n  $0")
        let skeleton = try #require(items.first { $0.kind == .snippet && $0.filterText == "monitoring" })
        #expect(!skeleton.insertText.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func valuesAfterApproachAreTheFourApproachesWithDefinitions() throws {
        let (items, text) = complete(Self.framework + "approach: ‸\n")
        #expect(items.map(\.label) == ["separate", "parallel", "joint", "integrated"])
        let joint = try #require(items.first { $0.label == "joint" })
        let term = try #require(Vocabulary.shared.list("approach")?.term("joint"))
        #expect(joint.documentation?.contains(term.definition) == true)
        #expect(joint.documentation?.contains(Bibliography.shared.citation(for: term.source, style: .markdown) ?? "no citation for term.source") == true)
        #expect(joint.replacing == .empty(at: text.offset))
        #expect(joint.insertText == "joint")
    }

    @Test func aPartlyTypedValueIsReplacedWhole() throws {
        let (items, text) = complete(Self.framework + "approach: jo‸int\n")
        let joint = try #require(items.first { $0.label == "joint" })
        #expect(joint.replacing == TextRange(start: text.offset - 2, end: text.offset + 3))
    }

    @Test func underIntegrationTheSevenAreasMinusThosePresent() {
        let (all, _) = complete(Self.framework + "integration:\n  ‸\n")
        #expect(all.filter { $0.kind == .property }.map(\.label) == areas)
        let (rest, _) = complete(Self.framework + "integration:\n  contracting:\n    current: joint\n  ‸\n")
        #expect(rest.filter { $0.kind == .property }.map(\.label) == areas.filter { $0 != "contracting" })
    }

    @Test func anAreaTypedWithoutColonIsCompletedAndItsWordReplaced() throws {
        let (items, text) = complete(Self.framework + "integration:\n  purpose-and-‸\n")
        #expect(items.filter { $0.kind == .property }.map(\.label) == areas)
        let item = try #require(items.first { $0.label == "purpose-and-strategy" })
        #expect(item.replacing == TextRange(start: text.offset - "purpose-and-".utf8.count, end: text.offset))
        #expect(item.insertText == "purpose-and-strategy:\n    $0" && item.isSnippet)
        // Also when the area being typed follows others.
        let (later, _) = complete(Self.framework + "integration:\n  contracting:\n    current: joint\n  purpose-and-‸\n")
        #expect(later.contains { $0.label == "purpose-and-strategy" })
        #expect(!later.contains { $0.label == "contracting" })
    }

    @Test func aLevelWithNoValueOffersTheFourLevelsWithTheCellsActivities() throws {
        let (items, text) = complete(Self.framework + "integration:\n  contracting:\n    current:‸\n")
        #expect(items.map(\.label) == levels)
        let joint = try #require(items.first { $0.label == "joint" })
        #expect(joint.insertText == " joint", "a space after the bare colon")
        #expect(joint.replacing == .empty(at: text.offset))
        #expect(joint.documentation?.contains("joint block contracts") == true)
        let (target, _) = complete(Self.framework + "integration:\n  contracting:\n    current: joint\n    target: ‸\n")
        #expect(target.map(\.label) == levels)
    }

    @Test func afterAnUnclosedQuoteOnTheLineAbove() {
        let (items, _) = complete(Self.framework + "integration:\n  contracting:\n    evidence: \"Agencies inform each other\n    current: ‸\n")
        #expect(items.map(\.label) == levels)
        let (keys, _) = complete(Self.framework + "title2: 'unclosed\nintegration:\n  ‸\n")
        #expect(keys.filter { $0.kind == .property }.map(\.label) == areas)
    }

    @Test func inADocumentWithSyntaxErrorsElsewhere() {
        let marked = Self.framework + "principles: [a, b\n  bad: &anchor x\napproach: ‸\n"
        let text = MarkedText(marked)
        #expect(!analyze(text.text).tree.diagnostics.isEmpty)
        #expect(complete(marked).items.map(\.label) == ["separate", "parallel", "joint", "integrated"])
    }

    @Test func insideEvidenceTheAreasActivitiesOfEveryLevel() throws {
        let (items, text) = complete(Self.framework + "integration:\n  contracting:\n    current: joint\n    evidence: ‸\n")
        let cells = levels.compactMap { Vocabulary.shared.matrix.cell(area: "contracting", level: $0) }
        #expect(items.map(\.label) == cells.flatMap { $0.activities.map(\.text) })
        let joint = try #require(items.first { $0.label.contains("joint block contracts") })
        #expect(joint.detail?.hasPrefix("Joint") == true)
        #expect(joint.kind == .activity)
        #expect(joint.replacing == .empty(at: text.offset))
        // Evidence already written is replaced as a whole.
        let (replacing, written) = complete(Self.framework + "integration:\n  contracting:\n    evidence: Agencies inf‸\n")
        let start = offset(of: "Agencies inf", in: written.text)
        #expect(replacing.first?.replacing == TextRange(start: start, end: start + "Agencies inf".utf8.count))
    }

    @Test func listItemsOfAVocabularySkipWhatIsListed() {
        let (items, _) = complete("kind: commissioning-strategy\nlevers:\n  - contracts\n  - ‸\n")
        let levers = Vocabulary.shared.list("lever")?.ids ?? []
        #expect(items.map(\.label) == levers.filter { $0 != "contracts" })
        let (flow, _) = complete("kind: commissioning-strategy\nlevers: [contracts, ‸\n")
        #expect(flow.map(\.label) == levers.filter { $0 != "contracts" })
    }

    /// `market-situation` is one situation or a list of them: both are completed from Table 2.3.
    @Test func aMarketSituationIsCompletedAsOneValueOrAsAListItem() {
        let situations = Vocabulary.shared.list("market-situation")?.ids ?? []
        #expect(situations.count == 4)
        let (one, _) = complete("kind: market-position-statement\nmarket-situation: ‸\n")
        #expect(one.map(\.label) == situations)
        let (listed, _) = complete("kind: market-position-statement\nmarket-situation:\n  - mixed-funding\n  - ‸\n")
        #expect(listed.map(\.label) == situations.filter { $0 != "mixed-funding" })
    }

    @Test func aListItemOfObjectsOffersItsKeys() {
        let (items, _) = complete("kind: commissioning-strategy\naims:\n  - ‸\n")
        #expect(items.filter { $0.kind == .property }.map(\.label) == ["statement", "purpose"])
        let (typed, _) = complete("kind: commissioning-strategy\naims:\n  - statement: Fewer admissions\n    ‸\n")
        #expect(typed.filter { $0.kind == .property }.map(\.label) == ["purpose"])
    }

    @Test func theCycleOffersTheStagesOfTheDeclaredModel() throws {
        let csp = try #require(Vocabulary.shared.model(id: "csp-2009"))
        let ipc = try #require(Vocabulary.shared.defaultModel)
        let (declared, _) = complete(Self.framework + "model: csp-2009\ncycle:\n  ‸\n")
        #expect(declared.filter { $0.kind == .property }.map(\.label) == csp.stages.ids)
        let (byDefault, _) = complete(Self.framework + "cycle:\n  ‸\n")
        #expect(byDefault.filter { $0.kind == .property }.map(\.label) == ipc.stages.ids)
    }

    @Test func anUnknownKindOffersKindAndTheKinds() {
        let (keys, _) = complete("‸")
        #expect(keys.map(\.label) == ["kind"])
        let (kinds, _) = complete("kind: ‸\n")
        #expect(kinds.map(\.label) == Vocabulary.shared.kinds.map(\.id))
        // A file whose suffix says the kind gets that kind's sections.
        let (implied, _) = complete("title: x\n‸", name: "a.hypotheses.yaml")
        #expect(implied.contains { $0.label == "hypotheses" })
    }

    @Test func nothingInsideACommentOrAfterAFinishedValue() {
        #expect(complete(Self.framework + "approach: joint # a comm‸ent\n").items.isEmpty)
        #expect(complete(Self.framework + "approach: joint ‸\n").items.isEmpty)
    }

    /// In a snippet, `$`, `}` and `\` are syntax: written text escapes them, in keys, comments
    /// and placeholders alike (and `,` and `|` inside a choice).
    @Test func snippetSkeletonsEscapeSnippetSyntax() {
        var renderer = SkeletonRenderer(snippet: true)
        let entry = SkeletonEntry(key: "a$b", comment: ["costs $5 {x} \\ y"], value: .mapping([
            SkeletonEntry(key: "text", comment: [], value: .scalar(text: "TO}DO", json: .string("TO}DO"), choices: [])),
            SkeletonEntry(key: "level", comment: [], value: .scalar(text: "a", json: .string("a"), choices: ["a,1", "b|2"])),
        ]))
        #expect(renderer.render([entry]) == ["# costs \\$5 {x\\} \\\\ y", "a\\$b:", "  text: ${1:TO\\}DO}", "  level: ${2|a\\,1,b\\|2|}"])
        var plain = SkeletonRenderer()
        #expect(plain.render([entry]) == ["# costs $5 {x} \\ y", "a$b:", "  text: TO}DO", "  level: a  # a,1 | b|2"])
    }

    @Test func skeletonSnippetsOnlyForClientsThatExpandThem() throws {
        let (items, _) = complete("kind: commissioning-strategy\ntitle: x\n‸")
        let monitoring = try #require(items.first { $0.kind == .snippet && $0.filterText == "monitoring" })
        #expect(monitoring.isSnippet)
        // The section as `new` writes it (its comments, its keys), each value a placeholder.
        let strategy = try #require(Vocabulary.shared.kind(named: "strategy"))
        let written = try #require(DocumentSkeleton.section("monitoring", of: strategy)).joined(separator: "\n")
        #expect(monitoring.insertText == written.replacingOccurrences(of: "arrangements: TODO", with: "arrangements: ${1:TODO}") + "\n$0")
        let matrix = try #require(items.first { $0.kind == .snippet && $0.filterText == "integration" })
        for area in areas { #expect(matrix.insertText.contains("\n  \(area):\n    current: ${") || matrix.insertText.contains("\n  \(area):\n    # Current level")) }
        #expect(matrix.insertText.contains("\n  contracting:\n    current: ${"))
        #expect(matrix.insertText.contains("|separate,parallel,joint,integrated|}"))
        let plain = complete("kind: commissioning-strategy\ntitle: x\n‸", options: CompletionOptions(snippets: false)).items
        #expect(!plain.contains { $0.kind == .snippet })
        // Without snippets, no line break at all: a collection's key alone, the writer goes on.
        #expect(!plain.contains { $0.isSnippet || $0.insertText.contains("\n") || $0.insertText.contains("\r") })
        #expect(plain.first { $0.label == "monitoring" }?.insertText == "monitoring:")
        let area = complete(Self.framework + "integration:\n  purpose-and-‸\n", options: CompletionOptions(snippets: false)).items
        #expect(area.first { $0.label == "purpose-and-strategy" }?.insertText == "purpose-and-strategy:")
    }

    @Test func theWorkspaceConfigurationIsCompletedFromItsOwnSchema() {
        let keys = MarkedText("rules:\n  hypothesis/count: off\n‸")
        let keyItems = Completion.items(in: Parser.parse(keys.text), schemaFile: ConfigurationLoader.schemaFile, at: keys.offset)
        #expect(keyItems.filter { $0.kind == .section }.map(\.label) == ["ignore", "vocabulary"])
        let value = MarkedText("rules:\n  hypothesis/count: ‸\n")
        let values = Completion.items(in: Parser.parse(value.text), schemaFile: ConfigurationLoader.schemaFile, at: value.offset)
        #expect(values.map(\.label) == ["off", "hint", "info", "warning", "error"])
    }

    @Test func localVocabularyFromTheConfiguration() throws {
        let configuration = Configuration(extraVocabulary: [
            "stakeholder-group": [LocalTerm(id: "northshire-carers-forum", label: "Northshire Carers' Forum", definition: "The county's carers' forum.")],
        ])
        let marked = "kind: commissioning-strategy\ndevelopment:\n  stakeholders:\n    - group: ‸\n"
        let (items, _) = complete(marked, options: CompletionOptions(configuration: configuration))
        let local = try #require(items.first { $0.label == "northshire-carers-forum" })
        #expect(local.documentation?.contains("The county's carers' forum.") == true)
        #expect(items.contains { $0.label == "service-users" })
    }
}
