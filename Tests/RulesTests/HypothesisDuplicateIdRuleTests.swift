import Testing
@testable import Rules

@Suite struct HypothesisDuplicateIdRuleTests {
    static let header = "kind: hypothesis-set\ntitle: Older people — hypotheses\npopulation: Older people\nhypotheses:\n"

    @Test func theSecondUseOfAnIdIsReportedWithTheFirstAsRelated() throws {
        let text = Self.header + """
              - id: H1
                statement: Investing more in rehabilitation will reduce demand for residential care.
              - id: H2
                statement: Building more extra care housing will reduce demand.
              - id: H1
                statement: Targeted support for carers will reduce demand for acute care.

            """
        let run = RuleRun(HypothesisDuplicateIdRule(), text)
        #expect(run.rangeTexts == ["H1"])
        let finding = try #require(run.findings.first)
        #expect(finding.range.start > text.utf8.count / 2, "the later id, not the first")
        #expect(finding.message.contains("The id 'H1' is already used by the hypothesis on line 5"))
        #expect(finding.message.contains("Give this hypothesis its own id"))
        let related = try #require(finding.related.first)
        #expect(run.tree.source.text(in: related.range) == "H1")
        #expect(related.range.start < finding.range.start)
    }

    @Test func everyLaterRepeatIsReported() {
        let text = Self.header + "  - {id: A, statement: X will cause Y.}\n  - {id: A, statement: Y will cause Z.}\n  - {id: A, statement: Z will cause X.}\n"
        #expect(RuleRun(HypothesisDuplicateIdRule(), text).findings.count == 2)
    }

    @Test func nearMisses() {
        // Ids differ only in case: distinct ids, as YAML and the schema see them; missing ids are not duplicates.
        let text = Self.header + "  - {id: h1, statement: X will cause Y.}\n  - {id: H1, statement: Y will cause Z.}\n  - {statement: A will cause B.}\n  - {statement: B will cause C.}\n"
        #expect(RuleRun(HypothesisDuplicateIdRule(), text).findings.isEmpty)
    }
}
