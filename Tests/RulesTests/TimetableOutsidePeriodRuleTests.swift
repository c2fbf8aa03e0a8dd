import Foundation
import Testing
@testable import Rules

@Suite struct TimetableOutsidePeriodRuleTests {
    static func framework(_ whens: [String], period: String = "{from: 2026-04-01, to: 2029-03-31}") -> String {
        "kind: commissioning-framework\nperiod: \(period)\ntimetable:\n" + whens.map { "  - when: \($0)\n    activity: Something.\n" }.joined()
    }

    @Test func entriesBeforeAndAfterThePeriodAreReportedAtTheirDates() throws {
        let run = RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2026-03", "2026-04", "2027-06-30", "2029-03-31", "2029-04-01", "2031-01"]))
        #expect(run.rangeTexts == ["2026-03", "2029-04-01", "2031-01"])
        #expect(run.messages[0].contains("This timetable entry (2026-03) falls before the period starts (2026-04-01)"))
        #expect(run.messages[1].contains("falls after the period ends (2029-03-31)"))
        #expect(run.messages[0].contains("move it inside the period 2026-04-01 – 2029-03-31"))
        #expect(run.findings[0].related.map { run.tree.source.text(in: $0.range) } == ["{from: 2026-04-01, to: 2029-03-31}"])
    }

    @Test func aMonthThatOverlapsThePeriodIsInside() {
        #expect(RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2026-04", "2029-03"], period: "{from: 2026-04-15, to: 2029-03-02}")).findings.isEmpty)
    }

    /// A financial year runs from 1 April to 31 March: 2025/26 ends the day before a period from
    /// 2026-04-01 starts, 2028/29 ends on its last day, 2029-30 starts the day after it ends.
    @Test func aFinancialYearIsPlacedByItsAprilToMarchMonths() throws {
        let run = RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2025/26", "2026/27", "2028/29", "2029-30", "2028/2029"]))
        #expect(run.rangeTexts == ["2025/26", "2029-30"])
        #expect(run.messages.first?.contains("This timetable entry (2025/26) falls before the period starts (2026-04-01)") == true)
        // A period from the middle of a financial year still overlaps it.
        #expect(RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2025/26"], period: "{from: 2026-03-31, to: 2029-03-31}")).findings.isEmpty)
    }

    /// `period: {from: 2025/26, to: 2028/29}` runs from 1 April 2025 to 31 March 2029.
    @Test func aPeriodInFinancialYearsRunsFromItsFirstAprilToItsLastMarch() throws {
        let run = RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2025-03-31", "2025-04-01", "2025/26", "2029-03", "2029-04", "2029/30"], period: "{from: 2025/26, to: 2028/29}"))
        #expect(run.rangeTexts == ["2025-03-31", "2029-04", "2029/30"])
        #expect(run.messages.first?.contains("falls before the period starts (2025-04-01)") == true)
    }

    @Test func aStrategysReviewDateIsChecked() throws {
        let text = "kind: commissioning-strategy\nperiod: {from: 2026-04-01, to: 2029-03-31}\nmonitoring:\n  arrangements: Quarterly.\n  review-date: 2030-10-01\n"
        let run = RuleRun(TimetableOutsidePeriodRule(), text)
        #expect(run.rangeTexts == ["2030-10-01"])
        #expect(run.messages.first?.contains("The review date (2030-10-01) falls after the period ends") == true)
        #expect(RuleRun(TimetableOutsidePeriodRule(), text.replacingOccurrences(of: "2030-10-01", with: "2028-10-01")).findings.isEmpty)
    }

    /// A review date is a date: one written as a financial year or a month is date/invalid's to
    /// report, and is not placed too (the timetable's entries may be either).
    @Test func aReviewDateThatIsNotADateIsLeftToDateInvalid() {
        let text = "kind: commissioning-strategy\nperiod: {from: 2026-04-01, to: 2029-03-31}\nmonitoring:\n  arrangements: Quarterly.\n  review-date: 2030/31\n"
        #expect(RuleRun(TimetableOutsidePeriodRule(), text).findings.isEmpty)
        #expect(RuleRun(TimetableOutsidePeriodRule(), text.replacingOccurrences(of: "2030/31", with: "2030-10")).findings.isEmpty)
        #expect(RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2030/31"])).rangeTexts == ["2030/31"])
    }

    @Test func noValidPeriodNoCheck() {
        #expect(RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2020-01"], period: "{from: 2029-03-31, to: 2026-04-01}")).findings.isEmpty)
        #expect(RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2020-01"], period: "{from: 2026-04-01}")).findings.isEmpty)
        #expect(RuleRun(TimetableOutsidePeriodRule(), Self.framework(["2020-13", "soon"])).findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = TimetableOutsidePeriodRule.metadata
        #expect(!RuleRun(TimetableOutsidePeriodRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(TimetableOutsidePeriodRule(), metadata.passingExample).findings.isEmpty)
    }
}
