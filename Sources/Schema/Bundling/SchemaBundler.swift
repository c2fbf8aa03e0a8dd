import JSONSupport

/// Makes one schema self-contained: every definition it reaches in another of our files
/// (`vocabulary.schema.json#/$defs/lever`) is copied into its own `$defs` and the `$ref`
/// rewritten to point there (`#/$defs/lever`), so the result works in tools that cannot read
/// the other files. Names keep their `$defs` name; a clash between files gets the file's stem
/// as a prefix.
public struct SchemaBundler {
    public let documents: [String: JSONValue]

    public init(documents: [String: JSONValue] = SchemaDocuments.documents) {
        self.documents = documents
    }

    public func bundle(_ file: String) throws(BundlingError) -> JSONValue {
        guard let root = documents[file]?.objectValue else { throw BundlingError("no schema file '\(file)'") }
        var state = State(root: file, taken: Set(root["$defs"]?.objectValue?.keys ?? []))
        var result = try rewrite(.object(root), in: file, state: &state)
        // Definitions copied in may reach further ones: keep going until nothing new is added.
        var copied: [String: JSONValue] = [:]
        while let (key, bundledName) = state.pending.popLast() {
            guard let definition = SchemaReference(file: key.file, pointer: ["$defs", key.name]).resolve(in: documents, from: file) else {
                throw BundlingError("\(key.file) has no definition '\(key.name)'")
            }
            copied[bundledName] = try rewrite(definition, in: key.file, state: &state)
        }
        guard case var .object(object) = result else { return result }
        var defs = object["$defs"]?.objectValue ?? JSONObject()
        for name in copied.keys.sorted() { defs[name] = copied[name] }
        if !defs.isEmpty { object["$defs"] = .object(defs) }
        result = .object(object)
        return result
    }

    private struct DefinitionKey: Hashable {
        let file: String
        let name: String
    }

    private struct State {
        let root: String
        var taken: Set<String>
        var names: [DefinitionKey: String] = [:]
        var pending: [(DefinitionKey, String)] = []

        mutating func bundledName(for key: DefinitionKey) -> String {
            if let name = names[key] { return name }
            var name = key.name
            if taken.contains(name) {
                let stem = key.file.split(separator: ".").first.map(String.init) ?? key.file
                name = stem + "-" + key.name
                var counter = 2
                while taken.contains(name) { name = stem + "-" + key.name + "-\(counter)"; counter += 1 }
            }
            taken.insert(name)
            names[key] = name
            pending.append((key, name))
            return name
        }
    }

    private func rewrite(_ value: JSONValue, in file: String, state: inout State) throws(BundlingError) -> JSONValue {
        switch value {
        case let .array(items):
            var out: [JSONValue] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try rewrite(item, in: file, state: &state)) }
            return .array(out)
        case let .object(object):
            var out = JSONObject()
            for (key, member) in object {
                if key == "$ref", let text = member.stringValue {
                    out[key] = .string(try rewriteReference(text, in: file, state: &state))
                } else if file != state.root, key == "$schema" || key == "$id" {
                    continue // a copied definition must not restart the base URI or the dialect
                } else {
                    out[key] = try rewrite(member, in: file, state: &state)
                }
            }
            return .object(out)
        default:
            return value
        }
    }

    private func rewriteReference(_ text: String, in file: String, state: inout State) throws(BundlingError) -> String {
        guard let reference = SchemaReference(text) else {
            throw BundlingError("\(file): the reference '\(text)' leaves the schema files (network and absolute references are not bundled)")
        }
        let target = reference.file ?? file
        guard documents[target] != nil else { throw BundlingError("\(file): the reference '\(text)' names a file that does not exist") }
        if target == state.root { return reference.fragment }
        // Only references into a file's `$defs` can be copied; everything we ship uses them.
        guard reference.pointer.count >= 2, reference.pointer[0] == "$defs" else {
            throw BundlingError("\(file): the reference '\(text)' does not point into $defs, so it cannot be bundled")
        }
        let name = state.bundledName(for: DefinitionKey(file: target, name: reference.pointer[1]))
        return SchemaReference(file: nil, pointer: ["$defs", name] + reference.pointer.dropFirst(2)).fragment
    }
}

public struct BundlingError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}
