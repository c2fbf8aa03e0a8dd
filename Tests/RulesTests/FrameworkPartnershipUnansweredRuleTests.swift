import Testing
@testable import Rules

@Suite struct FrameworkPartnershipUnansweredRuleTests {
    @Test func unansweredQuestionsAreNamedAtTheKey() throws {
        let text = "kind: commissioning-framework\npartnership-questions:\n  users: Two places on the board for people who use services.\n  outcomes:\n"
        let run = RuleRun(FrameworkPartnershipUnansweredRule(), text)
        #expect(run.rangeTexts == ["partnership-questions"])
        let message = try #require(run.messages.first)
        #expect(message.hasPrefix("12 of the 13 ICN key questions are not answered: `outcomes`, `third-sector`"))
        #expect(message.contains("`outcomes:` for “How will the planning and commissioning processes be used to promote improved services and user outcomes?”"))
        #expect(!message.contains("`users`"))
    }

    @Test func unplacedWHOFeaturesAreNamed() throws {
        let text = "kind: commissioning-framework\nwho-grid:\n  vision: co-ordination\n  resources: autonomy\n  decision-making: co-ordination\n"
        let run = RuleRun(FrameworkPartnershipUnansweredRule(), text)
        #expect(run.rangeTexts == ["who-grid"])
        #expect(run.messages == ["The WHO grid does not place `partnership` (nature of partnership) and `information` (information). For each, say where the partnership is now: autonomy, co-ordination or integration."])
    }

    @Test func nearMisses() {
        let grid = "kind: commissioning-framework\nwho-grid:\n  vision: co-ordination\n  partnership: co-ordination\n  resources: autonomy\n  decision-making: co-ordination\n  information: autonomy\n"
        #expect(RuleRun(FrameworkPartnershipUnansweredRule(), grid).findings.isEmpty)
        let ids = ["users", "outcomes", "third-sector", "personalised-purchasers", "resources", "accountability", "joint-appointments",
                   "single-organisation", "joint-boards", "staff-buildings-finance", "foundation-trusts", "change", "local-currency"]
        let all = "kind: commissioning-framework\npartnership-questions:\n" + ids.map { "  \($0): The board has agreed an answer.\n" }.joined()
        #expect(RuleRun(FrameworkPartnershipUnansweredRule(), all).findings.isEmpty)
        // Not starting on the tools is allowed: the sources suggest them.
        #expect(RuleRun(FrameworkPartnershipUnansweredRule(), "kind: commissioning-framework\ntitle: T\n").findings.isEmpty)
        #expect(RuleRun(FrameworkPartnershipUnansweredRule(), "kind: commissioning-strategy\nwho-grid:\n  vision: autonomy\n").findings.isEmpty)
    }
}
