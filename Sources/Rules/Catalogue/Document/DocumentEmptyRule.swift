import SourceText

/// An empty document (nothing, or only comments) cannot be checked; say how to start one.
public struct DocumentEmptyRule: Rule {
    public static let metadata = RuleMetadata(
        id: "document/empty",
        defaultSeverity: .error,
        summary: "The document has no content.",
        explanation: """
            A commissioning document starts with `kind:` and then its sections. An empty file (or \
            one with only comments) says nothing that can be checked. Start from a skeleton: \
            `commissioning-ls new commissioning-strategy` prints one with every required section \
            and comments saying what goes where.
            """,
        sources: [],
        firingExample: "# nothing yet\n",
        passingExample: "kind: hypothesis-set\ntitle: Older people — hypotheses\npopulation: Older people\n"
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.tree.root == nil, context.tree.diagnostics.isEmpty else { return [] }
        let firstLine = context.tree.source.lineIndex.contentRange(ofLine: 0)
        let kinds = context.vocabulary.kinds.map(\.id).joined(separator: ", ")
        return [Finding(
            range: firstLine,
            message: "This document is empty. Start with `kind:` (\(kinds)) and the sections of that kind; `commissioning-ls new KIND` prints a skeleton."
        )]
    }
}
