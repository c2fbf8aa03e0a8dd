import JSONSupport

/// Everything the product knows about commissioning — document kinds, vocabularies, the IPC
/// matrix, commissioning models — read from the schemas in `Schemas/`. No term or section is
/// written in Swift: change the JSON and this changes with it.
public struct Vocabulary: Sendable {
    /// Loaded once, on first use, from the schemas built into the binary (thread-safe: a `static let`).
    public static let shared: Vocabulary = VocabularyLoader(documents: SchemaDocuments.documents,
                                                            earlierProblems: SchemaDocuments.parsed.problems).load()

    public let kinds: [DocumentKind]
    /// Every vocabulary by its `$defs` name (`lever`, `integration-level`, `stage-csp-2009` …).
    public let lists: [String: TermList]
    public let matrix: IntegrationMatrix
    public let models: [CommissioningModel]
    /// The stages of the inner purchasing cycle (004), which follows the outer cycle's pattern.
    public let purchasingCycle: [Activity]
    public let rationaleConditions: [RationaleCondition]
    /// 001 Table 2.1: what commissioning is not a tool for, and what to try instead.
    public let commissioningAlternatives: CommissioningAlternatives
    /// What could not be read, with the file and place; empty for the schemas we ship.
    public let problems: [String]

    public func list(_ name: String) -> TermList? { lists[name] }

    public func kind(id: String) -> DocumentKind? { kinds.first { $0.id == id } }

    /// The kind a file name implies by its suffix (`plans/older-people.strategy.yaml` → strategy);
    /// case is ignored, and the longest matching suffix wins.
    public func kind(forFileName name: String) -> DocumentKind? {
        let lowered = name.lowercased()
        var best: (kind: DocumentKind, length: Int)?
        for kind in kinds {
            for suffix in kind.fileSuffixes where lowered.hasSuffix(suffix.lowercased()) && lowered.count > suffix.count {
                if suffix.count > (best?.length ?? 0) { best = (kind, suffix.count) }
            }
        }
        return best?.kind
    }

    /// The kind named by its id or by its short suffix name (`strategy`).
    public func kind(named name: String) -> DocumentKind? {
        kind(id: name) ?? kinds.first { $0.shortName == name }
    }

    public func model(id: String) -> CommissioningModel? { models.first { $0.id == id } }

    /// The model a framework follows when it names none.
    public var defaultModel: CommissioningModel? { models.first(where: \.isDefault) }

    /// Whether commissioners have this lever (001 Table 2.2); nil for an unknown lever.
    public func isAvailable(lever id: String) -> Bool? {
        lists[VocabularyNames.lever]?.term(id)?.flag("x-available")
    }

    public func rationaleCondition(_ key: String) -> RationaleCondition? {
        rationaleConditions.first { $0.key == key }
    }
}

/// The `$defs` names the Swift code needs to find its way into `vocabulary.schema.json`. These
/// name places in the schema, not terms: the terms themselves are only in the JSON.
public enum VocabularyNames {
    public static let file = "vocabulary.schema.json"
    public static let matrixArea = "matrix-area"
    public static let integrationLevel = "integration-level"
    public static let matrixSelfAssessment = "matrix-self-assessment"
    public static let hypothesisStatus = "hypothesis-status"
    public static let commissioningModel = "commissioning-model"
    public static let lever = "lever"
    public static let rationale = "rationale"
}
