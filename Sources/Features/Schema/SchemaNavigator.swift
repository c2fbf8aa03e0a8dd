import JSONSupport
import Schema
import Syntax

/// One schema object of the embedded schema files, with where it is: its file (relative `$ref`s
/// resolve against it), its JSON Pointer there (to evaluate it with the compiled registry), and
/// the `$defs` entries followed to reach it (`matrix-self-assessment`, `integration-level` …).
public struct SchemaView: Sendable {
    public let file: String
    public let pointer: [String]
    public let json: JSONValue
    public let definitions: [String]

    /// The `$defs` name this schema is the definition of, if it was reached through one.
    public var definitionName: String? {
        pointer.count == 2 && pointer[0] == "$defs" ? pointer[1] : nil
    }

    func child(_ tokens: [String], _ json: JSONValue) -> SchemaView {
        SchemaView(file: file, pointer: pointer + tokens, json: json, definitions: definitions)
    }
}

/// Walks the schemas from a document kind's root to the place of a cursor, as a validator would:
/// through `$ref`, `allOf`, the branches of `anyOf`/`oneOf`, and the `then`/`else` an `if` picks
/// for the document as it is (a framework's `model:` decides its `cycle:` stages). Features read
/// sections, keys and terms from here, so nothing about the documents is written in Swift.
public struct SchemaNavigator: Sendable {
    public let documents: [String: JSONValue]
    public let registry: SchemaRegistry
    /// A bound on the schemas visited in one expansion: the schemas are acyclic in place, but a
    /// broken edit to them must not hang a request.
    static let maximumExpansion = 256

    public init(documents: [String: JSONValue] = SchemaDocuments.documents, registry: SchemaRegistry = .embedded) {
        self.documents = documents
        self.registry = registry
    }

    public static let shared = SchemaNavigator()

    /// The root schema of a file, e.g. a kind's `schemaFile`.
    public func root(file: String) -> [SchemaView] {
        guard let json = documents[file] else { return [] }
        return [SchemaView(file: file, pointer: [], json: json, definitions: [])]
    }

    /// The schemas that apply at `path` below `root`, expanded. `instanceRoot` is the document's
    /// root node, used to decide `if` conditions (nil: conditions are not followed).
    public func schemas(at path: [PathComponent], from root: [SchemaView], instanceRoot: SyntaxNode?) -> [SchemaView] {
        var views = expand(root, instance: instanceRoot)
        var instance = instanceRoot
        for component in path {
            instance = instance.flatMap { $0.node(at: [component]) }
            views = expand(children(of: views, component), instance: instance)
            if views.isEmpty { return [] }
        }
        return views
    }

    /// Every schema that applies to the same value as `views`: themselves, what their `$ref`s
    /// name, their `allOf`, the branches of `anyOf`/`oneOf` that are not vocabularies, and the
    /// `then` or `else` of each `if` (decided on `instance`; both when it is unknown).
    public func expand(_ views: [SchemaView], instance: SyntaxNode?) -> [SchemaView] {
        var result: [SchemaView] = []
        var stack = Array(views.reversed())
        while let view = stack.popLast(), result.count < Self.maximumExpansion {
            guard view.json.objectValue != nil else { continue }
            result.append(view)
            var next: [SchemaView] = []
            if let reference = view.json["$ref"]?.stringValue, let target = resolve(reference, from: view) { next.append(target) }
            for (index, branch) in (view.json["allOf"]?.arrayValue ?? []).enumerated() { next.append(view.child(["allOf", String(index)], branch)) }
            for keyword in ["anyOf", "oneOf"] {
                guard let branches = view.json[keyword]?.arrayValue, !Self.isVocabulary(branches) else { continue }
                for (index, branch) in branches.enumerated() { next.append(view.child([keyword, String(index)], branch)) }
            }
            if let condition = view.json["if"] {
                let holds = instance.flatMap { evaluate(view.child(["if"], condition), on: $0) }
                if holds != false, let then = view.json["then"] { next.append(view.child(["then"], then)) }
                if holds != true, let otherwise = view.json["else"] { next.append(view.child(["else"], otherwise)) }
            }
            stack += next.reversed()
        }
        return result
    }

    /// The schemas of a child value: `properties[key]`, else `additionalProperties`; for an index,
    /// `prefixItems[index]`, else `items`. Not expanded.
    public func children(of views: [SchemaView], _ component: PathComponent) -> [SchemaView] {
        var result: [SchemaView] = []
        for view in views {
            switch component {
            case let .key(key):
                if let property = view.json["properties"]?[key] {
                    result.append(view.child(["properties", key], property))
                } else if let additional = view.json["additionalProperties"], additional.objectValue != nil {
                    result.append(view.child(["additionalProperties"], additional))
                }
            case let .index(index):
                if let prefix = view.json["prefixItems"]?[index] {
                    result.append(view.child(["prefixItems", String(index)], prefix))
                } else if let items = view.json["items"], items.objectValue != nil {
                    result.append(view.child(["items"], items))
                }
            }
        }
        return result
    }

    /// The schema a `$ref` names, or nil for one that leaves our files.
    func resolve(_ reference: String, from view: SchemaView) -> SchemaView? {
        guard let parsed = SchemaReference(reference) else { return nil }
        let file = parsed.file ?? view.file
        guard let json = parsed.resolve(in: documents, from: view.file) else { return nil }
        let name = parsed.pointer.count == 2 && parsed.pointer[0] == "$defs" ? [parsed.pointer[1]] : []
        return SchemaView(file: file, pointer: parsed.pointer, json: json, definitions: view.definitions + name)
    }

    /// Whether `instance` satisfies the schema, by the compiled registry; nil when it cannot tell.
    func evaluate(_ view: SchemaView, on instance: SyntaxNode) -> Bool? {
        let uri = view.file + SchemaReference(file: nil, pointer: view.pointer).fragment
        guard let compiled = registry.schema(uri) else { return nil }
        return registry.isValid(instance, against: compiled)
    }

    /// A `oneOf`/`anyOf` made only of `const`s: a documented vocabulary, not alternatives to walk.
    static func isVocabulary(_ branches: [JSONValue]) -> Bool {
        !branches.isEmpty && branches.allSatisfy { $0["const"] != nil }
    }
}
