import Testing
@testable import Rules

@Suite struct StrategyOutputNotOutcomeRuleTests {
    @Test func activityCountsInIndicatorsAndAimsFire() throws {
        let text = """
            kind: commissioning-strategy
            aims:
              - statement: To increase the number of assessments completed each year.
              - statement: To reduce the number of older people who require acute hospital and residential care.
            monitoring:
              arrangements: The board reviews progress every quarter.
              indicators:
                - Number of visits made by the falls team.
                - Emergency admissions of people aged 65 and over, per 1,000.
                - Treatment episodes per month.
            """
        let run = RuleRun(StrategyOutputNotOutcomeRule(), text)
        #expect(run.rangeTexts == ["To increase the number of assessments completed each year.", "Number of visits made by the falls team.", "Treatment episodes per month."])
        let message = try #require(run.messages.first)
        #expect(message.hasPrefix("This aim counts activity (“number of assessments”), an output, not a change for people."))
        #expect(run.messages[1].hasPrefix("This indicator counts activity (“visits made”)"))
    }

    @Test func outcomesAndLookalikesDoNotFire() {
        let text = """
            kind: commissioning-strategy
            aims:
              - statement: To reduce the number of older people who require acute hospital and residential care.
              - statement: To reduce the number of visits to A&E by older people living alone.
            monitoring:
              arrangements: The board reviews progress every quarter.
              indicators:
                - Number of referrals to residential care, per 1,000 people aged 65 and over.
                - People still at home 91 days after leaving hospital into reablement.
                - Carers who say they have a break when they need one.
                - Reassessments show improved independence.
                - Proportion of people who feel their reviews made a difference.
            """
        #expect(RuleRun(StrategyOutputNotOutcomeRule(), text).findings.isEmpty)
        // Other kinds, and other sections, are not read.
        #expect(RuleRun(StrategyOutputNotOutcomeRule(), "kind: hypothesis-set\naims:\n  - statement: Number of assessments completed.\n").findings.isEmpty)
        #expect(RuleRun(StrategyOutputNotOutcomeRule(), "kind: commissioning-strategy\ncurrent-services: Number of assessments completed rose.\n").findings.isEmpty)
    }

    @Test func matchesAreWholeWords() {
        #expect(StrategyOutputNotOutcomeRule.outputPhrase(in: "Number of reviews completed") == "reviews completed")
        #expect(StrategyOutputNotOutcomeRule.outputPhrase(in: "Number of assessmentsx") == nil)
        #expect(StrategyOutputNotOutcomeRule.outputPhrase(in: "Reassessments completed on time") == nil)
        #expect(!StrategyOutputNotOutcomeRule.phrases.isEmpty)
    }
}
