import Testing
@testable import Rules

@Suite struct FrameworkIntegrationLessonsRuleTests {
    @Test func anIntegratedApproachWithoutAPlanIsReportedAtTheApproach() throws {
        let run = RuleRun(FrameworkIntegrationLessonsRule(), "kind: commissioning-framework\napproach: integrated\n")
        #expect(run.rangeTexts == ["integrated"])
        let message = try #require(run.messages.first)
        #expect(message.hasPrefix("The approach is `integrated`, but there is no `integration-plan:`."))
        #expect(message.contains("`destination:`") && message.contains("`milestones:`") && message.contains("`outcomes:`") && message.contains("`finances:`"))
    }

    @Test func aPartPlanNamesWhatIsMissing() {
        let text = "kind: commissioning-framework\napproach: integrated\nintegration-plan:\n  destination: One team.\n  milestones: [Team in post by 2027]\n"
        let run = RuleRun(FrameworkIntegrationLessonsRule(), text)
        #expect(run.rangeTexts == ["integration-plan"])
        #expect(run.messages.first?.hasPrefix("The approach is `integrated`, but `integration-plan` has no `outcomes` or `finances`. Add `outcomes:`") == true)
    }

    @Test func anIntegratedMatrixTargetAlsoAsks() {
        let text = """
            kind: commissioning-framework
            approach: joint
            integration:
              contracting: {current: joint, target: integrated, evidence: Agencies issue joint block contracts.}
            """
        let run = RuleRun(FrameworkIntegrationLessonsRule(), text)
        #expect(run.rangeTexts == ["integrated"])
        #expect(run.messages.first?.hasPrefix("The IPC matrix sets `target: integrated` for Contracting") == true, "\(run.messages)")
    }

    @Test func nearMisses() {
        let plan = "integration-plan:\n  destination: One team.\n  milestones: [Team in post by 2027]\n  outcomes: [Fewer emergency admissions]\n  finances: Finance leads map each other's budgets.\n"
        #expect(RuleRun(FrameworkIntegrationLessonsRule(), "kind: commissioning-framework\napproach: integrated\n" + plan).findings.isEmpty)
        #expect(RuleRun(FrameworkIntegrationLessonsRule(), "kind: commissioning-framework\napproach: joint\n").findings.isEmpty)
        let blank = "kind: commissioning-framework\napproach: integrated\nintegration-plan:\n  destination: One team.\n  milestones: []\n  outcomes: [Fewer emergency admissions]\n  finances: Mapped.\n"
        #expect(RuleRun(FrameworkIntegrationLessonsRule(), blank).messages.first?.contains("has no `milestones`") == true)
        #expect(RuleRun(FrameworkIntegrationLessonsRule(), "kind: commissioning-strategy\napproach: integrated\n").findings.isEmpty)
    }
}
