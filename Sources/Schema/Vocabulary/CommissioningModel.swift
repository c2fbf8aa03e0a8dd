/// A commissioning model and the ordered stages a framework's `cycle:` takes under it.
public struct CommissioningModel: Sendable, Hashable {
    public let term: Term
    public let stages: TermList
    /// True for the model assumed when a framework names none (`x-default`).
    public let isDefault: Bool

    public var id: String { term.id }
    public var label: String { term.label }
}

/// One of the three circumstances that call for commissioning (001 "When to commission?"), with
/// what Table 2.1 suggests instead when it does not hold.
public struct RationaleCondition: Sendable, Hashable {
    /// The key under `rationale:`.
    public let key: String
    public let label: String
    public let definition: String
    public let source: String
    public let notAToolFor: [String]
    public let insteadTry: [String]
    public let alternativeSource: String
}
