import JSONSupport
import Schema

/// What the schemas say about something, as features show it: a title, a plain-English
/// description and the seed line it comes from.
public struct Documentation: Sendable, Hashable {
    public var title: String?
    public var description: String?
    public var source: String?

    public init(title: String? = nil, description: String? = nil, source: String? = nil) {
        self.title = title
        self.description = description
        self.source = source
    }

    public var isEmpty: Bool { title == nil && description == nil && source == nil }
}

/// A term a value may take: a documented `const` of a vocabulary, a local term from the
/// workspace configuration, or a plain `enum`/`const` value.
public struct SchemaTerm: Sendable, Hashable {
    public let id: String
    public let documentation: Documentation
    /// The vocabulary (`$defs` name) it belongs to, when it has one.
    public let vocabulary: String?
}

/// A key a mapping may hold.
public struct SchemaProperty: Sendable {
    public let name: String
    /// The property's own schemas (not expanded).
    public let schemas: [SchemaView]
    public let isRequired: Bool
    public let documentation: Documentation
}

extension SchemaNavigator {
    /// The keys the schemas declare, in schema order, required ones marked; then the terms
    /// `propertyNames` allows (a framework's cycle stages), each documented by its term.
    public func properties(of views: [SchemaView]) -> [SchemaProperty] {
        var order: [String] = []
        var schemas: [String: [SchemaView]] = [:]
        var required = Set<String>()
        for view in views {
            for name in view.json["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] { required.insert(name) }
            guard let properties = view.json["properties"]?.objectValue else { continue }
            for (name, schema) in properties {
                if schemas[name] == nil { order.append(name) }
                schemas[name, default: []].append(view.child(["properties", name], schema))
            }
        }
        var result = order.map { name in
            SchemaProperty(name: name, schemas: schemas[name] ?? [], isRequired: required.contains(name),
                           documentation: documentation(of: schemas[name] ?? []))
        }
        for term in propertyNameTerms(of: views) where schemas[term.id] == nil {
            result.append(SchemaProperty(name: term.id, schemas: [], isRequired: false, documentation: term.documentation))
        }
        return result
    }

    /// Terms that `propertyNames` restricts keys to.
    public func propertyNameTerms(of views: [SchemaView]) -> [SchemaTerm] {
        let names = views.compactMap { view in view.json["propertyNames"].map { view.child(["propertyNames"], $0) } }
        return terms(of: expand(names, instance: nil))
    }

    /// The values a vocabulary, `enum` or `const` allows here, in schema order, without repeats.
    public func terms(of views: [SchemaView]) -> [SchemaTerm] {
        var seen = Set<String>()
        var result: [SchemaTerm] = []
        func add(_ term: SchemaTerm) {
            if seen.insert(term.id).inserted { result.append(term) }
        }
        for view in views {
            for keyword in ["oneOf", "anyOf"] {
                guard let branches = view.json[keyword]?.arrayValue, Self.isVocabulary(branches) else { continue }
                for branch in branches {
                    guard let id = branch["const"]?.stringValue else { continue }
                    add(SchemaTerm(id: id, documentation: Documentation(
                        title: branch["title"]?.stringValue, description: branch.shownDescription,
                        source: branch["x-source"]?.stringValue), vocabulary: view.definitionName))
                }
            }
            for value in view.json["enum"]?.arrayValue ?? [] {
                if let id = value.stringValue { add(SchemaTerm(id: id, documentation: Documentation(), vocabulary: view.definitionName)) }
            }
            if let id = view.json["const"]?.stringValue {
                add(SchemaTerm(id: id, documentation: documentation(of: [view]), vocabulary: nil))
            }
        }
        return result
    }

    /// The vocabulary names (`$defs` entries holding a vocabulary) among the views.
    public func vocabularyNames(of views: [SchemaView]) -> [String] {
        views.compactMap { view in
            guard let name = view.definitionName else { return nil }
            let isVocabulary = ["oneOf", "anyOf"].contains { view.json[$0]?.arrayValue.map(Self.isVocabulary) ?? false }
            return isVocabulary ? name : nil
        }
    }

    /// The JSON types the views allow (`object`, `array`, `string` …); empty when none says.
    public func types(of views: [SchemaView]) -> Set<String> {
        var result = Set<String>()
        for view in views {
            if let type = view.json["type"]?.stringValue { result.insert(type) }
            for type in view.json["type"]?.arrayValue ?? [] { if let name = type.stringValue { result.insert(name) } }
            if view.json["properties"] != nil || view.json["additionalProperties"]?.objectValue != nil { result.insert("object") }
            if view.json["items"] != nil { result.insert("array") }
        }
        return result
    }

    /// The first title, description and source among the views and what their `$ref`s name: a
    /// property's own words first, then its definition's.
    public func documentation(of views: [SchemaView]) -> Documentation {
        var documentation = Documentation()
        var queue = views
        var visited = 0
        while !queue.isEmpty, visited < 16 {
            let view = queue.removeFirst()
            visited += 1
            if documentation.title == nil { documentation.title = view.json["title"]?.stringValue }
            if documentation.description == nil { documentation.description = view.json.shownDescription }
            if documentation.source == nil { documentation.source = view.json["x-source"]?.stringValue }
            if let reference = view.json["$ref"]?.stringValue, let target = resolve(reference, from: view) { queue.append(target) }
        }
        return documentation
    }

    /// True when one of the views is the definition `name` (or was reached through it).
    public func includes(definition name: String, in views: [SchemaView]) -> Bool {
        views.contains { $0.definitionName == name }
    }
}
