import Testing
@testable import Rules

@Suite struct StrategyNoUserVoiceRuleTests {
    static func strategy(groups: [String], userViews: String?) -> String {
        var text = "kind: commissioning-strategy\ndevelopment:\n  summary: Workshops.\n  stakeholders:\n"
        for group in groups { text += "    - group: \(group)\n" }
        text += "needs-assessment:\n  summary: Demand will rise.\n"
        if let userViews { text += "  user-views: \(userViews)\n" }
        return text
    }

    @Test func noUserOrCarerGroupIsReportedAtStakeholders() throws {
        let run = RuleRun(StrategyNoUserVoiceRule(), Self.strategy(groups: ["la-commissioners", "public"], userViews: "People want help early."))
        #expect(run.rangeTexts == ["stakeholders"])
        let message = try #require(run.messages.first)
        #expect(message.contains("existing service users and carers are missing"))
        #expect(message.contains("(group `service-users` or `carers`)"))
    }

    @Test func noUserViewsIsReportedAtTheNeedsAssessment() throws {
        let run = RuleRun(StrategyNoUserVoiceRule(), Self.strategy(groups: ["carers"], userViews: nil))
        #expect(run.rangeTexts == ["needs-assessment"])
        #expect(run.messages.first?.contains("does not record the views of existing service users and carers. Add `user-views:`") == true)
    }

    @Test func bothAtOnceAndAnEmptyUserViews() {
        let run = RuleRun(StrategyNoUserVoiceRule(), Self.strategy(groups: ["nhs-providers"], userViews: "''"))
        #expect(run.rangeTexts == ["stakeholders", "user-views"])
    }

    @Test func nearMisses() {
        #expect(RuleRun(StrategyNoUserVoiceRule(), Self.strategy(groups: ["la-commissioners", "service-users"], userViews: "People want help early.")).findings.isEmpty)
        #expect(RuleRun(StrategyNoUserVoiceRule(), Self.strategy(groups: ["carers"], userViews: "Carers want breaks.")).findings.isEmpty)
        // Missing sections are the schema's to report (required), not this rule's.
        #expect(RuleRun(StrategyNoUserVoiceRule(), "kind: commissioning-strategy\ntitle: T\n").findings.isEmpty)
    }
}
