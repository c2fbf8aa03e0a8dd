import Foundation
import JSONSupport

/// The LSP 3.17 meta-model (`../shared/reference/lsp-3.17-metaModel.json`), and a checker that
/// tells whether a JSON value has the shape a meta-model type describes: every field known, every
/// required field present, every enumeration value listed.
struct MetaModel {
    let structures: [String: JSONValue]
    let enumerations: [String: JSONValue]
    let aliases: [String: JSONValue]
    let requests: [String: JSONValue]
    let notifications: [String: JSONValue]

    /// Tests/LanguageServerProtocolTests/MetaModel.swift → repository root → ../shared.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/reference/lsp-3.17-metaModel.json")

    static func load() throws -> MetaModel {
        let data = try Data(contentsOf: url)
        let root = try JSONParser.parse([UInt8](data))
        func index(_ key: String, by name: String) -> [String: JSONValue] {
            var result: [String: JSONValue] = [:]
            for item in root[key]?.arrayValue ?? [] { if let name = item[name]?.stringValue { result[name] = item } }
            return result
        }
        return MetaModel(
            structures: index("structures", by: "name"), enumerations: index("enumerations", by: "name"),
            aliases: index("typeAliases", by: "name"), requests: index("requests", by: "method"),
            notifications: index("notifications", by: "method"))
    }

    /// A structure's properties, its own and those it extends or mixes in.
    func properties(of structure: String) -> [String: (type: JSONValue, optional: Bool)] {
        guard let definition = structures[structure] else { return [:] }
        var result: [String: (type: JSONValue, optional: Bool)] = [:]
        for parent in (definition["extends"]?.arrayValue ?? []) + (definition["mixins"]?.arrayValue ?? []) {
            if let name = parent["name"]?.stringValue { result.merge(properties(of: name)) { $1 } }
        }
        for property in definition["properties"]?.arrayValue ?? [] {
            guard let name = property["name"]?.stringValue, let type = property["type"] else { continue }
            result[name] = (type, property["optional"]?.boolValue ?? false)
        }
        return result
    }

    /// The meta-model type reached by following `path` (property names) from a structure, or nil
    /// when a name on the way is not a property. `or` types (`boolean | Options`) are searched.
    func type(at path: [String], from structure: String) -> JSONValue? {
        var current: JSONValue = ["kind": "reference", "name": .string(structure)]
        for key in path {
            guard let next = property(key, of: current) else { return nil }
            current = next
        }
        return current
    }

    private func property(_ key: String, of type: JSONValue) -> JSONValue? {
        switch type["kind"]?.stringValue {
        case "reference":
            guard let name = type["name"]?.stringValue else { return nil }
            if structures[name] != nil { return properties(of: name)[key]?.type }
            if let alias = aliases[name]?["type"] { return property(key, of: alias) }
            return nil
        case "literal":
            return type["value"]?["properties"]?.arrayValue?.first { $0["name"]?.stringValue == key }?["type"]
        case "or", "and":
            for item in type["items"]?.arrayValue ?? [] { if let found = property(key, of: item) { return found } }
            return nil
        default:
            return nil
        }
    }

    /// What is wrong with `value` as a `type`; empty when it fits.
    func problems(_ value: JSONValue, as type: JSONValue, at path: String = "$") -> [String] {
        switch type["kind"]?.stringValue {
        case "base":
            return baseProblems(value, type["name"]?.stringValue ?? "", at: path)
        case "reference":
            guard let name = type["name"]?.stringValue else { return ["\(path): reference without a name"] }
            if structures[name] != nil { return structureProblems(value, name, at: path) }
            if let enumeration = enumerations[name] { return enumerationProblems(value, name, enumeration, at: path) }
            if let alias = aliases[name]?["type"] { return problems(value, as: alias, at: path) }
            return ["\(path): unknown type \(name)"]
        case "array":
            guard let items = value.arrayValue, let element = type["element"] else { return ["\(path): expected an array"] }
            return items.enumerated().flatMap { problems($1, as: element, at: "\(path)[\($0)]") }
        case "map":
            guard let object = value.objectValue, let valueType = type["value"] else { return ["\(path): expected an object"] }
            return object.flatMap { problems($0.value, as: valueType, at: "\(path).\($0.key)") }
        case "and":
            return (type["items"]?.arrayValue ?? []).flatMap { problems(value, as: $0, at: path) }
        case "or":
            let alternatives = (type["items"]?.arrayValue ?? []).map { problems(value, as: $0, at: path) }
            if alternatives.contains(where: \.isEmpty) { return [] }
            return alternatives.min { $0.count < $1.count } ?? ["\(path): empty or-type"]
        case "tuple":
            let items = type["items"]?.arrayValue ?? []
            guard let array = value.arrayValue, array.count == items.count else { return ["\(path): expected a \(items.count)-tuple"] }
            return zip(array, items).enumerated().flatMap { problems($1.0, as: $1.1, at: "\(path)[\($0)]") }
        case "literal":
            let properties = (type["value"]?["properties"]?.arrayValue ?? []).compactMap { property -> (String, (type: JSONValue, optional: Bool))? in
                guard let name = property["name"]?.stringValue, let type = property["type"] else { return nil }
                return (name, (type, property["optional"]?.boolValue ?? false))
            }
            return objectProblems(value, Dictionary(properties) { $1 }, what: "literal", at: path)
        case "stringLiteral":
            return value == type["value"] ? [] : ["\(path): expected \(type["value"].map { JSONWriter().string($0) } ?? "?")"]
        case "integerLiteral", "booleanLiteral":
            return value == type["value"] ? [] : ["\(path): expected a literal"]
        default:
            return ["\(path): unsupported meta-model type kind \(type["kind"]?.stringValue ?? "?")"]
        }
    }

    private func baseProblems(_ value: JSONValue, _ name: String, at path: String) -> [String] {
        let fits: Bool
        switch name {
        case "string", "URI", "DocumentUri", "RegExp": fits = value.stringValue != nil
        case "integer": fits = value.intValue.map { $0 >= Int(Int32.min) && $0 <= Int(Int32.max) } ?? false
        case "uinteger": fits = value.intValue.map { $0 >= 0 && $0 <= Int(UInt32.max) } ?? false
        case "decimal": fits = value.doubleValue != nil
        case "boolean": fits = value.boolValue != nil
        case "null": fits = value.isNull
        default: return ["\(path): unknown base type \(name)"]
        }
        return fits ? [] : ["\(path): \(JSONWriter().string(value)) is not a \(name)"]
    }

    private func structureProblems(_ value: JSONValue, _ name: String, at path: String) -> [String] {
        objectProblems(value, properties(of: name), what: name, at: path)
    }

    private func objectProblems(_ value: JSONValue, _ properties: [String: (type: JSONValue, optional: Bool)], what: String, at path: String) -> [String] {
        guard let object = value.objectValue else { return ["\(path): expected an object (\(what))"] }
        var result: [String] = []
        for (key, field) in object {
            guard let property = properties[key] else {
                result.append("\(path): \(what) has no field '\(key)'")
                continue
            }
            result += problems(field, as: property.type, at: "\(path).\(key)")
        }
        for (key, property) in properties where !property.optional && object[key] == nil {
            result.append("\(path): \(what) requires '\(key)'")
        }
        return result
    }

    private func enumerationProblems(_ value: JSONValue, _ name: String, _ enumeration: JSONValue, at path: String) -> [String] {
        // Custom values are allowed by some enumerations, but this server only uses listed ones.
        let values = (enumeration["values"]?.arrayValue ?? []).compactMap { $0["value"] }
        return values.contains(value) ? [] : ["\(path): \(JSONWriter().string(value)) is not a value of \(name)"]
    }

    func enumerationValues(_ name: String) -> [JSONValue]? {
        enumerations[name]?["values"]?.arrayValue?.compactMap { $0["value"] }
    }
}
