import Testing
@testable import Rules

@Suite struct StrategyRationaleRuleTests {
    static func strategy(_ rationale: String) -> String {
        "kind: commissioning-strategy\ntitle: T\nrationale:\n" + rationale
    }

    static let market = "  market: Home care is bought from twelve independent providers.\n"
    static let need = "  need-for-change: Too few services support people at home.\n"
    static let managed = "  managed-change: The market will not grow rural supply by itself.\n"

    @Test func aConditionAnsweredNoNamesTheAlternativeOfTable21() throws {
        let run = RuleRun(StrategyRationaleRule(), Self.strategy(Self.market + "  need-for-change: false\n" + Self.managed))
        #expect(run.rangeTexts == ["false"])
        let message = try #require(run.messages.first)
        #expect(message.contains("answers no to 'There is a need for change'"))
        #expect(message.contains("not a tool for improving the quality of care in a particular care pathway"))
        #expect(message.contains("Table 2.1 suggests care pathway analysis and design instead"))
    }

    @Test(arguments: ["no", "No.", "'No – the service is run in-house.'", "none", "N/A"])
    func writtenNoesCount(answer: String) throws {
        let run = RuleRun(StrategyRationaleRule(), Self.strategy("  market: \(answer)\n" + Self.need + Self.managed))
        #expect(run.rangeTexts == [answer])
        #expect(run.messages.first?.contains("Table 2.1 suggests business planning, functional analysis or change management instead") == true)
    }

    @Test func aMissingConditionIsReportedAtTheRationaleKey() throws {
        let run = RuleRun(StrategyRationaleRule(), Self.strategy(Self.market + Self.need))
        #expect(run.rangeTexts == ["rationale"])
        let message = try #require(run.messages.first)
        #expect(message.contains("does not answer 'Change needs to be managed' (`managed-change:`)"))
        #expect(message.contains("market analysis and strategy"))
    }

    @Test func anEmptyConditionIsReportedAtItsKey() {
        let run = RuleRun(StrategyRationaleRule(), Self.strategy(Self.market + Self.need + "  managed-change:\n"))
        #expect(run.rangeTexts == ["managed-change"])
    }

    @Test func nearMisses() {
        // All three answered, one opening with "No" as part of an answer, one answered `true`.
        let text = Self.strategy("  market: No single provider dominates; twelve compete for contracts.\n  need-for-change: true\n" + Self.managed)
        #expect(RuleRun(StrategyRationaleRule(), text).findings.isEmpty)
        // No rationale at all is the schema's (a required section); other kinds are not checked.
        #expect(RuleRun(StrategyRationaleRule(), "kind: commissioning-strategy\ntitle: T\n").findings.isEmpty)
        #expect(RuleRun(StrategyRationaleRule(), "kind: commissioning-framework\nrationale:\n  market: false\n").findings.isEmpty)
    }
}
