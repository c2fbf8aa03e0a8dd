import Foundation
import JSONSupport

/// A set of JSON types, for `type` and for guessing which `oneOf` branch an instance meant.
struct TypeSet: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    static let null = TypeSet(rawValue: 1 << 0)
    static let boolean = TypeSet(rawValue: 1 << 1)
    static let integer = TypeSet(rawValue: 1 << 2)
    /// Numbers with a fractional part; `number` in a schema is `[.integer, .fraction]`.
    static let fraction = TypeSet(rawValue: 1 << 3)
    static let string = TypeSet(rawValue: 1 << 4)
    static let array = TypeSet(rawValue: 1 << 5)
    static let object = TypeSet(rawValue: 1 << 6)
    static let number: TypeSet = [.integer, .fraction]
    static let all = TypeSet(rawValue: 0x7F)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ type: InstanceType) {
        switch type {
        case .null: self = .null
        case .boolean: self = .boolean
        case .integer: self = .integer
        case .number: self = .fraction
        case .string: self = .string
        case .array: self = .array
        case .object: self = .object
        }
    }

    /// The schema's name for a `type` value.
    init?(schemaName: String) {
        switch schemaName {
        case "null": self = .null
        case "boolean": self = .boolean
        case "integer": self = .integer
        case "number": self = .number
        case "string": self = .string
        case "array": self = .array
        case "object": self = .object
        default: return nil
        }
    }

    init(of value: JSONValue) { self.init(value.instanceType) }

    /// The types named in the schema's words, `number` once rather than `integer` and `number`.
    var names: [InstanceType] {
        var result: [InstanceType] = []
        if contains(.null) { result.append(.null) }
        if contains(.boolean) { result.append(.boolean) }
        if contains(.number) { result.append(.number) } else if contains(.integer) { result.append(.integer) }
        else if contains(.fraction) { result.append(.number) }
        if contains(.string) { result.append(.string) }
        if contains(.array) { result.append(.array) }
        if contains(.object) { result.append(.object) }
        return result
    }
}

/// Formats the validator asserts. Others are annotations, as draft 2020-12 says by default.
enum AssertedFormat: String, Sendable {
    case date
    case yearMonth = "year-month"
    case financialYear = "financial-year"
    case money
}

/// A `oneOf` (or `anyOf`) made only of `const` branches: a documented vocabulary. Checked with
/// one lookup, and reported as one message listing the ids, never one failure per branch.
struct VocabularyKeyword: Sendable {
    let keyword: String
    let values: [JSONValue]
    let positions: [ExactJSON: Int]
    /// The string values, when few enough to scan: a string equals another under `ExactJSON`
    /// exactly when their bytes are equal, and never equals a value that is not a string.
    private let strings: ShortStringTable?

    /// The values to offer in a message: those whose branch is not marked `x-available: false`
    /// (accepted, so that a rule can explain them, but not to be recommended — 001 Table 2.2's
    /// levers commissioners do not have).
    let offered: [JSONValue]

    init(keyword: String, values: [JSONValue], positions: [ExactJSON: Int], offered: [JSONValue]? = nil) {
        self.keyword = keyword
        self.values = values
        self.offered = offered ?? values
        self.positions = positions
        strings = ShortStringTable(values.compactMap { if case let .string(text) = $0 { return text } else { return nil } })
    }

    /// Whether `value` is one of the values (`positions[ExactJSON(value)] != nil`).
    func allows(_ value: JSONValue) -> Bool {
        if case let .string(text) = value, let strings { return strings.index(ofBytes: text) != nil }
        return positions[ExactJSON(value)] != nil
    }
}

final class ObjectKeywords: Sendable {
    /// Every property name the schema mentions (`properties`, `required`, `dependentRequired`),
    /// numbered, so that presence is a bit per name rather than a search per name.
    let slots: [String: Int]
    let slotNames: [String]
    /// `slotNames` for a scan, when there are few of them.
    private let slotTable: ShortStringTable?
    /// `properties[name]` per slot.
    let propertySchemas: [Int?]
    /// Names in `properties`, in schema order (for "did you mean" and messages).
    let declaredNames: [String]
    let requiredSlots: [Int]
    /// `dependentRequired`: when the slot is present, these slots must be.
    let dependentRequired: [(slot: Int, requires: [Int])]
    let dependentSchemas: [(slot: Int, schema: Int)]
    let patternProperties: [(pattern: String, regex: CompiledPattern, schema: Int)]
    let additionalProperties: Int?
    let unevaluatedProperties: Int?
    let propertyNames: Int?
    let minProperties: Int?
    let maxProperties: Int?

    init(
        slots: [String: Int],
        slotNames: [String],
        propertySchemas: [Int?],
        declaredNames: [String],
        requiredSlots: [Int],
        dependentRequired: [(slot: Int, requires: [Int])],
        dependentSchemas: [(slot: Int, schema: Int)],
        patternProperties: [(pattern: String, regex: CompiledPattern, schema: Int)],
        additionalProperties: Int?,
        unevaluatedProperties: Int?,
        propertyNames: Int?,
        minProperties: Int?,
        maxProperties: Int?
    ) {
        self.slots = slots
        self.slotNames = slotNames
        slotTable = ShortStringTable(slotNames).flatMap { $0.isASCII ? $0 : nil }
        self.propertySchemas = propertySchemas
        self.declaredNames = declaredNames
        self.requiredSlots = requiredSlots
        self.dependentRequired = dependentRequired
        self.dependentSchemas = dependentSchemas
        self.patternProperties = patternProperties
        self.additionalProperties = additionalProperties
        self.unevaluatedProperties = unevaluatedProperties
        self.propertyNames = propertyNames
        self.minProperties = minProperties
        self.maxProperties = maxProperties
    }

    /// The slot of property `name` (`slots[name]`, which compares as `String ==` does). Two
    /// ASCII strings are canonically equivalent only when their bytes are equal, so an ASCII
    /// name is looked up by its bytes among ASCII slot names; any other name uses the dictionary.
    func slot(of name: String) -> Int? {
        guard let slotTable else { return slots[name] }
        var name = name
        let scanned: Int?? = name.withUTF8 { bytes in
            bytes.contains { $0 >= 0x80 } ? nil : .some(slotTable.index(of: bytes))
        }
        return scanned ?? slots[name]
    }
}

final class ArrayKeywords: Sendable {
    let prefixItems: [Int]
    let items: Int?
    let contains: Int?
    let minContains: Int?
    let maxContains: Int?
    let minItems: Int?
    let maxItems: Int?
    let uniqueItems: Bool
    let unevaluatedItems: Int?

    init(
        prefixItems: [Int],
        items: Int?,
        contains: Int?,
        minContains: Int?,
        maxContains: Int?,
        minItems: Int?,
        maxItems: Int?,
        uniqueItems: Bool,
        unevaluatedItems: Int?
    ) {
        self.prefixItems = prefixItems
        self.items = items
        self.contains = contains
        self.minContains = minContains
        self.maxContains = maxContains
        self.minItems = minItems
        self.maxItems = maxItems
        self.uniqueItems = uniqueItems
        self.unevaluatedItems = unevaluatedItems
    }
}

final class StringKeywords: Sendable {
    let minLength: Int?
    let maxLength: Int?
    let pattern: (source: String, regex: CompiledPattern)?

    init(minLength: Int?, maxLength: Int?, pattern: (source: String, regex: CompiledPattern)?) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
    }
}

final class NumericKeywords: Sendable {
    let minimum: Double?
    let maximum: Double?
    let exclusiveMinimum: Double?
    let exclusiveMaximum: Double?
    let multipleOf: Double?

    init(
        minimum: Double?,
        maximum: Double?,
        exclusiveMinimum: Double?,
        exclusiveMaximum: Double?,
        multipleOf: Double?
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.exclusiveMinimum = exclusiveMinimum
        self.exclusiveMaximum = exclusiveMaximum
        self.multipleOf = multipleOf
    }
}

/// One schema, compiled once: references resolved to node numbers, names numbered, patterns
/// compiled, vocabularies hashed. Immutable after loading, so registries are shared freely.
final class SchemaNode: Sendable {
    /// This node's number in its registry.
    let number: Int
    /// Absolute location, e.g. `strategy.schema.json#/properties/aims`; failures append the keyword.
    let location: String
    let title: String?
    /// `description` and `x-source`: what a missing property holds and where the sources say so,
    /// for messages only (annotations, never asserted).
    let description: String?
    let source: String?
    /// `true`/`false` schemas, and `{}` (true).
    let constant: Bool?
    let types: TypeSet?
    let reference: Int?
    let enumeration: (values: [JSONValue], set: Set<ExactJSON>)?
    let constValue: JSONValue?
    let vocabulary: VocabularyKeyword?
    let format: AssertedFormat?
    let object: ObjectKeywords?
    let array: ArrayKeywords?
    let string: StringKeywords?
    let numeric: NumericKeywords?
    let allOf: [Int]
    let anyOf: [Int]?
    let oneOf: [Int]?
    let not: Int?
    let condition: (if: Int, then: Int?, else: Int?)?
    /// The types this schema can accept at most, for choosing which `oneOf` branch was meant.
    let acceptedTypes: TypeSet
    /// Why this schema cannot be used (an unresolved `$ref`, a cycle that never descends).
    let defect: String?

    init(_ draft: SchemaDraft, number: Int) {
        self.number = number
        location = draft.location
        title = draft.title
        description = draft.description
        source = draft.source
        constant = draft.constant
        types = draft.types
        reference = draft.reference
        enumeration = draft.enumeration
        constValue = draft.constValue
        vocabulary = draft.vocabulary
        format = draft.format
        object = draft.object
        array = draft.array
        string = draft.string
        numeric = draft.numeric
        allOf = draft.allOf
        anyOf = draft.anyOf
        oneOf = draft.oneOf
        not = draft.not
        condition = draft.condition
        acceptedTypes = draft.acceptedTypes
        defect = draft.defect
    }
}

/// A `SchemaNode` while the compiler still fills it in (references may point at nodes not yet built).
struct SchemaDraft {
    var location: String
    var title: String?
    var description: String?
    var source: String?
    var constant: Bool?
    var types: TypeSet?
    var reference: Int?
    var enumeration: (values: [JSONValue], set: Set<ExactJSON>)?
    var constValue: JSONValue?
    var vocabulary: VocabularyKeyword?
    var format: AssertedFormat?
    var object: ObjectKeywords?
    var array: ArrayKeywords?
    var string: StringKeywords?
    var numeric: NumericKeywords?
    var allOf: [Int] = []
    var anyOf: [Int]?
    var oneOf: [Int]?
    var not: Int?
    var condition: (if: Int, then: Int?, else: Int?)?
    var acceptedTypes: TypeSet = .all
    var defect: String?

    init(location: String) { self.location = location }

    /// Schemas evaluated on the same instance as this one (not on its children).
    var inPlaceChildren: [Int] {
        var result: [Int] = []
        if let reference { result.append(reference) }
        result += allOf
        result += anyOf ?? []
        result += oneOf ?? []
        if let not { result.append(not) }
        if let condition {
            result.append(condition.if)
            if let then = condition.then { result.append(then) }
            if let otherwise = condition.else { result.append(otherwise) }
        }
        result += object?.dependentSchemas.map(\.schema) ?? []
        return result
    }
}
