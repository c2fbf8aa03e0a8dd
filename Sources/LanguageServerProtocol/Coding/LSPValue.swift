import JSONSupport

/// A value carried in an LSP message. Every LSP type here reads itself from a `JSONValue` and
/// writes itself back, by hand and field by field, so that the names on the wire are spelled out
/// in one place per type (and checked against the LSP 3.17 meta-model by the tests).
public protocol LSPValue: Sendable {
    /// Reads the value; throws `LSPDecodingError` naming the offending field.
    init(json: JSONValue) throws
    var json: JSONValue { get }
}

/// A structure of the LSP meta-model (an object with named fields).
public protocol LSPStructure: LSPValue {
    /// The structure's name in the LSP 3.17 meta-model.
    static var metaModelName: String { get }
}

/// Params that do not match their type: which field (a dotted path) and what was expected.
/// The server answers these with `InvalidParams`.
public struct LSPDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Field names from the outside in (`["textDocument", "uri"]`); empty for the value itself.
    public var path: [String]
    public var message: String

    public init(path: [String] = [], _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path.joined(separator: ".")): \(message)" }

    func inside(_ key: String) -> LSPDecodingError { LSPDecodingError(path: [key] + path, message) }
}

extension JSONValue {
    /// A short name of the value's kind, for error messages ("expected a string, found an integer").
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

func mismatch(_ expected: String, _ found: JSONValue) -> LSPDecodingError {
    LSPDecodingError("expected \(expected), found \(found.kindName)")
}

/// Reads the fields of one object, naming the field in every error.
public struct FieldReader {
    public let object: JSONObject

    public init(_ json: JSONValue, as typeName: String) throws {
        guard let object = json.objectValue else { throw mismatch("an object (\(typeName))", json) }
        self.object = object
    }

    /// A field that must be present (and not null, unless `T` is itself optional).
    public func required<T: LSPValue>(_ key: String) throws -> T {
        guard let value = object[key] else { throw LSPDecodingError(path: [key], "missing") }
        return try decode(value, key)
    }

    /// A field that may be absent or null.
    public func optional<T: LSPValue>(_ key: String) throws -> T? {
        guard let value = object[key], !value.isNull else { return nil }
        return try decode(value, key) as T
    }

    private func decode<T: LSPValue>(_ value: JSONValue, _ key: String) throws -> T {
        do {
            return try T(json: value)
        } catch let error as LSPDecodingError {
            throw error.inside(key)
        }
    }
}

/// Builds an object in field order, leaving out fields that are nil.
public struct FieldWriter {
    public private(set) var object = JSONObject()

    public init() {}

    public mutating func set(_ key: String, _ value: (some LSPValue)?) {
        if let value { object[key] = value.json }
    }

    public var json: JSONValue { .object(object) }
}

extension Int: LSPValue {
    public init(json: JSONValue) throws {
        guard case let .int(value) = json else { throw mismatch("an integer", json) }
        self = value
    }
    public var json: JSONValue { .int(self) }
}

extension Double: LSPValue {
    public init(json: JSONValue) throws {
        guard let value = json.doubleValue else { throw mismatch("a number", json) }
        self = value
    }
    public var json: JSONValue { .double(self) }
}

extension String: LSPValue {
    public init(json: JSONValue) throws {
        guard let value = json.stringValue else { throw mismatch("a string", json) }
        self = value
    }
    public var json: JSONValue { .string(self) }
}

extension Bool: LSPValue {
    public init(json: JSONValue) throws {
        guard let value = json.boolValue else { throw mismatch("a boolean", json) }
        self = value
    }
    public var json: JSONValue { .bool(self) }
}

/// `LSPAny`: any JSON, kept as it came.
extension JSONValue: LSPValue {
    public init(json: JSONValue) throws { self = json }
    public var json: JSONValue { self }
}

extension Array: LSPValue where Element: LSPValue {
    public init(json: JSONValue) throws {
        guard let items = json.arrayValue else { throw mismatch("an array", json) }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            do {
                result.append(try Element(json: item))
            } catch let error as LSPDecodingError {
                throw error.inside("[\(index)]")
            }
        }
        self = result
    }
    public var json: JSONValue { .array(map(\.json)) }
}

/// `T | null`: results such as `Hover | null` are optionals; nil is written as `null`.
extension Optional: LSPValue where Wrapped: LSPValue {
    public init(json: JSONValue) throws {
        self = json.isNull ? nil : try Wrapped(json: json)
    }
    public var json: JSONValue { self?.json ?? .null }
}

/// `{ [key: string]: T }`, as in `WorkspaceEdit.changes`.
extension Dictionary: LSPValue where Key == String, Value: LSPValue {
    public init(json: JSONValue) throws {
        guard let object = json.objectValue else { throw mismatch("an object", json) }
        var result: [String: Value] = [:]
        for (key, value) in object {
            do {
                result[key] = try Value(json: value)
            } catch let error as LSPDecodingError {
                throw error.inside(key)
            }
        }
        self = result
    }
    /// Keys sorted, so output is the same run to run.
    public var json: JSONValue { .object(JSONObject(keys.sorted().map { ($0, self[$0]?.json ?? .null) })) }
}

/// The params of a message that takes none (`shutdown`, `exit`) and the `null` result of a request
/// that returns nothing. Absent params, `null`, `{}` and `[]` are all accepted.
public struct Empty: LSPValue, Hashable {
    public init() {}
    public init(json: JSONValue) throws {
        switch json {
        case .null: break
        case let .object(object) where object.isEmpty: break
        case let .array(array) where array.isEmpty: break
        default: throw mismatch("no params", json)
        }
    }
    public var json: JSONValue { .null }
}
