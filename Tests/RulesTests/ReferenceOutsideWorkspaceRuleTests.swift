import Testing
@testable import Rules

@Suite struct ReferenceOutsideWorkspaceRuleTests {
    @Test func aPathLeavingTheWorkspaceIsReportedAndNotRead() throws {
        let text = "kind: commissioning-framework\ndocuments:\n  - title: Elsewhere\n    relates-to: Somebody else's plan.\n    path: ../../etc/plan.strategy.yaml\n"
        let references = InMemoryReferences(documents: ["../../etc/plan.strategy.yaml": "kind: commissioning-strategy\n"], outside: ["../../etc/plan.strategy.yaml"])
        let run = RuleRun(ReferenceOutsideWorkspaceRule(), text, references: references)
        #expect(run.rangeTexts == ["../../etc/plan.strategy.yaml"])
        let message = try #require(run.messages.first)
        #expect(message.contains("points outside the workspace"))
        #expect(message.contains("it was not read"))
        #expect(message.contains("move or copy it in"))
    }

    @Test func aStrategysHypothesisSetOutsideIsReported() {
        let text = "kind: commissioning-strategy\nhypotheses: /tmp/older-people.hypotheses.yaml\n"
        let run = RuleRun(ReferenceOutsideWorkspaceRule(), text, references: InMemoryReferences(outside: ["/tmp/older-people.hypotheses.yaml"]))
        #expect(run.rangeTexts == ["/tmp/older-people.hypotheses.yaml"])
    }

    @Test func pathsInsideOrMissingAreNotThisRules() {
        let text = "kind: commissioning-strategy\nhypotheses: older-people.hypotheses.yaml\n"
        #expect(RuleRun(ReferenceOutsideWorkspaceRule(), text, references: InMemoryReferences()).findings.isEmpty)
        #expect(RuleRun(ReferenceOutsideWorkspaceRule(), text, references: InMemoryReferences(documents: ["older-people.hypotheses.yaml": "kind: hypothesis-set\n"])).findings.isEmpty)
        #expect(RuleRun(ReferenceOutsideWorkspaceRule(), text, references: nil).findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = ReferenceOutsideWorkspaceRule.metadata
        let references = InMemoryReferences(documents: ["older-people.hypotheses.yaml": "kind: hypothesis-set\n"], outside: ["../../elsewhere/older-people.hypotheses.yaml"])
        #expect(!RuleRun(ReferenceOutsideWorkspaceRule(), metadata.firingExample, references: references).findings.isEmpty)
        #expect(RuleRun(ReferenceOutsideWorkspaceRule(), metadata.passingExample, references: references).findings.isEmpty)
    }
}
