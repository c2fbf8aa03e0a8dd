import Testing
import Schema
@testable import Rules

@Suite struct LeverNotAvailableRuleTests {
    @Test func aLeverOfDirectManagementIsReportedAtItsItem() throws {
        let text = "kind: commissioning-strategy\nlevers:\n  - contracts\n  - line-management\n  - grants\n  - legislation\n"
        let run = RuleRun(LeverNotAvailableRule(), text)
        #expect(run.rangeTexts == ["line-management", "legislation"])
        let message = try #require(run.messages.first)
        #expect(message.contains("'line-management' (Line management instruction) is not a lever commissioners have: Table 2.2 (\(Bibliography.shared.citation(for: "001_b648799edb4670db.txt:60") ?? "no citation")) lists it among the levers not available to them"))
        #expect(message.contains("Rely on one they have instead — information-and-advice, user-representation, brokerage, contracts, service-level-agreements, framework-contracts or grants"))
        // The levers offered instead are only those commissioners have.
        for lacking in ["job-descriptions", "work-plans", "organisation-procedures", "professional-guidance"] {
            #expect(!message.contains(lacking), "\(lacking) offered as a lever commissioners have")
        }
    }

    @Test func flowListsAreReadToo() {
        #expect(RuleRun(LeverNotAvailableRule(), "kind: commissioning-strategy\nlevers: [work-plans, contracts]\n").rangeTexts == ["work-plans"])
    }

    @Test func nearMisses() {
        // Levers commissioners have; an unknown lever (the schema's, with the nearest ids); another kind.
        #expect(RuleRun(LeverNotAvailableRule(), "kind: commissioning-strategy\nlevers: [contracts, grants, brokerage]\n").findings.isEmpty)
        #expect(RuleRun(LeverNotAvailableRule(), "kind: commissioning-strategy\nlevers: [line-managment]\n").findings.isEmpty)
        #expect(RuleRun(LeverNotAvailableRule(), "kind: market-position-statement\nlevers: [legislation]\n").findings.isEmpty)
    }
}
