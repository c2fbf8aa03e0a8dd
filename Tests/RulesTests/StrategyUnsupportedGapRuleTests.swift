import Testing
@testable import Rules

@Suite struct StrategyUnsupportedGapRuleTests {
    @Test func aGapWithoutEvidenceIsReportedAtItsDescriptionKey() throws {
        let text = """
            kind: commissioning-strategy
            gaps:
              - description: Not enough intensive rehabilitation after falls.
                action: increase
                evidence: [need, performance]
              - action: increase
                description: Too few breaks for carers.

            """
        let run = RuleRun(StrategyUnsupportedGapRule(), text)
        #expect(run.rangeTexts == ["description"])
        #expect(try #require(run.findings.first).range.start > text.utf8.count / 2)
        let message = try #require(run.messages.first)
        #expect(message.contains("Gap 2 cites no evidence"))
        #expect(message.contains("Add `evidence:` with the kinds that show it (need, performance or experience)"))
    }

    @Test func anEmptyEvidenceListIsReportedAtItsKey() {
        let run = RuleRun(StrategyUnsupportedGapRule(), "kind: commissioning-strategy\ngaps:\n  - description: Too few breaks.\n    evidence: []\n")
        #expect(run.rangeTexts == ["evidence"])
    }

    @Test func nearMisses() {
        #expect(RuleRun(StrategyUnsupportedGapRule(), "kind: commissioning-strategy\ngaps:\n  - {description: Too few breaks., evidence: [experience]}\n").findings.isEmpty)
        #expect(RuleRun(StrategyUnsupportedGapRule(), "kind: market-position-statement\ngaps:\n  - description: Too few breaks.\n").findings.isEmpty)
    }
}
