import Schema
import Testing
@testable import Rules

@Suite struct CycleUnbalancedRuleTests {
    static func framework(_ counts: [String: Int], model: String? = nil) -> String {
        var text = "kind: commissioning-framework\n" + (model.map { "model: \($0)\n" } ?? "") + "cycle:\n"
        for stage in ["analyse", "plan", "do", "review"] where counts[stage] != nil {
            text += "  \(stage):\n"
            for index in 0..<(counts[stage] ?? 0) { text += "    - Activity \(index + 1) of \(stage).\n" }
        }
        return text
    }

    @Test func aStageWithLessThanAThirdOfTheFullestIsReported() throws {
        let run = RuleRun(CycleUnbalancedRule(), Self.framework(["analyse": 3, "plan": 3, "do": 7, "review": 2]))
        #expect(run.rangeTexts == ["review"])
        let message = try #require(run.messages.first)
        #expect(message.contains("`review` lists 2 activities against 7 for `do`"))
        #expect(message.contains("equal time, energy and attention"))
        #expect(message.contains(Bibliography.shared.citation(for: "004_7626832a2734df92.txt:36") ?? "no citation"))
        #expect(!message.contains("004_7626832a2734df92.txt"))
    }

    @Test func exactlyAThirdPasses() {
        #expect(RuleRun(CycleUnbalancedRule(), Self.framework(["analyse": 3, "plan": 3, "do": 6, "review": 2])).findings.isEmpty)
        #expect(RuleRun(CycleUnbalancedRule(), Self.framework(["analyse": 4, "plan": 3, "do": 3, "review": 3])).findings.isEmpty)
    }

    @Test func emptyStagesAreLeftToStageMissing() {
        #expect(RuleRun(CycleUnbalancedRule(), Self.framework(["analyse": 6, "plan": 2, "do": 2, "review": 0])).findings.isEmpty)
    }

    @Test func blankItemsDoNotCount() {
        let text = "kind: commissioning-framework\ncycle:\n  analyse: [A, B, C, D]\n  plan: [P, Q]\n  do: [X, Y]\n  review:\n    -\n    - R\n    - ''\n"
        #expect(RuleRun(CycleUnbalancedRule(), text).rangeTexts == ["review"])
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = CycleUnbalancedRule.metadata
        #expect(!RuleRun(CycleUnbalancedRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(CycleUnbalancedRule(), metadata.passingExample).findings.isEmpty)
    }
}
