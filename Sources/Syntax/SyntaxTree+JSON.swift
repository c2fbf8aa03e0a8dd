import JSONSupport

/// The document's data as JSON: what any YAML 1.2 tool reads from it.
///
/// - Mappings become objects in document order; sequences arrays; scalars their core-schema
///   value (`ScalarValue`).
/// - Keys are strings in JSON. A key that YAML reads as another type becomes the text a
///   YAML-to-JSON conversion writes for it: `1` → "1", `true` → "true", `null`/`~` → "null".
/// - `.inf`, `-.inf` and `.nan` stay numbers: `.double(±.infinity)` and `.double(.nan)`, so a
///   schema sees a number as YAML means. JSON text cannot hold them: `JSONWriter` (and so
///   `commissioning-ls dump`) writes them as `null`, as JavaScript's `JSON.stringify` does.
/// - For a tree with syntax errors the result is best-effort: a key without a colon maps to
///   null, the first of duplicate keys wins, an alias is null.
extension SyntaxTree {
    /// The document's data; `null` for an empty document.
    public func toJSON() -> JSONValue { root?.toJSON() ?? .null }
}

extension SyntaxNode {
    public func toJSON() -> JSONValue {
        switch content {
        case let .scalar(scalar):
            return scalar.jsonValue
        case let .sequence(sequence):
            return .array(sequence.items.map { $0.value.toJSON() })
        case let .mapping(mapping):
            var object = JSONObject()
            for entry in mapping.entries {
                let key = entry.key.scalar?.jsonKey ?? entry.key.complexKeyText
                if object[key] == nil { object[key] = entry.value?.toJSON() ?? .null }
            }
            return .object(object)
        }
    }

    /// The object key a list or mapping used as a key (`syntax/complex-key`) stands for: its
    /// compact JSON text. Complex keys nested inside it are written the same way, as text rather
    /// than as JSON strings: quoting them level by level would double the escapes at each level,
    /// and `{{{{…: x}: x}: x}: x}` would take 2^depth bytes (found by fuzzing).
    var complexKeyText: String {
        switch content {
        case let .scalar(scalar):
            return JSONWriter().string(scalar.jsonValue)
        case let .sequence(sequence):
            return "[" + sequence.items.map(\.value.complexKeyText).joined(separator: ",") + "]"
        case let .mapping(mapping):
            var seen = Set<String>()
            var members: [String] = []
            for entry in mapping.entries {
                let key = entry.key.scalar.map { JSONWriter().string(.string($0.jsonKey)) } ?? entry.key.complexKeyText
                guard seen.insert(key).inserted else { continue }
                members.append(key + ":" + (entry.value?.complexKeyText ?? "null"))
            }
            return "{" + members.joined(separator: ",") + "}"
        }
    }
}

extension Scalar {
    /// The scalar's value as JSON.
    public var jsonValue: JSONValue {
        switch value {
        case .null: .null
        case let .bool(flag): .bool(flag)
        case let .int(number): .int(number)
        case let .float(number): .double(number)
        case let .string(text): .string(text)
        }
    }

    /// The JSON object key this scalar becomes when it is a mapping key.
    public var jsonKey: String {
        switch value {
        case let .string(text): text
        case .null: "null"
        case let .bool(flag): flag ? "true" : "false"
        case let .int(number): String(number)
        case let .float(number):
            number.isNaN ? ".nan" : number.isInfinite ? (number < 0 ? "-.inf" : ".inf") : JSONWriter.format(number)
        }
    }
}
