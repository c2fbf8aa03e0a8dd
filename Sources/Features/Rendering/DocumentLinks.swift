import JSONSupport

/// Links between the rendered documents: a strategy to its hypothesis set, a framework's key
/// documents to those rendered beside it. A path to a document not rendered is shown as text.
enum DocumentLinks {
    static func hypothesisSet(_ value: JSONValue, document: RenderInput, site: RenderSite) -> String {
        let path = PlainText.of(value)
        guard let target = site.document(named: path, from: document) else {
            return HTML.element("p", [], "The hypothesis set " + HTML.text("code", [], path) + " (not among the documents rendered).")
        }
        return HTML.element("p", [], "This strategy tests the hypotheses in " + HTML.text("a", [("href", target.pageName)], target.title) + ".")
    }

    static func keyDocuments(_ value: JSONValue, document: RenderInput, site: RenderSite) -> String {
        let items = (value.arrayValue ?? []).map { item -> String in
            let title = item["title"].map(PlainText.of) ?? PlainText.of(item)
            let relates = item["relates-to"].map(PlainText.of) ?? ""
            let name: String
            if let path = item["path"]?.stringValue, let target = site.document(named: path, from: document) {
                name = HTML.text("a", [("href", target.pageName)], title)
            } else {
                name = HTML.text("strong", [], title)
            }
            return HTML.element("li", [], name + (relates.isEmpty ? "" : " — " + HTML.escape(relates)))
        }.joined()
        return HTML.element("ul", [], items)
    }

    /// The strategies that name `set` as their hypothesis set, for the set's page.
    static func strategies(testing set: RenderInput, in site: RenderSite) -> [RenderInput] {
        site.documents.filter { strategy in
            guard let path = strategy.data["hypotheses"]?.stringValue else { return false }
            return site.document(named: path, from: strategy)?.workspacePath == set.workspacePath
        }
    }
}
