import Schema
import Syntax

/// A document's `period: {from, to}` when both are real dates. Dates written YYYY-MM-DD compare
/// correctly as text, so no calendar arithmetic is needed.
struct DocumentPeriod {
    let entry: MappingEntry
    let from: SyntaxNode
    let to: SyntaxNode
    let fromDate: String
    let toDate: String

    static let key = "period"

    init?(_ context: RuleContext) {
        guard let entry = context.root?.entry(Self.key), let period = entry.value?.mapping,
              let from = period["from"], let to = period["to"],
              let fromDate = from.scalar?.text, let toDate = to.scalar?.text,
              Formats.isDate(fromDate), Formats.isDate(toDate) else { return nil }
        self.entry = entry
        self.from = from
        self.to = to
        self.fromDate = fromDate
        self.toDate = toDate
    }

    var isReversed: Bool { toDate < fromDate }

    /// Where a date (YYYY-MM-DD) or a month (YYYY-MM) falls: a month counts as inside when any of
    /// its days is. Nil for anything that is neither (the schema reports it).
    func placement(of when: String) -> Placement? {
        let first: String
        let last: String
        if Formats.isDate(when) {
            (first, last) = (when, when)
        } else if Formats.isYearMonth(when) {
            (first, last) = (when + "-01", when + "-31")
        } else {
            return nil
        }
        if last < fromDate { return .before }
        if first > toDate { return .after }
        return .inside
    }

    enum Placement {
        case before
        case inside
        case after
    }

    /// `2026-04-01 – 2029-03-31`
    var description: String { "\(fromDate) – \(toDate)" }
}
