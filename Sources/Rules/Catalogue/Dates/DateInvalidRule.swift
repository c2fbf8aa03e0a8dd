import SourceText

/// A date that is not a real calendar date (`2026-02-30`), or a month that is not `YYYY-MM`.
public struct DateInvalidRule: Rule {
    public static let metadata = RuleMetadata(
        id: "date/invalid",
        defaultSeverity: .error,
        summary: "A date that is not a real calendar date (YYYY-MM-DD), a month that is not YYYY-MM, or a financial year that is not YYYY/YY.",
        explanation: """
            Dates are written YYYY-MM-DD (2026-04-01) so that every tool reads them the same way \
            and periods, review dates and timetables can be compared. A date that does not exist \
            in the calendar (30 February, month 13) or is written another way (01/04/2026, \
            April 2026) cannot be checked against the period. Timetable entries may also be a \
            month, written YYYY-MM (2026-09), or a financial year; a forecast's year may be a \
            calendar year (2030) or a financial year. A financial year runs from 1 April to 31 March \
            and is written 2028/29, 2028-29 or 2028/2029, the second year following the first. \
            Rewrite the date in one of these forms.
            """,
        sources: [],
        firingExample: """
            kind: commissioning-strategy
            period: {from: 2026-04-01, to: 2029-02-30}
            """,
        passingExample: """
            kind: commissioning-strategy
            period: {from: 2026-04-01, to: 2029-03-31}
            """
    )

    public static let readsSchemaFailures = true

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        SchemaFormatFindings.findings(code: Self.metadata.id, in: context)
    }
}
