import JSONSupport

/// An enumeration of the meta-model whose values are all known: anything else is an error.
public protocol LSPEnumeration: LSPValue, RawRepresentable, CaseIterable, Hashable where RawValue: LSPValue & Hashable {
    /// The enumeration's name in the LSP 3.17 meta-model.
    static var metaModelName: String { get }
}

extension LSPEnumeration {
    public init(json: JSONValue) throws {
        let raw = try RawValue(json: json)
        guard let value = Self(rawValue: raw) else {
            throw LSPDecodingError("\(raw) is not a \(Self.metaModelName)")
        }
        self = value
    }
    public var json: JSONValue { rawValue.json }
}

/// An enumeration the meta-model leaves open (`supportsCustomValues`): unknown strings are kept,
/// since clients may send values from later versions. `known` lists the values this server uses.
public protocol LSPOpenEnumeration: LSPValue, Hashable {
    static var metaModelName: String { get }
    static var known: [Self] { get }
    var rawValue: String { get }
    init(rawValue: String)
}

extension LSPOpenEnumeration {
    public init(json: JSONValue) throws { self.init(rawValue: try String(json: json)) }
    public var json: JSONValue { .string(rawValue) }
}
