import Syntax

/// Writes the skeleton of a section from its schema: the key, then its required keys (all of its
/// keys when none is required: the seven matrix areas, the four kinds of involvement), nested to
/// a few levels; a list gets one item. As a snippet, every value is a placeholder (`${1:Title}`)
/// or a choice of its vocabulary (`${2|separate,parallel,joint,integrated|}`); as plain text the
/// values are left empty for the writer (and the diagnostics) to point at.
struct SkeletonWriter {
    let navigator: SchemaNavigator
    let snippets: Bool
    let maximumDepth = 3
    private var nextTabStop = 1

    init(navigator: SchemaNavigator, snippets: Bool) {
        self.navigator = navigator
        self.snippets = snippets
    }

    /// The lines of `name:` and its skeleton, indented by `indent` spaces (the first line too).
    mutating func lines(for name: String, schemas: [SchemaView], indent: Int) -> [String] {
        entry(name, navigator.expand(schemas, instance: nil), indent: indent, depth: 0, firstPrefix: String(repeating: " ", count: indent))
    }

    /// The skeleton's text, lines joined with `lineBreak`, ending with `$0` when a snippet.
    mutating func text(for name: String, schemas: [SchemaView], indent: Int, lineBreak: String = "\n") -> String {
        lines(for: name, schemas: schemas, indent: indent).joined(separator: lineBreak)
    }

    private mutating func entry(_ name: String, _ views: [SchemaView], indent: Int, depth: Int, firstPrefix: String) -> [String] {
        let head = firstPrefix + (snippets ? YAMLText.snippetEscaped(name) : name) + ":"
        let terms = navigator.terms(of: views)
        let types = navigator.types(of: views)
        if !terms.isEmpty {
            return [head + (snippets ? " " + choice(terms.map(\.id)) : "")]
        }
        if types.contains("string") || types.contains("number") || types.contains("integer") || types.isEmpty || depth >= maximumDepth {
            return [head + (snippets ? " " + placeholder(navigator.documentation(of: views).title ?? name) : "")]
        }
        if types.contains("object") {
            let children = childKeys(of: views)
            guard !children.isEmpty else { return [head] }
            var lines = [head]
            for child in children {
                lines += entry(child.name, child.views, indent: indent + 2, depth: depth + 1, firstPrefix: String(repeating: " ", count: indent + 2))
            }
            return lines
        }
        // A list: one item (as plain text, none: an empty list item would be a value of its own).
        guard snippets else { return [head] }
        let items = navigator.expand(navigator.children(of: views, .index(0)), instance: nil)
        let dash = String(repeating: " ", count: indent + 2) + "- "
        let itemTypes = navigator.types(of: items)
        let itemChildren = itemTypes.contains("object") && !itemTypes.contains("string") ? childKeys(of: items) : []
        guard let first = itemChildren.first else {
            let itemTerms = navigator.terms(of: items)
            let value = itemTerms.isEmpty ? placeholder(navigator.documentation(of: items).title ?? name) : choice(itemTerms.map(\.id))
            return [head, dash + value]
        }
        var lines = [head]
        lines += entry(first.name, first.views, indent: indent + 4, depth: depth + 1, firstPrefix: dash)
        for child in itemChildren.dropFirst() {
            lines += entry(child.name, child.views, indent: indent + 4, depth: depth + 1, firstPrefix: String(repeating: " ", count: indent + 4))
        }
        return lines
    }

    /// The keys a skeleton shows: the required ones, or every declared key (and the terms
    /// `propertyNames` allows) when none is required.
    private func childKeys(of views: [SchemaView]) -> [(name: String, views: [SchemaView])] {
        let properties = navigator.properties(of: views)
        let required = properties.filter(\.isRequired)
        return (required.isEmpty ? properties : required).map { property in
            (property.name, navigator.expand(navigator.children(of: views, .key(property.name)), instance: nil))
        }
    }

    private mutating func placeholder(_ text: String) -> String {
        defer { nextTabStop += 1 }
        return "${\(nextTabStop):\(YAMLText.snippetEscaped(text))}"
    }

    private mutating func choice(_ ids: [String]) -> String {
        defer { nextTabStop += 1 }
        return "${\(nextTabStop)|\(ids.map(YAMLText.choiceEscaped).joined(separator: ","))|}"
    }
}
