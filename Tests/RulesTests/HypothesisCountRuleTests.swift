import Testing
@testable import Rules

@Suite struct HypothesisCountRuleTests {
    static func document(hypotheses count: Int) -> String {
        var text = "kind: hypothesis-set\ntitle: Older people — hypotheses\npopulation: Older people\nhypotheses:\n"
        for index in 1...max(count, 1) where count > 0 {
            text += "  - id: H\(index)\n    statement: Investing more in service \(index) will reduce admissions.\n    test: Compare admissions over 12 months.\n"
        }
        if count == 0 { text += "  []\n" }
        return text
    }

    @Test func fourHypothesesAreTooFew() {
        let run = RuleRun(HypothesisCountRule(), Self.document(hypotheses: 4))
        #expect(run.rangeTexts == ["hypotheses"])
        #expect(run.messages.first?.contains("4 hypotheses") == true)
        #expect(run.messages.first?.contains("five to eight") == true)
    }

    @Test func nineHypothesesAreTooMany() {
        let run = RuleRun(HypothesisCountRule(), Self.document(hypotheses: 9))
        #expect(run.rangeTexts == ["hypotheses"])
        #expect(run.messages.first?.contains("9 hypotheses") == true)
    }

    @Test(arguments: [5, 6, 7, 8]) func fiveToEightPass(count: Int) {
        #expect(RuleRun(HypothesisCountRule(), Self.document(hypotheses: count)).findings.isEmpty)
    }

    @Test func otherKindsAreNotChecked() {
        let text = Self.document(hypotheses: 2).replacingOccurrences(of: "kind: hypothesis-set", with: "kind: commissioning-strategy")
        #expect(RuleRun(HypothesisCountRule(), text).findings.isEmpty)
    }
}
