import SourceText
import Syntax

/// A period that ends before it starts.
public struct PeriodReversedRule: Rule {
    public static let fixSafety: FixSafety = .unsafe
    public static let metadata = RuleMetadata(
        id: "period/reversed",
        defaultSeverity: .error,
        summary: "`period.to` is before `period.from`.",
        explanation: """
            The period is the time the document covers, from its first day (`from`) to its last \
            (`to`). When `to` comes before `from` the two are usually swapped, or a year is \
            mistyped; nothing dated in the document (timetable, review date) can then be checked \
            against the period. Swap the dates or correct the year.
            """,
        sources: [],
        firingExample: """
            kind: commissioning-strategy
            period: {from: 2029-03-31, to: 2026-04-01}
            """,
        passingExample: """
            kind: commissioning-strategy
            period: {from: 2026-04-01, to: 2029-03-31}
            """
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let period = DocumentPeriod(context), period.isReversed else { return [] }
        let swap = Fix(title: "Swap `from` and `to`", edits: [
            TextEdit(range: period.from.range, newText: context.text(in: period.to.range)),
            TextEdit(range: period.to.range, newText: context.text(in: period.from.range)),
        ])
        return [Finding(
            range: period.to.range,
            message: "The period ends (\(period.toText)) before it starts (\(period.fromText)); swap `from` and `to`, or correct the year.",
            fixes: [swap],
            related: [RelatedLocation(documentName: context.documentPath ?? context.tree.source.name, range: period.from.range, message: "The period starts here.")]
        )]
    }
}
