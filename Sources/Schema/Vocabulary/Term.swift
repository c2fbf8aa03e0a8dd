import JSONSupport

/// An example activity or task quoted from a seed, with the line it comes from.
public struct Activity: Sendable, Hashable {
    public let text: String
    /// A longer explanation where the seed gives one (the tasks of a commissioning level).
    public let description: String?
    public let source: String
}

/// One term of a vocabulary: the id users type, the seed's own label, a plain-English definition,
/// its source, example activities where the seed gives them, and any other `x-` data.
public struct Term: Sendable, Hashable {
    public let id: String
    public let label: String
    public let definition: String
    public let source: String
    public let activities: [Activity]
    /// Every `x-` keyword of the term (`x-available`, `x-commissioner-role`, `x-cells` …) as written.
    public let extras: JSONObject

    public var sourceReference: SourceReference? { SourceReference(source) }

    /// A boolean `x-` flag, e.g. `flag("x-available")` for a lever.
    public func flag(_ key: String) -> Bool? { extras[key]?.boolValue }

    /// A string `x-` field, e.g. `text("x-engagement-type")` for a market situation.
    public func text(_ key: String) -> String? { extras[key]?.stringValue }
}

/// A vocabulary: a `$defs` entry written as a `oneOf` of documented `const`s.
public struct TermList: Sendable, Hashable {
    /// The `$defs` name, e.g. `integration-level`.
    public let name: String
    public let title: String
    public let description: String
    public let source: String
    /// True when the order of the terms means something (`x-ordered`): separate < parallel < …
    public let isOrdered: Bool
    public let terms: [Term]
    /// The vocabulary's own `x-` keywords (e.g. `x-purchasing-cycle` on the IPC stages).
    public let extras: JSONObject

    public var ids: [String] { terms.map(\.id) }

    public func term(_ id: String) -> Term? { terms.first { $0.id == id } }

    /// Position of a term in an ordered vocabulary (0 for the first); nil when unknown.
    public func rank(of id: String) -> Int? { terms.firstIndex { $0.id == id } }
}
