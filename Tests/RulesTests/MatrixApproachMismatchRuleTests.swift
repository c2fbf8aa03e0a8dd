import Testing
@testable import Rules

@Suite struct MatrixApproachMismatchRuleTests {
    static let areas = ["purpose-and-strategy", "needs-and-market-intelligence", "stakeholder-engagement", "resource-allocation-and-management",
                        "market-management-and-monitoring", "contracting", "commissioning-function"]

    static func document(approach: String, levels: [String]) -> String {
        var text = "kind: commissioning-strategy\napproach: \(approach)\nintegration:\n"
        for (area, level) in zip(areas, levels) {
            text += "  \(area): {current: \(level), evidence: What the partners do.}\n"
        }
        return text
    }

    @Test func anIntegratedApproachWithMostAreasSeparateOrParallelIsReported() throws {
        let levels = ["separate", "parallel", "parallel", "joint", "separate", "parallel", "integrated"]
        let run = RuleRun(MatrixApproachMismatchRule(), Self.document(approach: "integrated", levels: levels))
        #expect(run.rangeTexts == ["integrated"])
        let message = try #require(run.messages.first)
        #expect(message.contains("The declared approach is `integrated`, but 5 of the 7 assessed areas are more than one level away"))
        #expect(message.contains("Purpose and strategy (`separate`)"))
        #expect(message.contains("typically `parallel`"))
        let finding = try #require(run.findings.first)
        #expect(finding.related.count == 5)
        #expect(finding.fixes.first?.edits.first?.newText == "parallel")
    }

    @Test func aSeparateApproachWithMostAreasJointIsReported() {
        let levels = ["joint", "joint", "integrated", "joint", "parallel", "parallel", "joint"]
        let run = RuleRun(MatrixApproachMismatchRule(), Self.document(approach: "separate", levels: levels))
        #expect(run.messages.first?.contains("5 of the 7") == true)
        #expect(run.messages.first?.contains("typically `joint`") == true)
    }

    @Test func halfOrFewerFarAwayPasses() {
        // Three of seven are two levels from joint; one level away does not count.
        let levels = ["separate", "separate", "separate", "parallel", "parallel", "integrated", "joint"]
        #expect(RuleRun(MatrixApproachMismatchRule(), Self.document(approach: "joint", levels: levels)).findings.isEmpty)
        // Exactly half of the assessed areas is not "most".
        #expect(RuleRun(MatrixApproachMismatchRule(), Self.document(approach: "integrated", levels: ["separate", "joint"])).findings.isEmpty)
    }

    @Test func noApproachOrNoLevelsIsSilent() {
        let noApproach = Self.document(approach: "", levels: ["separate", "separate", "separate"])
        #expect(RuleRun(MatrixApproachMismatchRule(), noApproach).findings.isEmpty)
        #expect(RuleRun(MatrixApproachMismatchRule(), "kind: commissioning-strategy\napproach: integrated\nintegration:\n  contracting: {evidence: x}\n").findings.isEmpty)
        #expect(RuleRun(MatrixApproachMismatchRule(), "kind: market-position-statement\napproach: integrated\n").findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = MatrixApproachMismatchRule.metadata
        #expect(!RuleRun(MatrixApproachMismatchRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(MatrixApproachMismatchRule(), metadata.passingExample).findings.isEmpty)
    }
}
