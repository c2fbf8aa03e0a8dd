import Schema

/// The workspace's `index.html`: every document rendered, grouped by kind, with its status,
/// period and problem counts.
public enum IndexPage {
    public static func render(_ site: RenderSite, title: String = "Commissioning documents") -> String {
        var main = ""
        let kinds = site.vocabulary.kinds.map { Optional($0) } + [nil]
        for kind in kinds {
            let documents = site.documents.filter { $0.kind?.id == kind?.id }.sorted { $0.title < $1.title }
            guard !documents.isEmpty else { continue }
            let heading = kind.map { $0.title + "s" } ?? "Documents of unknown kind"
            let head = ["Document", "Status", "Period", "Problems"].map { HTML.text("th", [("scope", "col")], $0) }.joined()
            let rows = documents.map { document -> String in
                let period = document.data["period"].map { "\($0["from"].map(PlainText.of) ?? "?") to \($0["to"].map(PlainText.of) ?? "?")" } ?? "—"
                let problems = document.errorCount + document.warningCount == 0 ? "None"
                    : ProblemBanner.count(document.errorCount, "error") + ", " + ProblemBanner.count(document.warningCount, "warning")
                return HTML.element("tr", [], HTML.element("th", [("scope", "row")], HTML.text("a", [("href", document.pageName)], document.title))
                                    + HTML.text("td", [], document.data["status"].map(PlainText.of) ?? "—")
                                    + HTML.text("td", [], period) + HTML.text("td", [], problems))
            }.joined()
            let id = "kind-" + HTML.anchor(kind?.id ?? "unknown")
            main += HTML.element("section", [("aria-labelledby", id)], HTML.text("h2", [("id", id)], heading)
                + HTML.element("div", [("class", "table-wrap"), ("role", "region"), ("aria-label", heading + " (scrolls sideways)"), ("tabindex", "0")], HTML.element("table", [], HTML.element("thead", [], HTML.element("tr", [], head)) + HTML.element("tbody", [], rows))))
        }
        if main.isEmpty { main = HTML.text("p", [], "No documents were rendered.") }
        let header = HTML.element("header", [("class", "page")], HTML.text("h1", [], title)
                                  + HTML.text("p", [], "\(site.documents.count) document\(site.documents.count == 1 ? "" : "s"), by kind."))
        return DocumentPage.page(title: title, body: header + HTML.element("main", [("id", "main")], main)
                                 + HTML.element("footer", [], HTML.text("p", [], "Written by commissioning-ls.")))
    }
}
