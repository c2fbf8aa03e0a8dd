import SourceText
import Syntax

/// Prose with a colon and a space in it reads as a mapping in YAML: `- Neighbourhood working:
/// providers aligned with…` is a key (`Neighbourhood working`) and a value, not one sentence. Where
/// text is expected, such a one-entry mapping is reported by saying why, with a fix that quotes it.
enum ColonInProse {
    struct Reading {
        /// What was before the colon, now read as a key.
        let key: String
        /// The text the writer most likely meant, as one line.
        let text: String
    }

    /// The one `key: value` mapping at `path` whose key and value are plain text, read back as
    /// the sentence it was meant to be; nil for anything else (a real mapping, a flow mapping,
    /// quoted or block text).
    static func reading(at path: [PathComponent], in tree: SyntaxTree) -> Reading? {
        guard let node = tree.root?.node(at: path), let mapping = node.mapping, mapping.style == .block,
              mapping.entries.count == 1, let entry = mapping.entries.first,
              let key = entry.key.scalar, key.style == .plain, !key.text.isEmpty else { return nil }
        guard let value = entry.value else { return Reading(key: key.text, text: key.text + ":") }
        guard let scalar = value.scalar, scalar.style == .plain else { return nil }
        return Reading(key: key.text, text: key.text + ": " + scalar.text)
    }

    /// `"Neighbourhood working: providers aligned with…"`, escaped for a double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func message(_ reading: Reading, place: String) -> String {
        "\(place) must be text, but the colon followed by a space after \(SchemaMessages.quoted(reading.key)) makes it a key and value. If it is one sentence, quote the text: \(quoted(reading.text))."
    }

    static func fix(_ reading: Reading, range: TextRange) -> Fix {
        Fix(title: "Quote the text so that it reads as one sentence", edits: [TextEdit(range: range, newText: quoted(reading.text))], isSafe: true)
    }
}
