import JSONSupport

/// A place in one of the loaded schema documents: the document's number and a JSON Pointer.
struct SchemaLocation: Hashable, Sendable {
    let document: Int
    let tokens: [String]

    func appending(_ more: String...) -> SchemaLocation {
        SchemaLocation(document: document, tokens: tokens + more)
    }
}

/// Which keywords hold subschemas: only these are walked for `$id` and `$anchor`, so an `$id`
/// inside an `enum` or `const` value is data, not an identifier (as the specification requires).
enum SchemaKeywords {
    static let single: Set<String> = [
        "additionalProperties", "items", "contains", "propertyNames", "not", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema",
    ]
    static let map: Set<String> = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]
    static let list: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems", "items"]
    /// Keywords that only annotate: a `const` branch with nothing else is a vocabulary term.
    static let annotations: Set<String> = [
        "title", "description", "$comment", "examples", "default", "deprecated", "readOnly", "writeOnly",
        "markdownDescription",
    ]

    static func isAnnotation(_ keyword: String) -> Bool {
        annotations.contains(keyword) || keyword.hasPrefix("x-")
    }
}

/// Every schema resource (`$id`), anchor (`$anchor`, `$dynamicAnchor`) and the base URI in force at
/// every subschema of the loaded documents, found by one walk before compiling, so that `$ref`
/// resolves across files whatever the loading order.
struct SchemaResourceIndex {
    private(set) var resources: [String: SchemaLocation] = [:]
    private(set) var anchors: [String: SchemaLocation] = [:]
    private(set) var bases: [SchemaLocation: URIReference] = [:]
    private(set) var problems: [String] = []

    mutating func add(document: Int, retrievalURI: String, root: JSONValue) {
        let base = URIReference(retrievalURI)
        resources[base.withoutFragment] = SchemaLocation(document: document, tokens: [])
        walk(root, at: SchemaLocation(document: document, tokens: []), base: base, depth: 0)
    }

    private mutating func walk(_ value: JSONValue, at location: SchemaLocation, base: URIReference, depth: Int) {
        if case .bool = value { bases[location] = base }
        guard case let .object(object) = value, depth < 256 else { return }
        var base = base
        if case let .string(id)? = object["$id"] {
            let resolved = URIReference(id).resolved(against: base)
            if let fragment = resolved.fragment, !fragment.isEmpty {
                problems.append("\(id): an $id must not have a fragment")
            }
            base = URIReference(resolved.withoutFragment)
            if let previous = resources[base.withoutFragment], previous != location, !location.tokens.isEmpty {
                problems.append("\(base.withoutFragment) is the $id of two schemas")
            }
            resources[base.withoutFragment] = location
        }
        for keyword in ["$anchor", "$dynamicAnchor"] {
            if case let .string(anchor)? = object[keyword] {
                anchors[base.withoutFragment + "#" + anchor] = location
            }
        }
        bases[location] = base
        for (keyword, child) in object {
            if SchemaKeywords.single.contains(keyword) {
                walk(child, at: location.appending(keyword), base: base, depth: depth + 1)
            }
            if SchemaKeywords.map.contains(keyword), case let .object(members) = child {
                for (name, member) in members {
                    walk(member, at: location.appending(keyword, name), base: base, depth: depth + 1)
                }
            }
            if SchemaKeywords.list.contains(keyword), case let .array(items) = child {
                for (position, item) in items.enumerated() {
                    walk(item, at: location.appending(keyword, String(position)), base: base, depth: depth + 1)
                }
            }
        }
    }
}
