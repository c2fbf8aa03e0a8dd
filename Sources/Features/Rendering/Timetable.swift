import JSONSupport
import Schema

/// The timetable as a dated list in date order, with what falls outside the document's period
/// marked in words.
enum Timetable {
    static func render(_ value: JSONValue, period: JSONValue?) -> String {
        let items = (value.arrayValue ?? []).enumerated().map { index, item in
            (when: item["when"].map(PlainText.of) ?? "", activity: item["activity"].map(PlainText.of) ?? PlainText.of(item), index: index)
        }
        // Dates are ISO (YYYY-MM, YYYY-MM-DD), so text order is date order (a financial year sorts with its first year).
        let sorted = items.sorted { ($0.when, $0.index) < ($1.when, $1.index) }
        let from = period?["from"].map(PlainText.of) ?? ""
        let to = period?["to"].map(PlainText.of) ?? ""
        let rows = sorted.map { item -> String in
            let outside = isOutside(item.when, from: from, to: to)
            return HTML.element("li", outside ? [("class", "outside-period")] : [],
                                HTML.text("time", [("datetime", item.when)], item.when) + " — " + HTML.escape(item.activity)
                                    + (outside ? " " + HTML.text("span", [("class", "outside")], "(outside the period \(from) to \(to))") : ""))
        }.joined()
        return HTML.element("ol", [("class", "timetable")], rows)
    }

    /// Outside when none of its days is within the period (a month or a financial year is
    /// inside when any of its days is, as `date/timetable-outside-period` reads it); not marked
    /// when it or the period cannot be read as dates (the checks report that).
    static func isOutside(_ when: String, from: String, to: String) -> Bool {
        guard let days = Formats.daysCovered(by: when) else { return false }
        if let first = Formats.periodDay(from, isEnd: false), days.last < first { return true }
        if let last = Formats.periodDay(to, isEnd: true), days.first > last { return true }
        return false
    }
}
