import JSONSupport
import Schema

/// A framework's commissioning cycle: the model's stages in order, each with its activities and
/// a bar of how many it lists (004: every stage gets equal attention), the number written beside.
enum CycleBalance {
    static func render(_ value: JSONValue, model modelID: String?, vocabulary: Vocabulary) -> String {
        guard let model = modelID.flatMap(vocabulary.model(id:)) ?? vocabulary.defaultModel else {
            return HTML.text("p", [], PlainText.of(value))
        }
        let counts = model.stages.terms.map { count(value[$0.id]) }
        let most = max(counts.max() ?? 0, 1)
        var html = HTML.text("p", [], "Model: " + model.label + ".")
        for (stage, number) in zip(model.stages.terms, counts) {
            let width = Int((Double(number) / Double(most) * 200).rounded())
            let bar = #"<svg aria-hidden="true" width="204" height="16" viewBox="0 0 204 16"><rect x="0" y="1" width="204" height="14" fill="white" stroke="rgb(74,74,74)"/>"#
                + #"<rect x="2" y="3" width="\#(width)" height="10" fill="rgb(26,79,181)"/></svg>"#
            let words = number == 0 ? "no activities listed" : number == 1 ? "1 activity" : "\(number) activities"
            html += HTML.text("h3", [], stage.label)
                + HTML.element("div", [("class", "bar"), ("data-stage", stage.id), ("data-count", String(number))], bar + HTML.text("span", [], words))
            if let items = value[stage.id]?.arrayValue {
                html += HTML.element("ul", [], items.map { HTML.text("li", [], PlainText.of($0)) }.joined())
            } else if let text = value[stage.id].map(PlainText.of), !text.isEmpty {
                html += HTML.text("p", [], text)
            }
        }
        return html
    }

    /// As the cycle rules count: the items of a list that say something; text alone is one.
    static func count(_ value: JSONValue?) -> Int {
        switch value {
        case let .array(items)?: return items.filter { !PlainText.of($0).isEmpty }.count
        case nil, .null?: return 0
        case let other?: return PlainText.of(other).isEmpty ? 0 : 1
        }
    }
}
