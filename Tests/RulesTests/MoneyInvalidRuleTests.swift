import Testing
@testable import Rules

@Suite struct MoneyInvalidRuleTests {
    static func strategy(investment: String) -> String {
        "kind: commissioning-strategy\nfuture-services:\n  - service: Home care\n    change: maintain\n    investment: \(investment)\n"
    }

    @Test(arguments: ["about a million", "£1–2m", "$250k", "£1/4", "-£5m", "£1.5M"])
    func somethingThatIsNotMoneyIsReportedAtTheValue(amount: String) throws {
        let run = RuleRun(MoneyInvalidRule(), Self.strategy(investment: amount))
        #expect(run.rangeTexts == [amount])
        let message = try #require(run.messages.first)
        #expect(message.contains("is not an amount of money"))
        #expect(message.contains("£250k, £1.5m or £1/4m"))
    }

    @Test(arguments: ["£1m", "£1.5m", "£250k", "£250,000", "£1/4m", "250000", "1.5e6", "£2bn"])
    func moneyPasses(amount: String) {
        #expect(RuleRun(MoneyInvalidRule(), Self.strategy(investment: amount)).findings.isEmpty)
    }

    @Test func resourcesTotalIsCheckedToo() {
        let run = RuleRun(MoneyInvalidRule(), "kind: commissioning-strategy\nresources:\n  total: twelve million\n")
        #expect(run.rangeTexts == ["twelve million"])
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = MoneyInvalidRule.metadata
        #expect(!RuleRun(MoneyInvalidRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(MoneyInvalidRule(), metadata.passingExample).findings.isEmpty)
    }
}
