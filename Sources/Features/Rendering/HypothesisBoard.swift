import JSONSupport
import Schema

/// A hypothesis set as a status board: one column per status of the vocabulary (untested,
/// supported, refuted, inconclusive), each card with the statement, the test, the finding, who
/// proposed it, and the future services of the strategies in the workspace that cite it.
enum HypothesisBoard {
    static func render(_ value: JSONValue, document: RenderInput, site: RenderSite) -> String {
        let hypotheses = value.arrayValue ?? []
        // Only the first hypothesis with an id is its link target: a page has each id once,
        // even when the set repeats one (which the lint reports).
        var seen: Set<String> = []
        let anchored = Set(hypotheses.indices.filter { seen.insert(hypotheses[$0]["id"].map(PlainText.of) ?? "").inserted })
        let numbered = Array(hypotheses.enumerated())
        let statuses = site.vocabulary.list("hypothesis-status")?.terms ?? []
        let citing = citations(of: document, in: site)
        let groups = statuses.map { status in
            (status, numbered.filter { ($0.element["status"]?.stringValue ?? "untested") == status.id })
        }
        let unknown = numbered.filter { hypothesis in !statuses.contains { $0.id == (hypothesis.element["status"]?.stringValue ?? "untested") } }
        var columns = groups.map { status, items in
            column(title: status.label.prefix(1).uppercased() + status.label.dropFirst(), id: status.id, items: items, anchored: anchored, citing: citing, site: site)
        }
        if !unknown.isEmpty { columns.append(column(title: "Other status", id: "other", items: unknown, anchored: anchored, citing: citing, site: site)) }
        let summary = groups.map { "\($0.1.count) \($0.0.label)" }.joined(separator: ", ")
        let testedBy = DocumentLinks.strategies(testing: document, in: site).map { HTML.text("a", [("href", $0.pageName)], $0.title) }
        let back = testedBy.isEmpty ? "" : HTML.element("p", [], "Tested by: " + testedBy.joined(separator: ", ") + ".")
        return back + HTML.text("p", [], "\(hypotheses.count) hypotheses: \(summary).") + HTML.element("div", [("class", "board")], columns.joined())
    }

    static func column(title: String, id: String, items: [(offset: Int, element: JSONValue)], anchored: Set<Int>, citing: [String: [String]],
                       site: RenderSite) -> String {
        let cards = items.map { card($0.element, isAnchor: anchored.contains($0.offset), citing: citing, site: site) }.joined()
        return HTML.element("section", [("data-status", id), ("data-count", String(items.count)), ("aria-label", title)],
                            HTML.text("h3", [], "\(title) (\(items.count))") + (cards.isEmpty ? HTML.text("p", [], "None.") : cards))
    }

    static func card(_ hypothesis: JSONValue, isAnchor: Bool = true, citing: [String: [String]], site: RenderSite) -> String {
        let id = hypothesis["id"].map(PlainText.of) ?? ""
        var facts: [(String, String)] = []
        for (key, label) in [("statement", "Statement"), ("test", "Test"), ("finding", "Finding")] {
            if let text = hypothesis[key].map(PlainText.of), !text.isEmpty { facts.append((label, HTML.escape(text))) }
        }
        if hypothesis["finding"] == nil { facts.append(("Finding", "None recorded yet.")) }
        if let groups = hypothesis["proposed-by"]?.arrayValue, !groups.isEmpty {
            let names = groups.map { group in
                let text = PlainText.of(group)
                return site.vocabulary.list("stakeholder-group")?.term(text)?.label ?? text
            }
            facts.append(("Proposed by", HTML.escape(names.joined(separator: ", "))))
        }
        let services = citing[id] ?? []
        facts.append(("Cited by", services.isEmpty ? "No future service cites it." : HTML.element("ul", [], services.joined())))
        let list = facts.map { HTML.text("dt", [], $0.0) + HTML.element("dd", [], $0.1) }.joined()
        let attributes = [("class", "card")] + (isAnchor ? [("id", "hypothesis-" + HTML.anchor(id))] : [])
        return HTML.element("article", attributes,
                            HTML.text("h4", [], id.isEmpty ? "Hypothesis" : id) + HTML.element("dl", [], list))
    }

    /// For each hypothesis id, links to the future services (in strategies whose `hypotheses:`
    /// names this set) that list it.
    static func citations(of set: RenderInput, in site: RenderSite) -> [String: [String]] {
        var found: [String: [String]] = [:]
        for strategy in site.documents {
            guard let path = strategy.data["hypotheses"]?.stringValue, site.document(named: path, from: strategy)?.workspacePath == set.workspacePath else { continue }
            for service in strategy.data["future-services"]?.arrayValue ?? [] {
                let name = service["service"].map(PlainText.of) ?? "A future service"
                for id in service["hypotheses"]?.arrayValue ?? [] {
                    let link = HTML.element("li", [], HTML.text("a", [("href", strategy.pageName + "#" + HTML.anchor("future-services"))], name)
                                            + " — " + HTML.escape(strategy.title))
                    found[PlainText.of(id), default: []].append(link)
                }
            }
        }
        return found
    }
}
