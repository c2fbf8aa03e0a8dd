import Schema
import Testing
@testable import Rules

@Suite struct StrategyNoSpendingPlanRuleTests {
    static func strategy(investments: [String?], total: String?) -> String {
        var text = "kind: commissioning-strategy\nfuture-services:\n"
        for (index, investment) in investments.enumerated() {
            text += "  - service: Service \(index + 1)\n    change: new\n"
            if let investment { text += "    investment: \(investment)\n" }
        }
        if let total { text += "resources:\n  total: \(total)\n" }
        return text
    }

    @Test func sayingWhichOfTheTwoIsMissing() {
        let neither = RuleRun(StrategyNoSpendingPlanRule(), Self.strategy(investments: [nil, nil], total: nil))
        #expect(neither.rangeTexts == ["future-services"])
        #expect(neither.messages.first?.contains("no future service has an `investment:` and there is no `resources: total:`") == true)

        let noInvestment = RuleRun(StrategyNoSpendingPlanRule(), Self.strategy(investments: [nil], total: "£3m"))
        #expect(noInvestment.rangeTexts == ["future-services"])
        #expect(noInvestment.messages.first?.hasPrefix("No future service says what will be spent on it.") == true)

        let noTotal = RuleRun(StrategyNoSpendingPlanRule(), Self.strategy(investments: ["£1m", nil], total: nil))
        #expect(noTotal.rangeTexts == ["future-services"])
        #expect(noTotal.messages.first?.hasPrefix("The strategy plans investments but does not say what money is available.") == true)

        let emptyResources = RuleRun(StrategyNoSpendingPlanRule(), Self.strategy(investments: ["£1m"], total: nil) + "resources:\n  summary: A pooled budget.\n")
        #expect(emptyResources.rangeTexts == ["resources"])
    }

    @Test func aPlanWithMoneyAndATotalPasses() {
        #expect(RuleRun(StrategyNoSpendingPlanRule(), Self.strategy(investments: ["£1m", nil], total: "£3m")).findings.isEmpty)
        // A placeholder counts as written: content/placeholder reports it, once.
        #expect(RuleRun(StrategyNoSpendingPlanRule(), Self.strategy(investments: ["TBC"], total: "TBC")).findings.isEmpty)
        // No future services at all is the schema's to report; other kinds are not strategies.
        #expect(RuleRun(StrategyNoSpendingPlanRule(), "kind: commissioning-strategy\ntitle: Older people\n").findings.isEmpty)
        #expect(RuleRun(StrategyNoSpendingPlanRule(), "kind: commissioning-strategy\nfuture-services: []\n").findings.isEmpty)
        #expect(RuleRun(StrategyNoSpendingPlanRule(), "kind: market-position-statement\nfuture-services:\n  - service: x\n").findings.isEmpty)
    }
}

@Suite struct StrategyMonitoringIncompleteRuleTests {
    static func monitoring(_ lines: String) -> String {
        "kind: commissioning-strategy\nmonitoring:\n  arrangements: The joint commissioning board reviews progress every quarter.\n" + lines
    }

    @Test func namesWhatIsMissing() {
        let neither = RuleRun(StrategyMonitoringIncompleteRule(), Self.monitoring(""))
        #expect(neither.rangeTexts == ["monitoring"])
        #expect(neither.messages.first?.hasPrefix("Monitoring has no review date and no indicators") == true)
        #expect(neither.messages.first?.contains("Add a `review-date:` (when the strategy will next be reviewed, YYYY-MM-DD, inside the period) and `indicators:`") == true)
        let noDate = RuleRun(StrategyMonitoringIncompleteRule(), Self.monitoring("  indicators: [Emergency admissions per 1,000 people aged 65 and over]\n"))
        #expect(noDate.messages.first?.hasPrefix("Monitoring has no review date,") == true)
        let noIndicators = RuleRun(StrategyMonitoringIncompleteRule(), Self.monitoring("  review-date: 2027-09-30\n  indicators: []\n"))
        #expect(noIndicators.messages.first?.hasPrefix("Monitoring has no indicators,") == true)
    }

    @Test func completeMonitoringAndPlaceholdersPass() {
        #expect(RuleRun(StrategyMonitoringIncompleteRule(), Self.monitoring("  review-date: 2027-09-30\n  indicators: [Carers who get a break]\n")).findings.isEmpty)
        // Placeholders are content/placeholder's, reported once where they stand.
        #expect(RuleRun(StrategyMonitoringIncompleteRule(), Self.monitoring("  review-date: TBC\n  indicators: [TBC]\n")).findings.isEmpty)
        // Monitoring that is not a mapping (a placeholder, or missing) is reported by others.
        #expect(RuleRun(StrategyMonitoringIncompleteRule(), "kind: commissioning-strategy\nmonitoring: Not stated\n").findings.isEmpty)
        #expect(RuleRun(StrategyMonitoringIncompleteRule(), "kind: commissioning-strategy\n").findings.isEmpty)
    }
}

@Suite struct StrategyGapNotPlannedRuleTests {
    static func strategy(gaps: [String], changes: [String]) -> String {
        var text = "kind: commissioning-strategy\ngaps:\n"
        for (index, action) in gaps.enumerated() { text += "  - description: Gap \(index + 1)\n    action: \(action)\n" }
        text += "future-services:\n"
        for (index, change) in changes.enumerated() { text += "  - service: Service \(index + 1)\n    change: \(change)\n" }
        return text
    }

    @Test func aGapKindNoServiceActsOnIsReportedOnceOnItsFirstGap() throws {
        let run = RuleRun(StrategyGapNotPlannedRule(), Self.strategy(gaps: ["increase", "reduce", "increase"], changes: ["maintain", "decommission"]))
        #expect(run.rangeTexts == ["increase"])
        let finding = try #require(run.findings.first)
        #expect(finding.message == "Gaps 1 and 3 call for services to be increased, but no future service does that. Add the future service that acts on it (`change: increase` or `change: new`), or say in the gap how else it will be met.")
        #expect(finding.related.map { run.tree.source.text(in: $0.range) } == ["increase"])
    }

    @Test func anyChangeOfTheRightKindAnswersTheGap() {
        #expect(RuleRun(StrategyGapNotPlannedRule(), Self.strategy(gaps: ["increase"], changes: ["new"])).findings.isEmpty)
        #expect(RuleRun(StrategyGapNotPlannedRule(), Self.strategy(gaps: ["reduce"], changes: ["maintain", "decommission"])).findings.isEmpty)
        #expect(RuleRun(StrategyGapNotPlannedRule(), Self.strategy(gaps: ["redevelop"], changes: ["new"])).findings.isEmpty)
        #expect(RuleRun(StrategyGapNotPlannedRule(), Self.strategy(gaps: ["redevelop"], changes: ["maintain"])).findings.count == 1)
    }

    @Test func anUnfinishedPlanIsLeftToOtherRules() {
        // No plan, a change still a placeholder, a gap action that is not a term.
        #expect(RuleRun(StrategyGapNotPlannedRule(), "kind: commissioning-strategy\ngaps:\n  - description: Gap\n    action: increase\n").findings.isEmpty)
        #expect(RuleRun(StrategyGapNotPlannedRule(), Self.strategy(gaps: ["increase"], changes: ["maintain", "TBC"])).findings.isEmpty)
        #expect(RuleRun(StrategyGapNotPlannedRule(), Self.strategy(gaps: ["grow"], changes: ["maintain"])).findings.isEmpty)
    }

    /// Which changes act on which gap is data; every change listed is a real one, and every
    /// change that alters a service answers some gap (only `maintain` changes nothing). When a
    /// change is added to the vocabulary, this says to list it under the gap actions it answers.
    @Test func theMappingIsDataAndCoversEveryChange() throws {
        let vocabulary = Vocabulary.shared
        let changes = try #require(vocabulary.list(StrategyGapNotPlannedRule.changeVocabulary)).ids
        let actions = try #require(vocabulary.list(StrategyGapNotPlannedRule.actionVocabulary)).terms
        let mapped = actions.flatMap(StrategyGapNotPlannedRule.changes)
        #expect(actions.allSatisfy { !StrategyGapNotPlannedRule.changes(for: $0).isEmpty })
        #expect(Set(mapped).isSubset(of: changes), "\(mapped) names a change the vocabulary does not have")
        #expect(Set(changes).subtracting(mapped) == ["maintain"], "list every new service change under the gap actions it answers (x-service-changes)")
    }
}
