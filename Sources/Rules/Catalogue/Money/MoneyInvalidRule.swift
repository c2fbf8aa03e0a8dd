import SourceText

/// An amount that is not money in one of the forms commissioners write.
public struct MoneyInvalidRule: Rule {
    public static let metadata = RuleMetadata(
        id: "money/invalid",
        defaultSeverity: .error,
        summary: "An amount that is not money (£1m, £1.5m, £1.2 million, £250k, £250,000, £1/4m, plain numbers; optionally a year, a week, an hour).",
        explanation: """
            Investments and resources are written as amounts of pounds so that they can be added \
            up and compared with the resources available. Accepted: £1m, £1.5m, £250k, £250,000, \
            £1/4m (a quarter of a million, as the sources write it), £184 million, £1.2 billion \
            and plain numbers; the £ is optional, k, m and bn follow the number directly (lower \
            case), million and billion are words after it. An amount spent every year, week or \
            hour says so after it: £3.5m a year (or per year, per annum, pa, p.a.), £650 a week \
            (per week), £21.50 an hour (per hour); hover shows how the amount is read. Words for \
            numbers ("one million"), ranges ("£1–2m"), other periods ("a month") and other \
            currencies cannot be totalled: write one amount, and put any explanation in a summary.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:230", "Redistributing £1/4m from acute sector into targeted support for carers of the most vulnerable older people will reduce demand for acute care and effect savings across the system."),
        ],
        firingExample: """
            kind: commissioning-strategy
            resources:
              total: about twelve million
            """,
        passingExample: """
            kind: commissioning-strategy
            resources:
              total: £12m
            """
    )

    public static let readsSchemaFailures = true

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        SchemaFormatFindings.findings(code: Self.metadata.id, in: context)
    }
}
