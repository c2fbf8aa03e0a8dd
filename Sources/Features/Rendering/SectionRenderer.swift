import JSONSupport
import Schema
import Syntax

/// Picks the renderer for one top-level element: those with a shape of their own, else the
/// generic one (text as paragraphs, lists as lists, mappings as definition lists).
enum SectionRenderer {
    static func render(key: String, value: JSONValue, document: RenderInput, site: RenderSite) -> String {
        let kindID = document.kind?.id
        switch key {
        case "model":
            let id = PlainText.of(value)
            return HTML.text("p", [], site.vocabulary.model(id: id).map { "\($0.label) (\(id))" } ?? id)
        case "integration": return MatrixGrid.render(value, vocabulary: site.vocabulary)
        case "cycle": return CycleBalance.render(value, model: document.data["model"]?.stringValue, vocabulary: site.vocabulary)
        case "hypotheses" where kindID == "hypothesis-set": return HypothesisBoard.render(value, document: document, site: site)
        case "hypotheses": return DocumentLinks.hypothesisSet(value, document: document, site: site)
        case "future-services": return MoneyTable.render(value, document: document, site: site)
        case "timetable": return Timetable.render(value, period: document.data["period"])
        case "documents": return DocumentLinks.keyDocuments(value, document: document, site: site)
        case "demand": return DemandChart.render(value, path: [.key(key)], document: document, site: site)
        case "supply": return Generic.supply(value, path: [.key(key)], document: document, site: site)
        default: return Generic.render(value, path: [.key(key)], document: document, site: site, depth: 3)
        }
    }
}

/// Plain elements: a paragraph, a list, or a definition list of the element's parts under their
/// schema titles.
enum Generic {
    static func render(_ value: JSONValue, path: [PathComponent], document: RenderInput, site: RenderSite, depth: Int) -> String {
        switch value {
        case .null: return ""
        case let .array(items):
            let rendered = items.enumerated().map { index, item in
                HTML.element("li", [], render(item, path: path + [.index(index)], document: document, site: site, depth: depth))
            }.joined()
            return HTML.element("ul", [], rendered)
        case let .object(object):
            if path.count > 1, object.keys.allSatisfy({ object[$0].map(isShort) ?? true }) {
                let items = object.keys.map { key in
                    HTML.text("dt", [], title(of: key, at: path, document: document)) + HTML.element("dd", [], render(object[key] ?? .null, path: path + [.key(key)], document: document, site: site, depth: depth + 1))
                }.joined()
                return HTML.element("dl", [], items)
            }
            return object.keys.map { key in
                let heading = depth <= 6 ? "h\(min(depth, 6))" : "p"
                return HTML.text(heading, [], title(of: key, at: path, document: document))
                    + render(object[key] ?? .null, path: path + [.key(key)], document: document, site: site, depth: depth + 1)
            }.joined()
        default:
            let text = PlainText.of(value)
            let label = termLabel(text, at: path, document: document, site: site)
            return HTML.text("p", [], label ?? text)
        }
    }

    /// The pros and cons of supply side by side, the rest as usual.
    static func supply(_ value: JSONValue, path: [PathComponent], document: RenderInput, site: RenderSite) -> String {
        guard let object = value.objectValue else { return render(value, path: path, document: document, site: site, depth: 3) }
        var html = ""
        var pair = ""
        for key in object.keys {
            let part = HTML.text("h3", [], title(of: key, at: path, document: document))
                + render(object[key] ?? .null, path: path + [.key(key)], document: document, site: site, depth: 4)
            if key == "strengths" || key == "weaknesses" { pair += HTML.element("div", [], part) } else { html += part }
        }
        return html + (pair.isEmpty ? "" : HTML.element("div", [("class", "pair")], pair))
    }

    static func isShort(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return false
        case let .string(text): return text.count < 200
        default: return true
        }
    }

    /// An element's title from its schema, else its key.
    static func title(of key: String, at path: [PathComponent], document: RenderInput) -> String {
        guard let kind = document.kind else { return key }
        return ElementGuide.shared.documentation(at: path + [.key(key)], in: kind)?.title ?? key
    }

    /// A vocabulary term's label for an id the schema constrains (`increase` → its title), or nil.
    static func termLabel(_ id: String, at path: [PathComponent], document: RenderInput, site: RenderSite) -> String? {
        guard case let .key(last)? = path.last(where: { if case .key = $0 { true } else { false } }) else { return nil }
        let lists = ["change": "service-change", "levers": "lever", "type": "partner-type"]
        guard let list = lists[last] else { return nil }
        return site.vocabulary.list(list)?.term(id)?.label
    }
}

/// The problems lint found, as a banner at the top: `Draft — 2 errors, 1 warning`, each with its
/// line and a link to its section.
enum ProblemBanner {
    static func render(_ document: RenderInput) -> String {
        let shown = document.problems.filter { $0.severity == .error || $0.severity == .warning }
        guard !shown.isEmpty else { return "" }
        let heading = "Draft — " + count(document.errorCount, "error") + ", " + count(document.warningCount, "warning")
        let items = shown.map { problem -> String in
            let place = "line \(problem.line)"
            let link = problem.sectionKey.map { HTML.text("a", [("href", "#" + HTML.anchor($0))], place) } ?? HTML.escape(place)
            return HTML.element("li", [], HTML.text("span", [("class", "sev")], problem.severity == .error ? "Error" : "Warning")
                                + " (" + link + ", " + HTML.text("code", [], problem.code) + "): " + HTML.escape(problem.message))
        }.joined()
        return HTML.element("section", [("class", "banner"), ("aria-labelledby", "problems-h")],
                            HTML.text("h2", [("id", "problems-h")], heading) + HTML.element("ul", [], items))
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
