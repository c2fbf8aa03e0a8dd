import Schema
import SourceText
import Syntax

/// A strategy says how it "will be monitored and reviewed" (001, element 9): that needs a date
/// for the review and something to measure in the meantime.
public struct StrategyMonitoringIncompleteRule: Rule {
    public static let metadata = RuleMetadata(
        id: "strategy/monitoring-incomplete",
        defaultSeverity: .warning,
        kinds: ["commissioning-strategy"],
        summary: "`monitoring` has no `review-date` or no `indicators`.",
        explanation: """
            The last element of a commissioning strategy is a statement about how it will be \
            monitored and reviewed; of commissioning in general the sources say reviewing is about \
            how successful you have been and what needs to be done differently in future. They do \
            not list what the statement must contain. This rule reads it (its own inference) as two \
            things a reader can check: when the review will be (`review-date:`, a date inside the \
            period) and what will be measured until then (`indicators:`, such as the outcomes \
            achieved by service users, which the sources' monitoring programme reviews). \
            Arrangements alone (`arrangements: The board will monitor it`) can be \
            neither checked nor held to. The message names what is missing. A review date or \
            indicator that is still a placeholder (TBC) counts as written here, and so does \
            arrangements text that is one: content/placeholder reports each once, where it stands.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:329", "A statement about how the strategy will be monitored and reviewed."),
            SourceQuote("001_b648799edb4670db.txt:25", "Reviewing how successful you have been and deciding what needs to be done differently in future."),
            SourceQuote("001_b648799edb4670db.txt:393", "Reviewing the impact of services by reviewing the outcomes achieved by service users."),
        ],
        firingExample: """
            kind: commissioning-strategy
            monitoring:
              arrangements: The joint commissioning board reviews progress every quarter.
            """,
        passingExample: """
            kind: commissioning-strategy
            monitoring:
              arrangements: The joint commissioning board reviews progress every quarter.
              review-date: 2027-09-30
              indicators:
                - Emergency admissions of people aged 65 and over, per 1,000.
                - Carers who say they have a break when they need one.
            """,
        scope: .sections(["monitoring"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let entry = context.root?.entry("monitoring"),
              let monitoring = entry.value?.mapping else { return [] }
        var missing: [String] = []
        if monitoring.filled("review-date") == nil { missing.append("a `review-date:` (when the strategy will next be reviewed, YYYY-MM-DD, inside the period)") }
        if monitoring.filled("indicators") == nil { missing.append("`indicators:` (what will be measured to see whether the strategy works, as a list)") }
        guard !missing.isEmpty else { return [] }
        let what = missing.count == 2 ? "no review date and no indicators" : (missing[0].contains("review-date") ? "no review date" : "no indicators")
        return [Finding(
            range: entry.key.range,
            message: "Monitoring has \(what), so no one can check whether the strategy is working or when it will be looked at again. Add \(ProseList.joined(missing, conjunction: "and"))."
        )]
    }
}
