import Testing
@testable import Rules

@Suite struct StrategyOvercommittedRuleTests {
    static func strategy(investments: [String], total: String?, period: String? = nil) -> String {
        var text = "kind: commissioning-strategy\n"
        if let period { text += "period: \(period)\n" }
        text += "future-services:\n"
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

    static let threeYears = "{from: 2026-04-01, to: 2029-03-31}"

    @Test func yearlyAmountsAreCountedOverThePeriodAgainstATotalOverThePeriod() throws {
        // £2m a year for 3 years plus £3m is £9m, over the £8m available.
        let run = RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£2m a year", "£3m"], total: "£8m", period: Self.threeYears))
        let message = try #require(run.messages.first)
        #expect(message.contains("invest £9,000,000 over the period 2026-04-01 – 2029-03-31, more than the £8,000,000 of `resources.total`"))
        #expect(message.contains("amounts a year are counted × 3 (the period spans 3 years), other amounts as written"))
        // £9m fits within £9m: not over.
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£2m a year", "£3m"], total: "£9m", period: Self.threeYears)).findings.isEmpty)
    }

    /// A period in financial years spans whole years: 2025/26 to 2028/29 is 4.
    @Test func aPeriodInFinancialYearsIsCountedInWholeYears() throws {
        let run = RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£2m a year"], total: "£7.5m", period: "{from: 2025/26, to: 2028/29}"))
        let message = try #require(run.messages.first)
        #expect(message.contains("invest £8,000,000 over the period 2025/26 – 2028/29 (2025-04-01 – 2029-03-31)"))
        #expect(message.contains("counted × 4 (the period spans 4 years)"))
    }

    @Test func aYearlyTotalIsCountedOverThePeriodAgainstSums() throws {
        // £3m a year over 18 months is £4.5m; £5m of sums is more.
        let run = RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£4m", "£1m"], total: "£3m per annum", period: "{from: 2026-04-01, to: 2027-09-30}"))
        let message = try #require(run.messages.first)
        #expect(message.contains("invest £5,000,000 over the period 2026-04-01 – 2027-09-30, more than the £3,000,000 a year (£4,500,000 over the 1.5 years) of `resources.total`"))
    }

    @Test func yearlyAmountsAgainstAYearlyTotalAreComparedAYear() throws {
        let run = RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£3.5m per year", "£250k a year", "£4m pa"], total: "£7.5m a year"))
        let message = try #require(run.messages.first)
        #expect(message.contains("invest £7,750,000 a year, more than the £7,500,000 a year of `resources.total`"))
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£3.5m per year", "£4m pa"], total: "£7.5m a year")).findings.isEmpty)
    }

    @Test func pricesAWeekOrAnHourAreLeftOutAndSaidSo() throws {
        let run = RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£4m", "£650 a week", "£21.50 an hour"], total: "£3m"))
        let message = try #require(run.messages.first)
        #expect(message.contains("invest £4,000,000 in all (2 investments priced a week or an hour left out, as a rate is not a total)"))
        // Only rates: nothing to compare.
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£650 a week"], total: "£1")).findings.isEmpty)
        // A total a week is not comparable with anything.
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£9m"], total: "£1 a week")).findings.isEmpty)
    }

    @Test func yearlyAmountsWithoutAPeriodAreLeftOutAndSaidSo() throws {
        let run = RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£4m", "£1m a year"], total: "£3m"))
        let message = try #require(run.messages.first)
        #expect(message.contains("invest £4,000,000 in all (1 investment a year left out, as the document has no `period` to count them over)"))
        // £1m a year alone, with no period, cannot be set against a total over the period.
        #expect(RuleRun(StrategyOvercommittedRule(), Self.strategy(investments: ["£9m a year"], total: "£3m")).findings.isEmpty)
    }

    @Test func examplesFireAndPass() {
        let metadata = StrategyOvercommittedRule.metadata
        #expect(!RuleRun(StrategyOvercommittedRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(StrategyOvercommittedRule(), metadata.passingExample).findings.isEmpty)
    }
}
