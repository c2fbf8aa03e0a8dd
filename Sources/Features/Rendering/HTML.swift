import SourceText

/// Building blocks of the rendered pages: every piece of document text goes through `escape`, so
/// that a title such as `<script>` or `"A & B"` is shown as written and never read as markup.
enum HTML {
    /// Text for an element's content or an attribute value (always double-quoted by `attribute`).
    static func escape(_ text: String) -> String { MarkupText.escape(text) }

    /// An element with escaped attributes; `content` is markup already built (escaped).
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
        "<\(name)\(attributeText(attributes))>\(content)</\(name)>"
    }

    /// An element whose content is plain text, escaped here.
    static func text(_ name: String, _ attributes: [(String, String)] = [], _ text: String) -> String {
        element(name, attributes, escape(text))
    }

    static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// An id for an element key (`future-services` → `section-future-services`); keys are the
    /// schema's own names, but a hostile document may hold any key, so only safe characters stay.
    static func anchor(_ key: String) -> String {
        let kept = key.lowercased().unicodeScalars.map { scalar -> String in
            (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) ? String(scalar) : "-"
        }.joined()
        return "section-" + kept
    }

    /// The first sentence of a schema description: the element's one-line purpose.
    static func firstSentence(_ description: String) -> String {
        var depth = 0
        var previous: Character = " "
        for index in description.indices {
            let character = description[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if character == ".", depth == 0, previous != " " {
                let next = description.index(after: index)
                if next == description.endIndex || description[next] == " " {
                    return String(description[...index])
                }
            }
            previous = character
        }
        return description
    }
}
