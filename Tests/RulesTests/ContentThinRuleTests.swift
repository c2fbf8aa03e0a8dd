import Schema
import Testing
@testable import Rules

@Suite struct ContentThinRuleTests {
    static let oneLetterMPS = """
        kind: market-position-statement
        market: m
        direction: d
        demand:
          summary: s
        supply:
          strengths: [s]
          weaknesses: [w]
        models-of-practice: m
        resourcing:
          summary: r
        support:
          choice: c
          innovation: i
          development: d
        """

    @Test func anMPSOfOneLetterElementsGetsAFindingOnEach() throws {
        let run = RuleRun(ContentThinRule(), Self.oneLetterMPS)
        #expect(run.findings.count == 10)
        #expect(run.rangeTexts.prefix(3) == ["m", "d", "s"])
        let direction = try #require(run.messages.dropFirst().first)
        #expect(direction == "`direction` says little (1 word) for what it must hold: A summary of the direction the commissioning organisation(s) wish to take and the purpose of the document (Table 2.7) [\(Bibliography.shared.citation(for: "001_b648799edb4670db.txt:350") ?? "no citation")]. Write at least 10 words.")
    }

    @Test func aStrategyElementUnderItsFloorFiresAndOneAtItPasses() {
        let thin = "kind: commissioning-strategy\ncurrent-services: Twelve providers, mostly good.\n"
        #expect(RuleRun(ContentThinRule(), thin).messages.first?.hasPrefix("`current-services` says little (4 words)") == true)
        let enough = "kind: commissioning-strategy\ncurrent-services: >-\n  Twelve providers deliver 21,400 hours a week; most are rated good, but packages wait\n  longest to start in the rural north.\n"
        #expect(RuleRun(ContentThinRule(), enough).findings.isEmpty)
        // One real sentence is enough for any element: the floors catch the empty, not the brief.
        let sentence = "kind: commissioning-strategy\nneeds-assessment:\n  summary: The council and the NHS trust run separate waiting lists for reablement.\n"
        #expect(RuleRun(ContentThinRule(), sentence).findings.isEmpty)
    }

    @Test func aListCountsAllItsPointsAndListItemsAreFoundByIndex() {
        let framework = """
            kind: commissioning-framework
            principles:
              - People at the centre
              - Equal stages
            roles:
              - who: The joint commissioning board
                does: Agrees the strategy and its budget.
              - who: The carers' forum
                does: Helps
            """
        let run = RuleRun(ContentThinRule(), framework)
        #expect(run.rangeTexts == ["Helps"])
        #expect(run.messages.first?.hasPrefix("`does` in item 2 of `roles` says little (1 word)") == true)
    }

    @Test func placeholdersBlanksAndOtherTypesAreLeftToOtherRules() {
        let text = """
            kind: market-position-statement
            market: TBC
            direction:
            demand:
              summary: 12
            supply:
              strengths: [TODO]
            """
        #expect(RuleRun(ContentThinRule(), text).findings.isEmpty)
        #expect(RuleRun(ContentThinRule(), "kind: hypothesis-set\ntitle: x\n").findings.isEmpty)
    }

    @Test func theThresholdsAreDataAndTheExplanationListsThem() {
        let strategy = ContentThinRule.minimums["commissioning-strategy"] ?? []
        #expect(strategy.map { ContentThinRule.pathText($0.path) }.contains("policy-context"))
        #expect(strategy.allSatisfy { $0.minimumWords > 0 && !$0.documentation.source.isEmpty })
        for kind in ["commissioning-strategy", "market-position-statement", "commissioning-framework"] {
            #expect((ContentThinRule.minimums[kind] ?? []).count >= 8, "\(kind)")
        }
        #expect(ContentThinRule.metadata.explanation.contains("`gaps[].description` 4"))
    }
}
