import JSONSupport
import Schema
import SourceText
import Syntax

/// Builds the skeleton of a kind from its schema alone, so that it follows every change to
/// `Schemas/` (no section or term is written here):
/// - every required section, with a comment giving its title, description and source; the
///   optional ones as `# key:` comments in their place;
/// - inside sections, the required keys, and the optional ones as comments; an object that
///   requires nothing (the rationale's three conditions, the involvement of four groups, the
///   matrix's seven areas) gets all its keys, since an empty one helps nobody;
/// - a list gets as many items as it must have (at least one), to show their shape;
/// - values that pass the schema, or that content/placeholder reports as a to-do: `TODO` for
///   text and for dates (a made-up date would read as a real one; a placeholder is listed until
///   it is replaced), the first term of a vocabulary (the others in a comment), `0` for money,
///   the least a number may be;
/// - an object whose keys come from a vocabulary chosen by a condition (`cycle:`, whose stages
///   depend on `model:`) gets every key the schema's `if`/`then` allows for what is written so far.
struct SkeletonBuilder {
    /// The kind whose sections `build` writes; nil to write single values (`entry`).
    let kind: DocumentKind?
    let documents: [String: JSONValue]
    let registry: SchemaRegistry
    /// Values for top-level keys given on the command line (`title`, `population`).
    let given: [String: String]

    static let placeholder = "TODO"

    /// Where a schema sits: its JSON, its file, and its JSON Pointer there (for `if` schemas).
    struct Cursor {
        let schema: JSONValue
        let file: String
        let pointer: [String]

        func child(_ tokens: String...) -> Cursor? {
            var value = schema
            for token in tokens {
                if let next = value[token] {
                    value = next
                } else if let index = Int(token), let next = value[index] {
                    value = next
                } else {
                    return nil
                }
            }
            return Cursor(schema: value, file: file, pointer: pointer + tokens)
        }
    }

    /// The entry of one key whose schema is `property` (a property of `parent`), with the comment
    /// and values a new document gives such a key: for a key being completed or a missing key
    /// inside a section. `partialParent` is what the parent holds so far (for its conditions).
    func entry(_ key: String, property: Cursor, parent: Cursor?, partialParent: JSONValue) -> SkeletonEntry {
        let described = description(of: property)
        let comment = commentLines(title: described.title ?? key, description: described.text, source: nil, optional: false)
        return SkeletonEntry(key: key, comment: comment, value: generate(property, key: key, parent: parent, partialParent: partialParent, depth: 0))
    }

    func build() -> [SkeletonEntry] {
        guard let kind, let root = documents[kind.schemaFile] else { return [] }
        let cursor = Cursor(schema: root, file: kind.schemaFile, pointer: [])
        var entries: [SkeletonEntry] = []
        for section in kind.sections {
            let comment = commentLines(title: section.title, description: section.description,
                                       source: section.source, optional: !section.isRequired)
            guard section.isRequired, let property = cursor.child("properties", section.key) else {
                entries.append(SkeletonEntry(key: section.key, comment: comment, value: nil))
                continue
            }
            let value: SkeletonValue
            if let text = given[section.key] {
                value = .scalar(text: YAMLText.string(text), json: .string(text), choices: [])
            } else {
                let partial = SkeletonValue.mapping(entries).json
                value = generate(property, key: section.key, parent: cursor, partialParent: partial, depth: 0)
            }
            entries.append(SkeletonEntry(key: section.key, comment: comment, value: value))
        }
        return entries
    }

    // MARK: Values

    private func generate(_ start: Cursor, key: String?, parent: Cursor?, partialParent: JSONValue, depth: Int) -> SkeletonValue {
        let cursor = resolved(start)
        let schema = cursor.schema
        if let constant = schema["const"] { return scalar(constant) }
        if let choices = constants(of: cursor), let first = choices.first {
            return .scalar(text: YAMLText.string(first), json: .string(first), choices: choices)
        }
        let types = typeNames(of: schema)
        if depth > 12 { return placeholderScalar() }
        if types.contains("object") || (types.isEmpty && schema["properties"] != nil) {
            return object(cursor, key: key, parent: parent, partialParent: partialParent, depth: depth)
        }
        let format = schema["format"]?.stringValue ?? firstAlternative(of: cursor)?.schema["format"]?.stringValue
        if format == "money", types.contains("number") || types.contains("integer") { return .scalar(text: "0", json: .int(0), choices: []) }
        if types.contains("string") || types.isEmpty { return placeholderScalar() }
        if types.contains("array") { return array(cursor, depth: depth) }
        if types.contains("integer") || types.contains("number") {
            let least = schema["minimum"]?.intValue ?? 0
            return .scalar(text: String(least), json: .int(least), choices: [])
        }
        if types.contains("boolean") { return .scalar(text: "false", json: .bool(false), choices: []) }
        return .scalar(text: "null", json: .null, choices: [])
    }

    private func object(_ cursor: Cursor, key: String?, parent: Cursor?, partialParent: JSONValue, depth: Int) -> SkeletonValue {
        let schema = cursor.schema
        let required = Set(schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        var entries: [SkeletonEntry] = []
        if let properties = schema["properties"]?.objectValue, !properties.isEmpty {
            for (name, _) in properties {
                guard let property = cursor.child("properties", name) else { continue }
                let described = description(of: property)
                let isFilled = required.isEmpty || required.contains(name)
                let comment = commentLines(title: described.title ?? name, description: described.text, source: nil, optional: !isFilled)
                let value = isFilled
                    ? generate(property, key: name, parent: cursor, partialParent: SkeletonValue.mapping(entries).json, depth: depth + 1)
                    : nil
                entries.append(SkeletonEntry(key: name, comment: comment, value: value))
            }
            return .mapping(entries)
        }
        // Keys named by a vocabulary (`propertyNames`), here or in a condition of the parent.
        let names = propertyNames(of: cursor) ?? key.flatMap { conditionalPropertyNames(for: $0, in: parent, partial: partialParent) } ?? []
        guard let additional = cursor.child("additionalProperties"), additional.schema.objectValue != nil else { return .mapping([]) }
        for name in names {
            entries.append(SkeletonEntry(key: name, comment: [], value: generate(additional, key: name, parent: cursor, partialParent: .null, depth: depth + 1)))
        }
        if entries.isEmpty, (schema["minProperties"]?.intValue ?? 0) > 0 {
            entries.append(SkeletonEntry(key: Self.placeholder, comment: [], value: generate(additional, key: nil, parent: cursor, partialParent: .null, depth: depth + 1)))
        }
        return .mapping(entries)
    }

    private func array(_ cursor: Cursor, depth: Int) -> SkeletonValue {
        let count = max(cursor.schema["minItems"]?.intValue ?? 1, 1)
        guard let items = cursor.child("items") else { return .sequence(Array(repeating: placeholderScalar(), count: count)) }
        // Distinct items where a vocabulary must not repeat.
        if let choices = constants(of: resolved(items)), !choices.isEmpty {
            return .sequence((0..<min(count, choices.count)).map { .scalar(text: YAMLText.string(choices[$0]), json: .string(choices[$0]), choices: $0 == 0 ? choices : []) })
        }
        return .sequence((0..<count).map { _ in generate(items, key: nil, parent: nil, partialParent: .null, depth: depth + 1) })
    }

    // MARK: Schema reading

    /// Follows `$ref`s (across files) to the schema that says what the value is.
    private func resolved(_ cursor: Cursor) -> Cursor {
        var current = cursor
        for _ in 0..<16 {
            guard let text = current.schema["$ref"]?.stringValue, let reference = SchemaReference(text),
                  let target = reference.resolve(in: documents, from: current.file) else { return current }
            current = Cursor(schema: target, file: reference.file ?? current.file, pointer: reference.pointer)
        }
        return current
    }

    /// The ids of a vocabulary (`oneOf`/`anyOf` of `const`s, or `enum`), nil for anything else.
    private func constants(of cursor: Cursor) -> [String]? {
        let schema = cursor.schema
        if let values = schema["enum"]?.arrayValue {
            let strings = values.compactMap(\.stringValue)
            return strings.count == values.count ? strings : nil
        }
        for keyword in ["oneOf", "anyOf"] {
            guard let branches = schema[keyword]?.arrayValue, !branches.isEmpty else { continue }
            let ids = branches.compactMap { $0["const"]?.stringValue }
            if ids.count == branches.count { return ids }
        }
        return nil
    }

    private func firstAlternative(of cursor: Cursor) -> Cursor? {
        (cursor.child("anyOf", "0") ?? cursor.child("oneOf", "0")).map(resolved)
    }

    private func typeNames(of schema: JSONValue) -> [String] {
        if let single = schema["type"]?.stringValue { return [single] }
        return schema["type"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    private func propertyNames(of cursor: Cursor) -> [String]? {
        cursor.child("propertyNames").flatMap { constants(of: resolved($0)) }
    }

    /// Names from `allOf: [{if, then: {properties: {key: {propertyNames}}}}]` of the parent,
    /// taking the first branch whose `if` holds for what the skeleton has so far.
    private func conditionalPropertyNames(for key: String, in parent: Cursor?, partial: JSONValue) -> [String]? {
        guard let parent, let branches = parent.schema["allOf"]?.arrayValue else { return nil }
        for index in branches.indices {
            guard let condition = parent.child("allOf", String(index), "if"),
                  let names = parent.child("allOf", String(index), "then", "properties", key, "propertyNames").flatMap({ constants(of: resolved($0)) }),
                  let compiled = registry.schema(uri(of: condition)),
                  registry.isValid(partial, against: compiled) else { continue }
            return names
        }
        return nil
    }

    private func uri(of cursor: Cursor) -> String {
        cursor.file + "#" + cursor.pointer.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }

    private func description(of cursor: Cursor) -> (title: String?, text: String) {
        let target = resolved(cursor).schema
        let title = cursor.schema["title"]?.stringValue ?? target["title"]?.stringValue
        let text = cursor.schema.shownDescription ?? target.shownDescription ?? ""
        return (title, text)
    }

    // MARK: Text

    private func scalar(_ value: JSONValue) -> SkeletonValue {
        switch value {
        case let .string(text): return .scalar(text: YAMLText.string(text), json: value, choices: [])
        case let .int(number): return .scalar(text: String(number), json: value, choices: [])
        case let .bool(flag): return .scalar(text: flag ? "true" : "false", json: value, choices: [])
        default: return placeholderScalar()
        }
    }

    private func placeholderScalar() -> SkeletonValue {
        .scalar(text: Self.placeholder, json: .string(Self.placeholder), choices: [])
    }

    /// `Title (optional): description [source]`, wrapped to fit a comment.
    private func commentLines(title: String, description: String, source: String?, optional: Bool) -> [String] {
        var text = title + (optional ? " (optional)" : "")
        if !description.isEmpty { text += ": " + description }
        if let source, let citation = Bibliography.shared.citation(for: source) { text += " [\(citation)]" }
        let wrapped = WordWrap.lines(text, width: 96)
        return wrapped.enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }
    }
}
