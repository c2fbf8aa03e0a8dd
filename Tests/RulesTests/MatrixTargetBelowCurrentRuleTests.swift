import Testing
@testable import Rules

@Suite struct MatrixTargetBelowCurrentRuleTests {
    static func document(current: String, target: String) -> String {
        "kind: commissioning-framework\nintegration:\n  resource-allocation-and-management:\n    current: \(current)\n    target: \(target)\n    evidence: Agencies identify pooled budgets for particular areas.\n"
    }

    @Test func aTargetBelowTheCurrentLevelIsReportedAtTheTarget() throws {
        let run = RuleRun(MatrixTargetBelowCurrentRule(), Self.document(current: "joint", target: "parallel"))
        #expect(run.rangeTexts == ["parallel"])
        let message = try #require(run.messages.first)
        #expect(message.contains("Resource allocation and management"))
        #expect(message.contains("`parallel`, is below its current level `joint`"))
        #expect(message.contains("set the target to `joint`, `integrated`, or remove it"))
    }

    @Test(arguments: [("joint", "joint"), ("joint", "integrated"), ("separate", "parallel"), ("integrated", "integrated")])
    func aTargetAtOrAboveTheCurrentLevelPasses(current: String, target: String) {
        #expect(RuleRun(MatrixTargetBelowCurrentRule(), Self.document(current: current, target: target)).findings.isEmpty)
    }

    @Test func unknownLevelsAreTheSchemasToReport() {
        #expect(RuleRun(MatrixTargetBelowCurrentRule(), Self.document(current: "integrated", target: "seperate")).findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = MatrixTargetBelowCurrentRule.metadata
        #expect(!RuleRun(MatrixTargetBelowCurrentRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(MatrixTargetBelowCurrentRule(), metadata.passingExample).findings.isEmpty)
    }
}
