import Testing
@testable import Rules

@Suite struct MarketPositionOneSidedSupplyRuleTests {
    @Test func strengthsWithoutWeaknessesAreReportedAtStrengths() throws {
        let text = "kind: market-position-statement\nsupply:\n  summary: Twelve providers.\n  strengths:\n    - Reablement is rated good.\n"
        let run = RuleRun(MarketPositionOneSidedSupplyRule(), text)
        #expect(run.rangeTexts == ["strengths"])
        let message = try #require(run.messages.first)
        #expect(message.contains("lists strengths but no weaknesses"))
        #expect(message.contains("Add `weaknesses:`"))
    }

    @Test func weaknessesWithoutStrengthsAreReportedAtWeaknesses() throws {
        let text = "kind: market-position-statement\nsupply:\n  weaknesses: [Home care is hard to buy in the north.]\n  strengths: []\n"
        let run = RuleRun(MarketPositionOneSidedSupplyRule(), text)
        #expect(run.rangeTexts == ["weaknesses"])
        #expect(run.messages.first?.contains("Add `strengths:`") == true)
    }

    @Test func nearMisses() {
        // Both sides; neither (only a summary: nothing one-sided); another kind.
        #expect(RuleRun(MarketPositionOneSidedSupplyRule(), "kind: market-position-statement\nsupply:\n  strengths: [Good reablement.]\n  weaknesses: [Thin rural supply.]\n").findings.isEmpty)
        #expect(RuleRun(MarketPositionOneSidedSupplyRule(), "kind: market-position-statement\nsupply:\n  summary: Twelve providers.\n").findings.isEmpty)
        #expect(RuleRun(MarketPositionOneSidedSupplyRule(), "kind: commissioning-strategy\nsupply:\n  strengths: [Good reablement.]\n").findings.isEmpty)
    }
}
