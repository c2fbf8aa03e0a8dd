import Testing
@testable import Rules

@Suite struct StrategyAimPurposeRuleTests {
    @Test func anAimWithoutPurposeIsReportedAtItsFirstKeyWithOneFixPerPurpose() throws {
        let text = """
            kind: commissioning-strategy
            aims:
              - statement: To reduce the number of older people who require acute hospital care.
                purpose: better-outcomes
              - statement: To reduce the costs of care by delivering services locally.

            """
        let run = RuleRun(StrategyAimPurposeRule(), text)
        #expect(run.rangeTexts == ["statement"])
        let finding = try #require(run.findings.first)
        #expect(finding.range.start > text.utf8.count / 2, "the second aim")
        #expect(finding.message.contains("Aim 2 does not say which overall aim of commissioning it serves"))
        #expect(finding.message.contains("Add `purpose:` (better-outcomes, needs-match, efficiency)"))
        #expect(finding.fixes.map(\.title) == [
            "Set `purpose: better-outcomes` (Better outcomes for service users)",
            "Set `purpose: needs-match` (Services better matched to the needs of the population)",
            "Set `purpose: efficiency` (Greater efficiency or effectiveness from services)",
        ])
        let fixed = EditApplication.apply(finding.fixes[2].edits, to: text)
        #expect(fixed.hasSuffix("  - statement: To reduce the costs of care by delivering services locally.\n    purpose: efficiency\n"))
        #expect(RuleRun(StrategyAimPurposeRule(), fixed).findings.isEmpty)
    }

    @Test func anEmptyPurposeIsFilledInPlace() throws {
        let text = "kind: commissioning-strategy\naims:\n  - statement: To reduce admissions.\n    purpose:\n"
        let finding = try #require(RuleRun(StrategyAimPurposeRule(), text).findings.first)
        #expect(RuleRun(StrategyAimPurposeRule(), text).rangeTexts == ["purpose"])
        let fixed = EditApplication.apply(finding.fixes[0].edits, to: text)
        #expect(fixed == "kind: commissioning-strategy\naims:\n  - statement: To reduce admissions.\n    purpose: better-outcomes\n")
    }

    @Test func aFlowAimGetsNoFix() throws {
        let finding = try #require(RuleRun(StrategyAimPurposeRule(), "kind: commissioning-strategy\naims:\n  - {statement: To reduce admissions.}\n").findings.first)
        #expect(finding.fixes.isEmpty)
    }

    @Test func nearMisses() {
        // Every aim has a purpose; a wrong purpose is the schema's to report; another kind.
        #expect(RuleRun(StrategyAimPurposeRule(), "kind: commissioning-strategy\naims:\n  - statement: To reduce admissions.\n    purpose: efficiency\n").findings.isEmpty)
        #expect(RuleRun(StrategyAimPurposeRule(), "kind: commissioning-strategy\naims:\n  - statement: To reduce admissions.\n    purpose: efficency\n").findings.isEmpty)
        #expect(RuleRun(StrategyAimPurposeRule(), "kind: hypothesis-set\naims:\n  - statement: To reduce admissions.\n").findings.isEmpty)
    }
}
