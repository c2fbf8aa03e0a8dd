import JSONSupport
import SourceText
import Syntax

/// The parser's tree is validated as it is, so every failure keeps the exact range of its node.
/// Scalars carry their YAML 1.2 core-schema type: `3` is an integer, `2026-04-01` a string.
extension SyntaxNode: SchemaInstance {
    public var instanceType: InstanceType {
        switch content {
        case .mapping: return .object
        case .sequence: return .array
        case let .scalar(scalar):
            switch scalar.value {
            case .null: return .null
            case .bool: return .boolean
            case .int: return .integer
            case let .float(value): return value.isFinite && value.rounded() == value ? .integer : .number
            case .string: return .string
            }
        }
    }

    public var booleanValue: Bool {
        if case let .scalar(scalar) = content, case let .bool(value) = scalar.value { return value }
        return false
    }

    public var numberValue: InstanceNumber {
        if case let .scalar(scalar) = content {
            switch scalar.value {
            case let .int(value): return .int(value)
            case let .float(value): return .double(value)
            default: break
            }
        }
        return .double(.nan)
    }

    public var textValue: String { scalar?.text ?? "" }

    public var elementCount: Int { sequence?.items.count ?? 0 }
    public func element(at index: Int) -> SyntaxNode {
        // Only called with index < elementCount on a sequence.
        if case let .sequence(sequence) = content { return sequence.items[index].value }
        return self
    }

    public var propertyCount: Int { mapping?.entries.count ?? 0 }
    public func propertyName(at index: Int) -> String {
        if case let .mapping(mapping) = content { return mapping.entries[index].keyText }
        return ""
    }
    public func propertyValue(at index: Int) -> SyntaxNode? {
        if case let .mapping(mapping) = content { return mapping.entries[index].value }
        return nil
    }

    public var sourceRange: TextRange? { range }
    public func propertyNameRange(at index: Int) -> TextRange? {
        if case let .mapping(mapping) = content { return mapping.entries[index].key.range }
        return nil
    }

    public func jsonValue() -> JSONValue {
        switch content {
        case let .mapping(mapping):
            var object = JSONObject()
            for entry in mapping.entries where object[entry.keyText] == nil {
                // YAML takes a duplicate key as an error; the first one is the one kept, as the
                // syntax tree's `subscript` does.
                object[entry.keyText] = entry.value?.jsonValue() ?? .null
            }
            return .object(object)
        case let .sequence(sequence):
            return .array(sequence.items.map { $0.value.jsonValue() })
        case let .scalar(scalar):
            switch scalar.value {
            case .null: return .null
            case let .bool(value): return .bool(value)
            case let .int(value): return .int(value)
            case let .float(value): return .double(value)
            case let .string(value): return .string(value)
            }
        }
    }
}
