import SourceText
/// Every domain rule, registered in one place, in the order of the README's rules table (README.md, "Rules").
/// Adding a rule: write its type under `Rules/Catalogue/`, add it here, add its tests.
public enum RuleRegistry {
    public static let rules: [any Rule] = [
        DocumentEmptyRule(),
        KindUnknownRule(),
        HypothesisCountRule(),
        HypothesisPhrasedAsAimRule(),
        HypothesisNoTestRule(),
        HypothesisDuplicateIdRule(),
        HypothesisFindingMissingRule(),
        StrategyAimPurposeRule(),
        StrategyRationaleRule(),
        StrategyNoUserVoiceRule(),
        StrategyUnsupportedGapRule(),
        StrategyOvercommittedRule(),
        StrategyNoSpendingPlanRule(),
        StrategyMonitoringIncompleteRule(),
        StrategyGapNotPlannedRule(),
        StrategyOutputNotOutcomeRule(),
        LeverNotAvailableRule(),
        MatrixAreaMissingRule(),
        MatrixNoEvidenceRule(),
        MatrixTargetBelowCurrentRule(),
        MatrixEvidenceSuggestsLevelRule(),
        MatrixApproachMismatchRule(),
        CycleStageMissingRule(),
        CycleUnbalancedRule(),
        MarketPositionOneSidedSupplyRule(),
        FrameworkInvolvementRule(),
        FrameworkPartnershipUnansweredRule(),
        FrameworkIntegrationLessonsRule(),
        DateInvalidRule(),
        PeriodReversedRule(),
        TimetableOutsidePeriodRule(),
        MoneyInvalidRule(),
        KindMismatchRule(),
        ReferenceUnresolvedRule(),
        ReferenceOutsideWorkspaceRule(),
        ContentPlaceholderRule(),
        ContentThinRule(),
    ]

    /// Metadata of every registered rule, in registry order.
    public static var metadata: [RuleMetadata] { rules.map { type(of: $0).metadata } }

    /// Each rule's `fixSafety`, by id.
    public static var fixSafety: [String: FixSafety] {
        Dictionary(rules.map { (type(of: $0).metadata.id, type(of: $0).fixSafety) }, uniquingKeysWith: { first, _ in first })
    }

    public static func rule(id: String) -> (any Rule)? {
        rules.first { type(of: $0).metadata.id == id }
    }
}
