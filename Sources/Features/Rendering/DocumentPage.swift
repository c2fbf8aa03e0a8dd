import JSONSupport
import Schema
import Syntax

/// One document as a self-contained, accessible HTML page: a header with the partners, period,
/// status and owner; a banner listing lint's problems; then every element in the schema's reading
/// order under the sources' own name, with its one-line purpose. Elements with a shape of their
/// own (the matrix, the cycle, hypotheses, money, demand, supply, the timetable, links) are drawn
/// by their own renderers; the rest as text, lists and definition lists.
public enum DocumentPage {
    /// The header's elements, shown together at the top rather than as sections.
    static let headerKeys: Set<String> = ["kind", "title", "population", "partners", "approach", "period", "status", "owner"]

    public static func render(_ document: RenderInput, in site: RenderSite) -> String {
        let title = document.title
        var body = header(document, in: site)
        body += ProblemBanner.render(document)
        let sections = sectionList(document, in: site)
        if sections.count > 1 {
            let items = sections.map { HTML.element("li", [], HTML.text("a", [("href", "#" + HTML.anchor($0.key))], $0.title)) }.joined()
            body += HTML.element("nav", [("class", "toc"), ("aria-label", "Contents")], HTML.text("h2", [("id", "contents")], "Contents") + HTML.element("ol", [], items))
        }
        let main = sections.map { section in
            HTML.element("section", [("id", HTML.anchor(section.key)), ("aria-labelledby", HTML.anchor(section.key) + "-h")],
                         HTML.text("h2", [("id", HTML.anchor(section.key) + "-h")], section.title)
                             + (section.purpose.isEmpty ? "" : HTML.text("p", [("class", "purpose")], section.purpose))
                             + section.body)
        }.joined()
        body += HTML.element("main", [("id", "main")], main)
        body += footer(document, in: site)
        return page(title: title, body: body)
    }

    /// The shell every page shares: language, viewport, inline style, skip link.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>\(PageStyle.css)
        \(PageStyle.runningTitle(title))</style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to the content</a>
        \(body)
        </body>
        </html>

        """
    }

    struct RenderedSection {
        let key: String
        let title: String
        let purpose: String
        let body: String
    }

    /// The document's elements in the schema's order, then any the schema does not know (so that
    /// nothing written is lost from the page).
    static func sectionList(_ document: RenderInput, in site: RenderSite) -> [RenderedSection] {
        guard let object = document.data.objectValue else { return [] }
        var known: [String] = document.kind?.sections.map(\.key) ?? []
        known.append(contentsOf: object.keys.filter { !known.contains($0) })
        return known.compactMap { key in
            guard !headerKeys.contains(key), let value = object[key], !value.isNull else { return nil }
            let section = document.kind?.section(key)
            let body = SectionRenderer.render(key: key, value: value, document: document, site: site)
            return RenderedSection(key: key, title: section?.title ?? key, purpose: section.map { HTML.firstSentence($0.description) } ?? "", body: body)
        }
    }

    static func header(_ document: RenderInput, in site: RenderSite) -> String {
        let kindTitle = document.kind?.title ?? "Document of unknown kind"
        var facts: [(String, String)] = []
        let data = document.data
        func label(_ key: String) -> String { document.kind?.section(key)?.title ?? key }
        if let population = data["population"].map(PlainText.of), !population.isEmpty { facts.append((label("population"), HTML.escape(population))) }
        if let partners = data["partners"]?.arrayValue, !partners.isEmpty {
            let names = partners.map { partner -> String in
                let name = partner["name"].map(PlainText.of) ?? PlainText.of(partner)
                let type = partner["type"]?.stringValue.flatMap { site.vocabulary.list("partner-type")?.term($0)?.label } ?? partner["type"]?.stringValue
                return HTML.escape(name) + (type.map { " (" + HTML.escape($0) + ")" } ?? "")
            }
            facts.append((label("partners"), HTML.element("ul", [], names.map { HTML.element("li", [], $0) }.joined())))
        }
        if let approach = data["approach"]?.stringValue {
            facts.append((label("approach"), HTML.escape(site.vocabulary.list("approach")?.term(approach)?.label ?? approach)))
        }
        if let period = data["period"] {
            let from = period["from"].map(PlainText.of) ?? "?"
            let to = period["to"].map(PlainText.of) ?? "?"
            facts.append((label("period"), HTML.escape("\(from) to \(to)")))
        }
        if let status = data["status"].map(PlainText.of), !status.isEmpty { facts.append((label("status"), HTML.escape(status))) }
        if let owner = data["owner"].map(PlainText.of), !owner.isEmpty { facts.append((label("owner"), HTML.escape(owner))) }
        let list = facts.map { HTML.text("dt", [], $0.0) + HTML.element("dd", [], $0.1) }.joined()
        return HTML.element("header", [("class", "page")],
                            HTML.text("p", [("class", "kind")], kindTitle)
                                + HTML.text("h1", [], document.title)
                                + (list.isEmpty ? "" : HTML.element("dl", [("class", "facts")], list)))
    }

    static func footer(_ document: RenderInput, in site: RenderSite) -> String {
        let index = site.hasIndex ? " " + HTML.text("a", [("href", "index.html")], "All documents") : ""
        var text = HTML.element("p", [], "Written from " + HTML.text("code", [], document.workspacePath) + " by commissioning-ls." + index)
        if let source = document.kind?.source, let citation = site.bibliography.citation(for: source) {
            text += HTML.element("p", [], "What this kind of document is: " + HTML.escape(citation) + ".")
        }
        return HTML.element("footer", [], text)
    }
}

/// A value's text as a reader sees it: scalars as written, lists joined.
enum PlainText {
    static func of(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case let .bool(flag): return flag ? "yes" : "no"
        case let .int(number): return String(number)
        case let .double(number): return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let .string(text): return text
        case let .array(items): return items.map(of).joined(separator: ", ")
        case let .object(object): return object.keys.map { "\($0): \(of(object[$0] ?? .null))" }.joined(separator: "; ")
        }
    }
}
