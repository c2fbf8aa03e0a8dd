import Testing
@testable import Rules

@Suite struct StrategyOvercommittedRuleTests {
    static func strategy(investments: [String], total: String?) -> String {
        var text = "kind: commissioning-strategy\nfuture-services:\n"
        for (index, investment) in investments.enumerated() {
            text += "  - service: Service \(index + 1)\n    change: new\n    investment: \(investment)\n"
        }
        if let total { text += "resources:\n  total: \(total)\n" }
        return text
    }

    @Test func investmentsOverTheTotalAreReportedWithBothSums() throws {
        let run = RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£1.5m", "£750k", "£1/4m", "1000000"], total: "£3m"))
        #expect(run.rangeTexts == ["future-services"])
        let finding = try #require(run.findings.first)
        #expect(finding.message.contains("invest £3,500,000 in all, more than the £3,000,000 of `resources.total`"))
        #expect(finding.message.contains("Reduce or re-phase investments, or correct the total"))
        #expect(finding.related.map { run.tree.source.text(in: $0.range) } == ["£3m"])
    }

    @Test func amountsThatAreNotMoneyAreLeftOutAndSaidSo() throws {
        let run = RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£2m", "lots", "£2m"], total: "£3m"))
        #expect(run.messages.first?.contains("invest £4,000,000 in all (1 investment that is not money left out)") == true)
    }

    @Test func nearMisses() {
        // Exactly the total (£0.1m + £0.2m is not a hair over £0.3m); no total; a total that is not money; no parsable investment.
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£0.1m", "£0.2m"], total: "£0.3m")).findings.isEmpty)
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£9m"], total: nil)).findings.isEmpty)
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£9m"], total: "plenty")).findings.isEmpty)
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["lots"], total: "£1")).findings.isEmpty)
    }
}
