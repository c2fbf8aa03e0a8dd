import Testing
@testable import Rules

@Suite struct DateInvalidRuleTests {
    @Test func aDateThatIsNotInTheCalendarIsReportedAtTheValue() throws {
        let text = "kind: commissioning-strategy\ntitle: T\nperiod: {from: 2026-04-01, to: 2029-02-30}\n"
        let run = RuleRun(DateInvalidRule(), text)
        #expect(run.rangeTexts == ["2029-02-30"])
        let message = try #require(run.messages.first)
        #expect(message.contains("`2029-02-30` is not a real calendar date"))
        #expect(message.contains("YYYY-MM-DD"))
    }

    @Test(arguments: ["01/04/2026", "2026-13-01", "2026-4-1", "April 2026", "2026-04-31"])
    func otherFormsAreReported(date: String) {
        let text = "kind: commissioning-strategy\nmonitoring:\n  arrangements: Quarterly.\n  review-date: \(date)\n"
        let run = RuleRun(DateInvalidRule(), text)
        #expect(run.rangeTexts == [date])
    }

    @Test func aTimetableMonthOrDateIsAccepted() {
        let text = "kind: commissioning-framework\ntimetable:\n  - when: 2026-09\n    activity: Forum.\n  - when: 2028-02-29\n    activity: Review.\n"
        #expect(RuleRun(DateInvalidRule(), text).findings.isEmpty)
    }

    @Test func aFinancialYearIsAcceptedInATimetableAndAForecast() {
        let framework = "kind: commissioning-framework\ntimetable:\n  - when: 2028/29\n    activity: Forum.\n  - when: 2028-29\n    activity: Review.\n"
        #expect(RuleRun(DateInvalidRule(), framework).findings.isEmpty)
        for year in ["2028/29", "2034-35", "2028/2029", "2030"] {
            let statement = "kind: market-position-statement\ndemand:\n  summary: Rising.\n  forecasts:\n    - measure: Hours a week\n      projected: 100\n      year: \(year)\n"
            #expect(RuleRun(DateInvalidRule(), statement).findings.isEmpty, "\(year)")
        }
    }

    /// Councils plan in financial years: `period: {from: 2025/26, to: 2028/29}` is accepted.
    @Test func aPeriodMayBeWrittenInFinancialYears() throws {
        for period in ["{from: 2025/26, to: 2028/29}", "{from: 2025-26, to: 2028/2029}", "{from: 2025/26, to: 2029-03-31}"] {
            #expect(RuleRun(DateInvalidRule(), "kind: commissioning-strategy\nperiod: \(period)\n").findings.isEmpty, "\(period)")
        }
        // A month is not a period's first or last day.
        let run = RuleRun(DateInvalidRule(), "kind: commissioning-strategy\nperiod: {from: 2025/6, to: 2029-03}\n")
        #expect(run.rangeTexts == ["2025/6", "2029-03"])
        #expect(run.messages.first == "`2025/6` is neither a real calendar date nor a financial year; write YYYY-MM-DD (e.g. 2026-04-01), or a financial year as 2028/29 (or 2028-29, 2028/2029), the second year following the first.")
    }

    @Test func aForecastYearThatIsNotAFinancialYearSaysHowToWriteOne() throws {
        let statement = "kind: market-position-statement\ndemand:\n  summary: Rising.\n  forecasts:\n    - measure: Hours a week\n      projected: 100\n      year: 2028/30\n"
        let run = RuleRun(DateInvalidRule(), statement)
        #expect(run.rangeTexts == ["2028/30"])
        #expect(run.messages.first == "`2028/30` is neither a calendar year (2030) nor a financial year; write a financial year as 2028/29 (or 2028-29, 2028/2029), the second year following the first.")
    }

    @Test func aTimetableEntryThatIsNeitherIsReportedWithBothForms() throws {
        let text = "kind: commissioning-framework\ntimetable:\n  - when: 2026-00\n    activity: Forum.\n"
        let run = RuleRun(DateInvalidRule(), text)
        #expect(run.rangeTexts == ["2026-00"])
        #expect(run.messages.first?.contains("is neither a real calendar date nor a month; write YYYY-MM-DD (e.g. 2026-04-01) or YYYY-MM (e.g. 2026-04)") == true)
    }

    @Test func realDatesAndOtherSchemaProblemsAreNotThisRules() {
        // A number where a date goes is a type error (schema/type), not a date in the wrong form.
        let text = "kind: commissioning-strategy\nperiod: {from: 2026-04-01, to: 2029-03-31}\nmonitoring:\n  review-date: 2028\n"
        #expect(RuleRun(DateInvalidRule(), text).findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = DateInvalidRule.metadata
        #expect(!RuleRun(DateInvalidRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(DateInvalidRule(), metadata.passingExample).findings.isEmpty)
    }
}
