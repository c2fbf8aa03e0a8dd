import Testing
@testable import Rules

@Suite struct PeriodReversedRuleTests {
    @Test func aPeriodThatEndsBeforeItStartsIsReportedAtTo() throws {
        let text = "kind: commissioning-strategy\nperiod: {from: 2029-03-31, to: 2026-04-01}\n"
        let run = RuleRun(PeriodReversedRule(), text)
        #expect(run.rangeTexts == ["2026-04-01"])
        let finding = try #require(run.findings.first)
        #expect(finding.message.contains("ends (2026-04-01) before it starts (2029-03-31)"))
        #expect(finding.message.contains("swap `from` and `to`"))
        #expect(finding.related.map { run.tree.source.text(in: $0.range) } == ["2029-03-31"])
        let fixed = EditApplication.apply(try #require(finding.fixes.first).edits, to: text)
        #expect(fixed == "kind: commissioning-strategy\nperiod: {from: 2026-04-01, to: 2029-03-31}\n")
        #expect(RuleRun(PeriodReversedRule(), fixed).findings.isEmpty)
    }

    /// A financial year `from` starts on its 1 April, a `to` ends on its 31 March.
    @Test func aPeriodInFinancialYearsIsReadFromAprilToMarch() {
        let reversed = RuleRun(PeriodReversedRule(), "kind: commissioning-strategy\nperiod: {from: 2028/29, to: 2025/26}\n")
        #expect(reversed.rangeTexts == ["2025/26"])
        #expect(reversed.messages.first?.contains("The period ends (2025/26) before it starts (2028/29)") == true)
        // One financial year: 1 April 2025 to 31 March 2026.
        #expect(RuleRun(PeriodReversedRule(), "kind: commissioning-strategy\nperiod: {from: 2025/26, to: 2025/26}\n").findings.isEmpty)
        #expect(RuleRun(PeriodReversedRule(), "kind: commissioning-strategy\nperiod: {from: 2025/26, to: 2026-03-31}\n").findings.isEmpty)
        #expect(RuleRun(PeriodReversedRule(), "kind: commissioning-strategy\nperiod: {from: 2025/26, to: 2025-03-31}\n").rangeTexts == ["2025-03-31"])
    }

    @Test func blockStyleAndQuotedDatesAreRead() {
        let text = "kind: hypothesis-set\nperiod:\n  from: '2027-01-01'\n  to: \"2026-12-31\"\n"
        #expect(RuleRun(PeriodReversedRule(), text).rangeTexts == ["\"2026-12-31\""])
    }

    @Test func nearMisses() {
        // One-day period; invalid dates (date/invalid's to report); a missing end.
        #expect(RuleRun(PeriodReversedRule(), "kind: commissioning-strategy\nperiod: {from: 2026-04-01, to: 2026-04-01}\n").findings.isEmpty)
        #expect(RuleRun(PeriodReversedRule(), "kind: commissioning-strategy\nperiod: {from: 2029-02-30, to: 2026-04-01}\n").findings.isEmpty)
        #expect(RuleRun(PeriodReversedRule(), "kind: commissioning-strategy\nperiod: {from: 2029-03-31}\n").findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = PeriodReversedRule.metadata
        #expect(!RuleRun(PeriodReversedRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(PeriodReversedRule(), metadata.passingExample).findings.isEmpty)
    }
}
