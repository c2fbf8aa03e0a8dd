import JSONSupport
import SourceText
import Syntax

/// One branch of a failed `oneOf`/`anyOf`, described for a message: its title when the schema
/// gives one, else the types it accepts.
public struct SchemaAlternative: Sendable, Hashable {
    public let title: String?
    public let acceptedTypes: [InstanceType]
}

/// What exactly failed, with typed arguments rather than English text: messages are written in one
/// place (`SchemaDiagnostics`) and features (hover, completion, rules) can reuse the facts.
public enum FailureDetail: Sendable, Hashable {
    /// A `false` schema: nothing is allowed here.
    case falseSchema
    case type(expected: [InstanceType], actual: InstanceType)
    /// `required`: `property` is missing. `title` is the missing property's schema title, if any.
    case required(property: String, title: String?)
    /// `additionalProperties: false` or `unevaluatedProperties: false`: `name` is not allowed;
    /// `allowed` are the names the schema declares that the object does not already have.
    case unknownProperty(name: String, allowed: [String])
    case dependentRequired(property: String, requires: String)
    /// `minProperties`, `maxProperties`, `minItems`, `maxItems`, `minLength`, `maxLength`,
    /// `minContains`, `maxContains` (the keyword says which): `actual` against `limit`.
    case count(limit: Int, actual: Int)
    /// `uniqueItems`: items `first` and `second` are equal.
    case duplicateItems(first: Int, second: Int)
    /// `contains`: no item matches (`minContains` and `maxContains` report `.count`).
    case noMatchingItem
    /// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`.
    case bound(limit: Double, actual: Double)
    case pattern(String)
    /// A value that fails its `format` (`date`, `year-month`, `financial-year`, `money`).
    case format(String)
    case enumeration(allowed: [JSONValue])
    /// A value outside a vocabulary (a `oneOf` of `const`s): `allowed` in the schema's order.
    case vocabulary(title: String?, allowed: [JSONValue])
    case const(expected: JSONValue)
    /// `oneOf`/`anyOf` with no matching branch.
    case noAlternative([SchemaAlternative])
    /// `oneOf` with more than one matching branch (their titles or types).
    case severalAlternatives([SchemaAlternative])
    /// `not`: the value matches a schema it must not match.
    case not
    /// The schema itself cannot be used here (an unresolved `$ref`, a reference cycle, too deep).
    case schemaDefect(String)
}

/// What the schema says about the place of a failure, for a message a commissioner can act on: a
/// missing property's description and source, the shape of the mapping a value should be
/// (`{from: YYYY-MM-DD, to: YYYY-MM-DD}`), or the required keys an unknown key stands beside.
public struct SchemaNote: Sendable, Hashable {
    public let description: String?
    public let source: String?
    public let shape: String?
    /// For an unknown key, the required keys still missing beside it (what it may have meant).
    public let missing: [String]
    /// For a value outside a vocabulary, the values to offer when some accepted ones are not to
    /// be recommended (`x-available: false`); nil when all are.
    public let offered: [JSONValue]?

    public init(description: String? = nil, source: String? = nil, shape: String? = nil, missing: [String] = [], offered: [JSONValue]? = nil) {
        self.description = description
        self.source = source
        self.shape = shape
        self.missing = missing
        self.offered = offered
    }
}

/// A failed keyword, located in the instance and in the schema.
public struct ValidationFailure: Sendable, Hashable {
    /// The JSON Schema keyword that failed (`required`, `type`, `oneOf` for a vocabulary …).
    public let keyword: String
    /// From the document's root to the failing value (for `required`, the object lacking the key;
    /// for an unknown key, the key itself).
    public let instancePath: [PathComponent]
    /// Absolute keyword location, e.g. `strategy.schema.json#/properties/aims/minItems`.
    public let schemaPath: String
    public let detail: FailureDetail
    /// The failing value's range, when the instance comes from a document.
    public let range: TextRange?
    /// The key whose value failed (for an unknown key: that key), when there is one.
    public let keyRange: TextRange?
    /// The failing value when it is a scalar, for messages.
    public let value: JSONValue?
    /// The title of the schema whose keyword failed (a section's title), for messages.
    public let schemaTitle: String?
    /// For `required`, what the missing property holds; for a mapping given as something else,
    /// the mapping's shape.
    public let note: SchemaNote?

    public init(keyword: String, instancePath: [PathComponent], schemaPath: String, detail: FailureDetail, range: TextRange?, keyRange: TextRange?, value: JSONValue?, schemaTitle: String?, note: SchemaNote? = nil) {
        self.keyword = keyword
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.detail = detail
        self.range = range
        self.keyRange = keyRange
        self.value = value
        self.schemaTitle = schemaTitle
        self.note = note
    }
}
