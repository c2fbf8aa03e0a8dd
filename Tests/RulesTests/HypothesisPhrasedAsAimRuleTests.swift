import Testing
@testable import Rules

@Suite struct HypothesisPhrasedAsAimRuleTests {
    static func set(_ statements: String...) -> String {
        var text = "kind: hypothesis-set\ntitle: Older people — hypotheses\npopulation: Older people\nhypotheses:\n"
        for (index, statement) in statements.enumerated() {
            text += "  - id: H\(index + 1)\n    statement: \(statement)\n    test: Compare admissions over 12 months.\n"
        }
        return text
    }

    @Test func anAimIsReportedAtItsStatement() throws {
        let text = Self.set(
            "Investing more in rehabilitation after falls will reduce demand for residential care.",
            "To reduce the number of older people who require acute hospital care."
        )
        let run = RuleRun(HypothesisPhrasedAsAimRule(), text)
        #expect(run.rangeTexts == ["To reduce the number of older people who require acute hospital care."])
        let message = try #require(run.messages.first)
        #expect(message.contains("opens with 'To reduce …', as an aim does"))
        #expect(message.contains("not an assumption to test"))
        #expect(message.contains("Rewrite it as a statement that evidence could show true or false"))
    }

    @Test func aPlanAndALabelAreReported() {
        let run = RuleRun(HypothesisPhrasedAsAimRule(), Self.set("We will commission more reablement.", "'Aim: fewer admissions.'"))
        #expect(run.rangeTexts == ["We will commission more reablement.", "'Aim: fewer admissions.'"])
        #expect(run.messages.first?.contains("states a plan or commitment") == true)
        #expect(run.messages.last?.contains("is labelled 'Aim'") == true)
    }

    @Test func aFoldedStatementIsReadAsOneSentence() {
        let text = "kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses:\n  - id: H1\n    statement: >-\n      Ensure that new services are\n      evidence-based.\n    test: Audit.\n"
        let run = RuleRun(HypothesisPhrasedAsAimRule(), text)
        #expect(run.rangeTexts == [">-\n      Ensure that new services are\n      evidence-based."])
        #expect(run.messages.first?.contains("the instruction 'Ensure …'") == true)
    }

    @Test func nearMisses() {
        // Assumptions, including ones that mention aims' words later on or open with a gerund.
        let text = Self.set(
            "Redistributing £1m currently invested in acute care will improve community support.",
            "Mainstream schools in the area are referring too many children to specialist resources.",
            "Support for carers is too thin to prevent crises.",
            "If we pool budgets, then we will reduce admissions."
        )
        #expect(RuleRun(HypothesisPhrasedAsAimRule(), text).findings.isEmpty)
        // The same aim outside a hypothesis set, or under `aims:`, is not a hypothesis.
        #expect(RuleRun(HypothesisPhrasedAsAimRule(), Self.set("To reduce admissions.").replacingOccurrences(of: "hypothesis-set", with: "commissioning-strategy")).findings.isEmpty)
        #expect(RuleRun(HypothesisPhrasedAsAimRule(), "kind: hypothesis-set\ntitle: T\npopulation: P\naims:\n  - To reduce admissions.\nhypotheses: []\n").findings.isEmpty)
    }
}
