/// A commissioning model and the ordered stages a framework's `cycle:` takes under it.
public struct CommissioningModel: Sendable, Hashable {
    public let term: Term
    public let stages: TermList
    /// True for the model assumed when a framework names none (`x-default`).
    public let isDefault: Bool

    public var id: String { term.id }
    public var label: String { term.label }
}

/// One of the three circumstances that call for commissioning (001 "When to commission?").
public struct RationaleCondition: Sendable, Hashable {
    /// The key under `rationale:`.
    public let key: String
    public let label: String
    public let definition: String
    public let source: String
}

/// 001 Table 2.1, "When a commissioning approach may not be appropriate", as the seed gives it:
/// two lists — what commissioning is not a tool for, and what to try instead. The seed ties
/// neither list to one of the three conditions, so nothing here does.
public struct CommissioningAlternatives: Sendable, Hashable {
    public let title: String
    public let source: String
    public let notAToolFor: [Activity]
    public let insteadTry: [Activity]
}
