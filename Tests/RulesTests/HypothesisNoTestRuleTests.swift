import Testing
@testable import Rules

@Suite struct HypothesisNoTestRuleTests {
    static let header = "kind: hypothesis-set\ntitle: Older people — hypotheses\npopulation: Older people\nhypotheses:\n"

    @Test func aHypothesisWithoutATestIsReportedAtItsId() throws {
        let text = Self.header + """
              - id: H1
                statement: Investing more in rehabilitation will reduce demand for residential care.
                test: Count admissions after a fall.
              - id: H2
                statement: Building more extra care housing will reduce demand for residential care.

            """
        let run = RuleRun(HypothesisNoTestRule(), text)
        #expect(run.rangeTexts == ["H2"])
        let message = try #require(run.messages.first)
        #expect(message.contains("Hypothesis 'H2' has no `test`"))
        #expect(message.contains("how you will collect the information"))
    }

    @Test func anEmptyTestIsReportedAtItsKey() {
        let text = Self.header + "  - id: H1\n    statement: Investing more will reduce demand.\n    test:\n"
        let run = RuleRun(HypothesisNoTestRule(), text)
        #expect(run.rangeTexts == ["test"])
        #expect(run.messages.first?.contains("The test of hypothesis 'H1' is empty") == true)
    }

    @Test func aHypothesisWithoutAnIdIsNamedByItsPlace() {
        let text = Self.header + "  - statement: Investing more will reduce demand.\n"
        let run = RuleRun(HypothesisNoTestRule(), text)
        #expect(run.rangeTexts == ["statement"])
        #expect(run.messages.first?.contains("Hypothesis number 1 has no `test`") == true)
    }

    @Test func nearMisses() {
        #expect(RuleRun(HypothesisNoTestRule(), Self.header + "  - {id: H1, statement: Investing more will reduce demand., test: Count admissions.}\n").findings.isEmpty)
        #expect(RuleRun(HypothesisNoTestRule(), "kind: commissioning-strategy\nhypotheses:\n  - id: H1\n    statement: X will reduce Y.\n").findings.isEmpty)
    }
}
