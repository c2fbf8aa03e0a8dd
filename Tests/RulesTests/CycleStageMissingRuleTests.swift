import Schema
import Testing
@testable import Rules

@Suite struct CycleStageMissingRuleTests {
    @Test func aMissingIPCStageIsNamedAtTheCycleKeyWithAFix() throws {
        let text = """
            kind: commissioning-framework
            cycle:
              analyse:
                - Undertake a population needs assessment.
              plan:
                - Write a joint commissioning strategy.
              do:
                - Tender for services and let contracts.
            roles: []

            """
        let run = RuleRun(CycleStageMissingRule(), text)
        #expect(run.rangeTexts == ["cycle"])
        let message = try #require(run.messages.first)
        #expect(message.contains("The cycle has no stage `review` (Reviewing) of the"))
        #expect(message.contains("equal importance"))
        #expect(message.contains("(\(Bibliography.shared.citation(for: "004_7626832a2734df92.txt:36") ?? "no citation"))"))
        #expect(!message.contains("004_7626832a2734df92.txt"))
        let fix = try #require(run.findings.first?.fixes.first)
        let fixed = EditApplication.apply(fix.edits, to: text)
        #expect(fixed.contains("    - Tender for services and let contracts.\n  review:\nroles: []"))
    }

    @Test func anEmptyStageIsReportedAtItsKey() {
        let text = "kind: commissioning-framework\ncycle:\n  analyse: [Needs assessment.]\n  plan: [Gap analysis.]\n  do: []\n  review:\n"
        let run = RuleRun(CycleStageMissingRule(), text)
        #expect(run.rangeTexts == ["do", "review"])
        #expect(run.messages.allSatisfy { $0.contains("lists no activities") })
    }

    @Test func theStagesComeFromTheModel() throws {
        // csp-2009 has `understand` where IPC has `analyse`.
        let ipcStages = "  analyse: [A.]\n  plan: [P.]\n  do: [D.]\n  review: [R.]\n"
        let csp = RuleRun(CycleStageMissingRule(), "kind: commissioning-framework\nmodel: csp-2009\ncycle:\n" + ipcStages)
        #expect(csp.rangeTexts == ["cycle"])
        #expect(csp.messages.first?.contains("`understand`") == true)
        #expect(RuleRun(CycleStageMissingRule(), "kind: commissioning-framework\ncycle:\n" + ipcStages).findings.isEmpty)
        #expect(RuleRun(CycleStageMissingRule(), "kind: commissioning-framework\nmodel: ipc\ncycle:\n" + ipcStages).findings.isEmpty)
    }

    @Test func anUnknownModelOrAnotherKindIsLeftToTheSchema() {
        #expect(RuleRun(CycleStageMissingRule(), "kind: commissioning-framework\nmodel: no-such-model\ncycle:\n  analyse: [A.]\n").findings.isEmpty)
        #expect(RuleRun(CycleStageMissingRule(), "kind: commissioning-strategy\ncycle:\n  analyse: [A.]\n").findings.isEmpty)
        #expect(RuleRun(CycleStageMissingRule(), "kind: commissioning-framework\ncycle: [analyse]\n").findings.isEmpty)
    }

    @Test func anEmptyCycleGetsEveryStage() throws {
        let text = "kind: commissioning-framework\ncycle:\n"
        let run = RuleRun(CycleStageMissingRule(), text)
        #expect(run.rangeTexts == ["cycle"])
        let fixed = EditApplication.apply(try #require(run.findings.first?.fixes.first).edits, to: text)
        #expect(fixed == "kind: commissioning-framework\ncycle:\n  analyse:\n  plan:\n  do:\n  review:\n")
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = CycleStageMissingRule.metadata
        #expect(!RuleRun(CycleStageMissingRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(CycleStageMissingRule(), metadata.passingExample).findings.isEmpty)
    }
}
