import Schema
import Testing
@testable import Rules

@Suite struct MatrixNoEvidenceRuleTests {
    @Test func anAreaWithALevelAndNoEvidenceIsReportedAtItsKey() throws {
        let text = """
            kind: commissioning-framework
            integration:
              purpose-and-strategy:
                current: joint
                evidence: Joint strategy development teams producing common strategies.
              contracting:
                current: joint
                target: integrated

            """
        let run = RuleRun(MatrixNoEvidenceRule(), text)
        #expect(run.rangeTexts == ["contracting"])
        let message = try #require(run.messages.first)
        #expect(message.contains("Contracting is assessed as `joint` but gives no evidence"))
        #expect(message.contains("Add `evidence:`"))
        // It quotes the matrix's example for that level, with its source line.
        #expect(message.contains("“Agencies issue joint block contracts or share contract risk.” (\(Bibliography.shared.citation(for: "000_5c1c6b30ea365b26.txt:129") ?? "no citation"))"))
    }

    @Test(arguments: ["evidence:", "evidence: ''", "evidence: \"  \"", "evidence: ~"])
    func anEmptyEvidenceIsReportedAtTheEvidenceKey(evidence: String) {
        let text = "kind: commissioning-strategy\nintegration:\n  contracting:\n    current: parallel\n    \(evidence)\n"
        let run = RuleRun(MatrixNoEvidenceRule(), text)
        #expect(run.rangeTexts == ["evidence"])
        #expect(run.messages.first?.contains("Contracting is assessed as `parallel`") == true)
    }

    @Test func flowStyleAreasAreReadToo() {
        let text = "kind: commissioning-framework\nintegration:\n  contracting: {current: integrated}\n"
        #expect(RuleRun(MatrixNoEvidenceRule(), text).rangeTexts == ["contracting"])
    }

    @Test func aMisspeltLevelStillNeedsEvidence() {
        let run = RuleRun(MatrixNoEvidenceRule(), "kind: commissioning-framework\nintegration:\n  contracting: {current: jont}\n")
        #expect(run.rangeTexts == ["contracting"])
        #expect(run.messages.first?.contains("assessed as a level") == true)
    }

    @Test func nearMisses() {
        // Evidence present; no level yet (nothing claimed); another kind.
        #expect(RuleRun(MatrixNoEvidenceRule(), "kind: commissioning-framework\nintegration:\n  contracting: {current: joint, evidence: Agencies issue joint block contracts.}\n").findings.isEmpty)
        #expect(RuleRun(MatrixNoEvidenceRule(), "kind: commissioning-framework\nintegration:\n  contracting:\n    current:\n").findings.isEmpty)
        #expect(RuleRun(MatrixNoEvidenceRule(), "kind: hypothesis-set\nintegration:\n  contracting: {current: joint}\n").findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = MatrixNoEvidenceRule.metadata
        #expect(!RuleRun(MatrixNoEvidenceRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(MatrixNoEvidenceRule(), metadata.passingExample).findings.isEmpty)
    }
}
