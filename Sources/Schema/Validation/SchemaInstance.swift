import JSONSupport
import SourceText

/// The JSON data model's types, as JSON Schema's `type` keyword names them. `integer` is a number
/// with no fractional part (`1.0` included), so every `integer` is also a `number`.
public enum InstanceType: String, Sendable, Hashable, CaseIterable {
    case null
    case boolean
    case integer
    case number
    case string
    case array
    case object
}

/// A number as a document holds it: JSON and YAML both distinguish integers from floats.
public enum InstanceNumber: Sendable, Hashable {
    case int(Int)
    case double(Double)

    public var doubleValue: Double {
        switch self {
        case let .int(value): Double(value)
        case let .double(value): value
        }
    }
}

/// Anything the validator can check against a schema. The validator is generic over it, so it runs
/// directly on the parser's `SyntaxNode` (with exact ranges) and on `JSONValue` (for the JSON
/// Schema test suite), with no lossy copy in between.
///
/// Accessors other than `instanceType` are only called when the type says they apply
/// (`textValue` for strings, `elementCount` for arrays …).
public protocol SchemaInstance {
    var instanceType: InstanceType { get }
    var booleanValue: Bool { get }
    var numberValue: InstanceNumber { get }
    var textValue: String { get }

    var elementCount: Int { get }
    func element(at index: Int) -> Self

    /// Entries in document order. Duplicate keys (a syntax error in YAML) are all reported.
    var propertyCount: Int { get }
    func propertyName(at index: Int) -> String
    /// Nil for a key still being typed (no colon yet): such a key counts as present, but there is
    /// no value to check and it is not reported as unknown; the parser reports the line already.
    func propertyValue(at index: Int) -> Self?

    /// Where the instance is in its document; nil when it has no source (a `JSONValue`).
    var sourceRange: TextRange? { get }
    /// Where the key of entry `index` is in its document.
    func propertyNameRange(at index: Int) -> TextRange?

    /// The instance as plain JSON, for `enum`, `const` and `uniqueItems` on collections.
    func jsonValue() -> JSONValue
}

extension SchemaInstance {
    /// Scalars as JSON values, without walking collections.
    var scalarJSONValue: JSONValue? {
        switch instanceType {
        case .null: return .null
        case .boolean: return .bool(booleanValue)
        case .integer, .number:
            switch numberValue {
            case let .int(value): return .int(value)
            case let .double(value): return .double(value)
            }
        case .string: return .string(textValue)
        case .array, .object: return nil
        }
    }
}

extension JSONValue: SchemaInstance {
    public var instanceType: InstanceType {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .int: .integer
        case let .double(value): value.isFinite && value.rounded() == value ? .integer : .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    public var booleanValue: Bool { boolValue ?? false }

    public var numberValue: InstanceNumber {
        switch self {
        case let .int(value): .int(value)
        case let .double(value): .double(value)
        default: .double(.nan)
        }
    }

    public var textValue: String { stringValue ?? "" }

    public var elementCount: Int { arrayValue?.count ?? 0 }
    public func element(at index: Int) -> JSONValue { self[index] ?? .null }

    public var propertyCount: Int { objectValue?.count ?? 0 }
    public func propertyName(at index: Int) -> String { objectValue?.keys[index] ?? "" }
    public func propertyValue(at index: Int) -> JSONValue? {
        guard let object = objectValue else { return nil }
        return object[object.keys[index]]
    }

    public var sourceRange: TextRange? { nil }
    public func propertyNameRange(at index: Int) -> TextRange? { nil }
    public func jsonValue() -> JSONValue { self }
}

/// An object's key presented as a string instance, for `propertyNames`: keys are always strings in
/// the JSON data model, even a YAML key such as `1:` that would read as an integer as a value.
struct PropertyNameInstance: SchemaInstance {
    let name: String
    let range: TextRange?

    var instanceType: InstanceType { .string }
    var booleanValue: Bool { false }
    var numberValue: InstanceNumber { .double(.nan) }
    var textValue: String { name }
    var elementCount: Int { 0 }
    func element(at index: Int) -> PropertyNameInstance { self }
    var propertyCount: Int { 0 }
    func propertyName(at index: Int) -> String { "" }
    func propertyValue(at index: Int) -> PropertyNameInstance? { nil }
    var sourceRange: TextRange? { range }
    func propertyNameRange(at index: Int) -> TextRange? { nil }
    func jsonValue() -> JSONValue { .string(name) }
}
