import JSONSupport
import Schema

/// The IPC matrix self-assessment (000) as one table: the seven areas down, the four levels
/// across, each header a `<th scope>`. The current level is marked by a filled circle and the
/// word "Current", the target by an outlined diamond and the word "Target" — never by colour
/// alone. Each cell's example activities from 000 are in a `<details>`; the evidence sits under
/// its area; an area left out is said to be not assessed.
enum MatrixGrid {
    static func render(_ value: JSONValue, vocabulary: Vocabulary) -> String {
        let matrix = vocabulary.matrix
        let levels = matrix.levels.terms
        let head = HTML.text("th", [("scope", "col")], "Area")
            + levels.map { HTML.text("th", [("scope", "col")], $0.label) }.joined()
        var assessed = 0
        let rows = matrix.areas.terms.map { area -> String in
            let assessment = value[area.id]
            let current = assessment?["current"]?.stringValue
            let target = assessment?["target"]?.stringValue
            if assessment != nil { assessed += 1 }
            var header = HTML.text("span", [], area.label)
            if assessment == nil {
                header += HTML.text("p", [("class", "evidence not-assessed")], "Not assessed")
            } else if let evidence = assessment?["evidence"].map(PlainText.of), !evidence.isEmpty {
                header += HTML.element("p", [("class", "evidence")], HTML.text("span", [("class", "sev")], "Evidence: ") + HTML.escape(evidence))
            } else {
                header += HTML.text("p", [("class", "evidence")], "No evidence given.")
            }
            let cells = levels.map { level -> String in
                var marks = ""
                if level.id == current { marks += marker(.current) }
                if level.id == target { marks += marker(.target) }
                let activities = matrix.cell(area: area.id, level: level.id)?.activities ?? []
                let examples = activities.isEmpty ? "" : HTML.element("details", [],
                    HTML.text("summary", [], "Example activities")
                        + HTML.element("ul", [], activities.map { HTML.text("li", [], $0.text) }.joined()))
                return HTML.element("td", level.id == current ? [("class", "current")] : [], marks + examples)
            }.joined()
            return HTML.element("tr", [("data-area", area.id)], HTML.element("th", [("scope", "row")], header) + cells)
        }.joined()
        let caption = "The IPC matrix: \(assessed) of \(matrix.areas.terms.count) areas assessed. "
            + "● Current marks the level now; ◇ Target the level aimed for."
        let legend = HTML.text("caption", [], caption)
        let table = HTML.element("table", [("class", "matrix")], legend + HTML.element("thead", [], HTML.element("tr", [], head)) + HTML.element("tbody", [], rows))
        return HTML.element("div", [("class", "table-wrap"), ("role", "region"), ("aria-label", "The IPC matrix (scrolls sideways)"), ("tabindex", "0")], table)
    }

    enum Mark { case current, target }

    /// A shape and a word; the shape is decoration (`aria-hidden`), the word carries the meaning.
    static func marker(_ mark: Mark) -> String {
        switch mark {
        case .current:
            return HTML.element("span", [("class", "marker mark-current")],
                                #"<svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><circle cx="7" cy="7" r="6" fill="rgb(27,27,27)"/></svg>"# + "Current")
        case .target:
            return HTML.element("span", [("class", "marker mark-target")],
                                #"<svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><path d="M7 1 13 7 7 13 1 7Z" fill="none" stroke="rgb(27,27,27)" stroke-width="2"/></svg>"# + "Target")
        }
    }
}
