import JSONSupport

/// The timetable as a dated list in date order, with what falls outside the document's period
/// marked in words.
enum Timetable {
    static func render(_ value: JSONValue, period: JSONValue?) -> String {
        let items = (value.arrayValue ?? []).enumerated().map { index, item in
            (when: item["when"].map(PlainText.of) ?? "", activity: item["activity"].map(PlainText.of) ?? PlainText.of(item), index: index)
        }
        // Dates are ISO (YYYY, YYYY-MM, YYYY-MM-DD), so text order is date order.
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

    /// Compared on the shared prefix, so `2026-06` lies within a period starting 2026-04-01.
    static func isOutside(_ when: String, from: String, to: String) -> Bool {
        guard !when.isEmpty else { return false }
        if !from.isEmpty, when < String(from.prefix(when.count)) { return true }
        if !to.isEmpty, when > String(to.prefix(when.count)) { return true }
        return false
    }
}
