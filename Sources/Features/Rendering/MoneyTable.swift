import JSONSupport
import Schema

/// A strategy's future services with their change and investment, the totals (sums over the
/// period and amounts a year kept apart, as they are not alike), set against `resources.total`,
/// with whether the plan over-commits the money stated in words.
enum MoneyTable {
    static func render(_ value: JSONValue, document: RenderInput, site: RenderSite) -> String {
        let services = value.arrayValue ?? []
        var sums = 0.0, yearly = 0.0, notCounted = 0
        let rows = services.map { service -> String in
            let name = service["service"].map(PlainText.of) ?? ""
            let change = service["change"].map(PlainText.of) ?? ""
            let changeLabel = site.vocabulary.list("service-change")?.term(change)?.label ?? change
            let investment = service["investment"]
            var shown = "—"
            if let investment, !investment.isNull {
                if let money = money(investment) {
                    shown = money.description
                    switch money.period {
                    case nil: sums += money.pounds
                    case .year?: yearly += money.pounds
                    default: notCounted += 1
                    }
                } else {
                    shown = PlainText.of(investment)
                    notCounted += 1
                }
            }
            let hypotheses = service["hypotheses"]?.arrayValue.map { $0.map(PlainText.of).joined(separator: ", ") } ?? ""
            return HTML.element("tr", [], HTML.text("th", [("scope", "row")], name) + HTML.text("td", [], changeLabel)
                                + HTML.text("td", [("class", "num")], shown) + HTML.text("td", [], hypotheses))
        }.joined()
        let head = ["Service", "Change", "Investment", "Hypotheses tested"].map { HTML.text("th", [("scope", "col")], $0) }.joined()
        var foot = ""
        if sums > 0 { foot += HTML.element("tr", [], HTML.text("th", [("scope", "row"), ("colspan", "2")], "Total over the period") + HTML.text("td", [("class", "num")], Money(pounds: sums)?.amount ?? "") + "<td></td>") }
        if yearly > 0 { foot += HTML.element("tr", [], HTML.text("th", [("scope", "row"), ("colspan", "2")], "Total a year") + HTML.text("td", [("class", "num")], (Money(pounds: yearly)?.amount ?? "") + " a year") + "<td></td>") }
        let total = document.data["resources"]?["total"].flatMap(money)
        if let total { foot += HTML.element("tr", [], HTML.text("th", [("scope", "row"), ("colspan", "2")], "Resources (total)") + HTML.text("td", [("class", "num")], total.description) + "<td></td>") }
        let table = HTML.element("table", [("class", "money")], HTML.text("caption", [], "Future services and their investment")
                                 + HTML.element("thead", [], HTML.element("tr", [], head)) + HTML.element("tbody", [], rows)
                                 + (foot.isEmpty ? "" : HTML.element("tfoot", [], foot)))
        var html = HTML.element("div", [("class", "table-wrap"), ("role", "region"), ("aria-label", "Future services (scrolls sideways)"), ("tabindex", "0")], table)
        html += verdict(document: document, total: total, sums: sums, yearly: yearly)
        if notCounted > 0 { html += HTML.text("p", [], "\(notCounted) investment\(notCounted == 1 ? " is" : "s are") not counted in the totals: not an amount, or a price a week or an hour.") }
        return html
    }

    /// Over-commitment in words. When lint's `strategy/overcommitted` fired, its own sentence
    /// (which counts as the rule does) is shown; else the plan is said to fit.
    static func verdict(document: RenderInput, total: Money?, sums: Double, yearly: Double) -> String {
        if let finding = document.problems.first(where: { $0.code == "strategy/overcommitted" }) {
            return HTML.element("p", [("class", "over")], "Over-committed: " + HTML.escape(finding.message))
        }
        guard let total else { return HTML.text("p", [], "The document states no total of resources to set the investments against.") }
        guard sums > 0 || yearly > 0 else { return "" }
        return HTML.text("p", [("class", "within")], "Within the resources: the investments planned do not add up to more than the \(total) available.")
    }

    static func money(_ value: JSONValue) -> Money? {
        switch value {
        case let .string(text): return Money(text)
        case let .int(number): return Money(pounds: Double(number))
        case let .double(number): return Money(pounds: number)
        default: return nil
        }
    }
}
