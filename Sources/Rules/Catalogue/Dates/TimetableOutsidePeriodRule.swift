import Schema
import SourceText
import Syntax

/// A timetable entry or a review date outside the period the document covers.
public struct TimetableOutsidePeriodRule: Rule {
    public static let metadata = RuleMetadata(
        id: "timetable/outside-period",
        defaultSeverity: .info,
        summary: "A timetable entry or review date falls outside the period.",
        explanation: """
            A framework's timetable sets out activities through the period it covers, and a \
            strategy's review date should come while the strategy is in force. A date before the \
            period starts or after it ends is often a typing slip in the year; if it is right, the \
            period may need extending. A month (YYYY-MM), or a financial year (2028/29, which runs \
            from 1 April 2028 to 31 March 2029), counts as inside when any of its days is.
            """,
        sources: [],
        firingExample: """
            kind: commissioning-framework
            period: {from: 2026-04-01, to: 2029-03-31}
            timetable:
              - when: 2025-06
                activity: Joint strategic needs assessment refreshed and published.
            """,
        passingExample: """
            kind: commissioning-framework
            period: {from: 2026-04-01, to: 2029-03-31}
            timetable:
              - when: 2026-06
                activity: Joint strategic needs assessment refreshed and published.
            """,
        scope: .sections(["monitoring", "timetable", "period"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let period = DocumentPeriod(context), !period.isReversed, let root = context.root, let kind = context.kind else { return [] }
        // A timetable entry may be a date, a month or a financial year; a review date is a date
        // only, and one written otherwise is date/invalid's to report, not a time to place.
        var dated: [(node: SyntaxNode, what: String, isDateOnly: Bool)] = []
        if kind.section("timetable") != nil {
            for item in root["timetable"]?.sequence?.items ?? [] {
                if let when = item.value.mapping?["when"] { dated.append((when, "This timetable entry", false)) }
            }
        }
        if kind.section("monitoring") != nil, let review = root["monitoring"]?.mapping?["review-date"] {
            dated.append((review, "The review date", true))
        }
        let document = context.documentPath ?? context.tree.source.name
        return dated.compactMap { node, what, isDateOnly in
            guard let text = node.scalar?.text, !isDateOnly || Formats.isDate(text), let placement = period.placement(of: text), placement != .inside else { return nil }
            let side = placement == .before ? "before the period starts (\(period.fromDate))" : "after the period ends (\(period.toDate))"
            return Finding(
                range: node.range,
                message: "\(what) (\(text)) falls \(side); move it inside the period \(period.description), or correct the year, or extend the period.",
                related: [RelatedLocation(documentName: document, range: period.entry.value?.range ?? period.entry.key.range, message: "The period the document covers.")]
            )
        }
    }
}
