import JSONSupport
import Syntax

/// A market position statement's demand: the forecasts as a table (measure, now, projected, year)
/// and a bar chart of the same numbers, which the table describes for screen readers; each
/// measure has its own scale, as the measures count different things.
enum DemandChart {
    static func render(_ value: JSONValue, path: [PathComponent], document: RenderInput, site: RenderSite) -> String {
        guard let object = value.objectValue else { return Generic.render(value, path: path, document: document, site: site, depth: 3) }
        var html = ""
        for key in object.keys {
            let part = object[key] ?? .null
            html += HTML.text("h3", [], Generic.title(of: key, at: path, document: document))
            if key == "forecasts", let forecasts = part.arrayValue {
                html += table(forecasts) + chart(forecasts)
            } else {
                html += Generic.render(part, path: path + [.key(key)], document: document, site: site, depth: 4)
            }
        }
        return html
    }

    static func table(_ forecasts: [JSONValue]) -> String {
        let head = ["Measure", "Now", "Projected", "Year"].map { HTML.text("th", [("scope", "col")], $0) }.joined()
        let rows = forecasts.map { item in
            HTML.element("tr", [], HTML.text("th", [("scope", "row")], item["measure"].map(PlainText.of) ?? "")
                         + HTML.text("td", [("class", "num")], item["current"].map(PlainText.of) ?? "")
                         + HTML.text("td", [("class", "num")], item["projected"].map(PlainText.of) ?? "")
                         + HTML.text("td", [("class", "num")], item["year"].map(PlainText.of) ?? ""))
        }.joined()
        return HTML.element("div", [("class", "table-wrap"), ("role", "region"), ("aria-label", "Demand forecasts (scrolls sideways)"), ("tabindex", "0")], HTML.element("table", [("id", "forecasts-table")],
            HTML.text("caption", [], "Demand forecasts") + HTML.element("thead", [], HTML.element("tr", [], head)) + HTML.element("tbody", [], rows)))
    }

    /// Two bars per measure, now (solid) and projected (hatched outline), labelled with their numbers.
    static func chart(_ forecasts: [JSONValue]) -> String {
        let rowHeight = 54
        let height = forecasts.count * rowHeight + 10
        var shapes = ""
        for (index, item) in forecasts.enumerated() {
            let now = number(item["current"]), later = number(item["projected"])
            let scale = max(now ?? 0, later ?? 0)
            let y = index * rowHeight + 6
            shapes += #"<text x="0" y="\#(y + 10)" font-size="12" fill="rgb(27,27,27)">\#(HTML.escape(item["measure"].map(PlainText.of) ?? ""))</text>"#
            for (offset, amount, label, style) in [(14, now, "now", #"fill="rgb(26,79,181)""#), (30, later, "projected", #"fill="white" stroke="rgb(27,27,27)" stroke-width="2" stroke-dasharray="4 2""#)] {
                let width = scale > 0 ? Int(((amount ?? 0) / scale * 380).rounded()) : 0
                let text = (offset == 14 ? item["current"] : item["projected"]).map(PlainText.of) ?? "?"
                shapes += #"<rect x="0" y="\#(y + offset)" width="\#(max(width, 1))" height="12" \#(style)/>"#
                shapes += #"<text x="\#(width + 6)" y="\#(y + offset + 10)" font-size="11" fill="rgb(27,27,27)">\#(HTML.escape(label + " " + text))</text>"#
            }
        }
        let svg = #"<svg role="img" aria-labelledby="forecasts-chart-title" viewBox="0 0 600 \#(height)" width="100%" style="max-width:600px"><title id="forecasts-chart-title">Chart of the demand forecasts; the numbers are in the table above</title>\#(shapes)</svg>"#
        return HTML.element("figure", [], svg + HTML.text("figcaption", [], "Now (solid bar) and projected (dashed outline) for each measure, each on its own scale."))
    }

    /// `21400` → 21400; `38%` → 38.
    static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case let .int(number)?: return Double(number)
        case let .double(number)?: return number
        case let .string(text)?: return Double(text.filter { $0.isNumber || $0 == "." })
        default: return nil
        }
    }
}
