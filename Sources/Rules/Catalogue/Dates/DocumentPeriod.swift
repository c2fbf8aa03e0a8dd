import Schema
import Syntax

/// A document's `period: {from, to}` when both are real dates or financial years (`from: 2025/26`
/// is its first day, 1 April 2025; `to: 2028/29` its last, 31 March 2029), as days written
/// YYYY-MM-DD, which compare correctly as text, so no calendar arithmetic is needed.
struct DocumentPeriod {
    let entry: MappingEntry
    let from: SyntaxNode
    let to: SyntaxNode
    let fromDate: String
    let toDate: String
    /// `from` and `to` as written (`2025/26`, or the date itself).
    let fromText: String
    let toText: String

    static let key = "period"

    init?(_ context: RuleContext) { self.init(root: context.root) }

    init?(root: SyntaxMapping?) {
        guard let entry = root?.entry(Self.key), let period = entry.value?.mapping,
              let from = period["from"], let to = period["to"],
              let fromText = from.scalar?.text, let toText = to.scalar?.text,
              let fromDate = Formats.periodDay(fromText, isEnd: false), let toDate = Formats.periodDay(toText, isEnd: true) else { return nil }
        self.entry = entry
        self.from = from
        self.to = to
        self.fromDate = fromDate
        self.toDate = toDate
        self.fromText = fromText
        self.toText = toText
    }

    var isReversed: Bool { toDate < fromDate }

    /// Where a date (YYYY-MM-DD), a month (YYYY-MM) or a financial year (2028/29: 1 April 2028 to
    /// 31 March 2029) falls: a month or a financial year counts as inside when any of its days
    /// is. Nil for anything that is none of these (the schema reports it). `2011-12` reads as a
    /// month, as the `month-or-date` schema accepts it as one first.
    func placement(of when: String) -> Placement? {
        guard let (first, last) = Formats.daysCovered(by: when) else { return nil }
        if last < fromDate { return .before }
        if first > toDate { return .after }
        return .inside
    }

    enum Placement {
        case before
        case inside
        case after
    }

    /// How many years the period spans, counting whole months and the days left over, to two
    /// decimals: 2026-04-01 – 2029-03-31 is 3 years, 2026-04-01 – 2027-09-30 is 1.5.
    var years: Double {
        func parts(_ date: String) -> (year: Int, month: Int, day: Int) {
            let numbers = date.split(separator: "-").map { Int($0) ?? 0 }
            return (numbers[0], numbers[1], numbers[2])
        }
        let start = parts(fromDate)
        var end = parts(toDate)
        // The period includes its last day: count to the day after it.
        end.day += 1
        if end.day > Formats.daysIn(month: end.month, year: end.year) {
            end.day = 1
            end.month += 1
            if end.month > 12 { (end.month, end.year) = (1, end.year + 1) }
        }
        var months = (end.year - start.year) * 12 + end.month - start.month
        var days = end.day - start.day
        if days < 0 {
            months -= 1
            let previous = end.month == 1 ? (12, end.year - 1) : (end.month - 1, end.year)
            days += Formats.daysIn(month: previous.0, year: previous.1)
        }
        let years = (Double(months) + Double(days) / 30.4375) / 12
        return (years * 100).rounded() / 100
    }

    /// `3 years`, `1.5 years`, `1 year`.
    var yearsDescription: String {
        let years = self.years
        let number = years.rounded() == years ? String(Int(years)) : String(format: "%g", years)
        return number + (years == 1 ? " year" : " years")
    }

    /// `2026-04-01 – 2029-03-31`
    /// `2026-04-01 – 2029-03-31`; in financial years, `2025/26 – 2028/29 (2025-04-01 – 2029-03-31)`.
    var description: String {
        let days = "\(fromDate) – \(toDate)"
        return fromText == fromDate && toText == toDate ? days : "\(fromText) – \(toText) (\(days))"
    }
}
