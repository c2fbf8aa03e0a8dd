import JSONSupport
import Syntax

/// A skeleton document before it is written out: values with the comments that say what goes
/// where. Kept as a tree so that it can be rendered as YAML and also read as JSON (to decide
/// the schema's conditions, such as which stage names `cycle:` takes under the model chosen).
indirect enum SkeletonValue {
    /// YAML text, the value it stands for, and the allowed values (written as a comment).
    case scalar(text: String, json: JSONValue, choices: [String])
    case mapping([SkeletonEntry])
    case sequence([SkeletonValue])

    var json: JSONValue {
        switch self {
        case let .scalar(_, json, _): return json
        case let .mapping(entries):
            var object: JSONObject = [:]
            for entry in entries { if let value = entry.value { object[entry.key] = value.json } }
            return .object(object)
        case let .sequence(items): return .array(items.map(\.json))
        }
    }
}

/// One key of a skeleton mapping. An entry without a value is an optional key, written as a
/// comment (`# key: …`) for the writer to add when it applies.
struct SkeletonEntry {
    let key: String
    /// What goes here: the schema's title and description (and source, for sections).
    let comment: [String]
    let value: SkeletonValue?
}

/// Writes a skeleton as block YAML: a comment above each key, allowed values at the end of
/// the line, optional keys commented out. As a snippet (for completion), the same lines with
/// each value a placeholder (`${1:TODO}`) or a choice of its vocabulary (`${2|a,b|}`), and
/// the snippet syntax's special characters escaped everywhere else.
struct SkeletonRenderer {
    static let indentStep = 2
    let snippet: Bool
    /// Comments of nested keys already written: like items (seven matrix areas) explain their
    /// keys once.
    private var written: Set<[String]> = []
    private var nextTabStop = 1

    init(snippet: Bool = false) { self.snippet = snippet }

    /// Literal text: escaped in a snippet.
    private func text(_ text: String) -> String { snippet ? YAMLText.snippetEscaped(text) : text }

    /// A value with its allowed values: `TODO  # a | b` as text, a placeholder or choice as a snippet.
    private mutating func written(_ text: String, _ choices: [String]) -> String {
        guard snippet else { return text + choiceComment(choices) }
        defer { nextTabStop += 1 }
        if choices.count > 1 { return "${\(nextTabStop)|\(choices.map(YAMLText.choiceEscaped).joined(separator: ","))|}" }
        return "${\(nextTabStop):\(YAMLText.snippetEscaped(text))}"
    }

    mutating func render(_ entries: [SkeletonEntry], indent: Int = 0) -> [String] {
        var lines: [String] = []
        for entry in entries { lines += render(entry, indent: indent, firstPrefix: nil) }
        return lines
    }

    /// An entry's lines. `firstPrefix` replaces the indentation of the key line (`- ` for the
    /// first entry of a list item), and then the comment goes above the dash.
    private mutating func render(_ entry: SkeletonEntry, indent: Int, firstPrefix: String?) -> [String] {
        let padding = String(repeating: " ", count: indent)
        let commentPadding = firstPrefix.map { String(repeating: " ", count: max(0, indent - $0.count)) } ?? padding
        let isRepeat = indent > 0 && !written.insert([entry.key] + entry.comment).inserted
        var lines = isRepeat ? [] : entry.comment.map { commentPadding + "# " + text($0) }
        let keyPrefix = firstPrefix.map { commentPadding + $0 } ?? padding
        guard let value = entry.value else {
            lines.append(keyPrefix + "# " + text(YAMLText.key(entry.key)) + ":")
            return lines
        }
        let key = text(YAMLText.key(entry.key))
        switch value {
        case let .scalar(scalar, _, choices):
            lines.append(keyPrefix + key + ": " + written(scalar, choices))
        case let .mapping(entries):
            lines.append(keyPrefix + key + ":")
            lines += render(entries, indent: indent + Self.indentStep)
        case let .sequence(items):
            lines.append(keyPrefix + key + ":")
            lines += render(items, indent: indent + Self.indentStep)
        }
        return lines
    }

    /// List items at `indent` (the dash's column).
    private mutating func render(_ items: [SkeletonValue], indent: Int) -> [String] {
        let padding = String(repeating: " ", count: indent)
        var lines: [String] = []
        for item in items {
            switch item {
            case let .scalar(scalar, _, choices):
                lines.append(padding + "- " + written(scalar, choices))
            case let .mapping(entries):
                guard let first = entries.first else {
                    lines.append(padding + "- {}")
                    continue
                }
                lines += render(first, indent: indent + Self.indentStep, firstPrefix: "- ")
                for entry in entries.dropFirst() { lines += render(entry, indent: indent + Self.indentStep, firstPrefix: nil) }
            case let .sequence(inner):
                lines.append(padding + "-")
                lines += render(inner, indent: indent + Self.indentStep)
            }
        }
        return lines
    }

    private func choiceComment(_ choices: [String]) -> String {
        choices.count > 1 ? "  # " + choices.joined(separator: " | ") : ""
    }
}
