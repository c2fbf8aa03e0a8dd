import Schema
import SourceText
import Syntax

/// The IPC matrix has seven areas; a self-assessment that leaves one out says nothing about how
/// far the partners have come there.
public struct MatrixAreaMissingRule: Rule {
    public static let fixSafety: FixSafety = .safe
    public static let metadata = RuleMetadata(
        id: "matrix/area-missing",
        defaultSeverity: .warning,
        summary: "The matrix self-assessment leaves out one of the seven areas.",
        explanation: """
            The IPC matrix analyses how far commissioning is integrated across agencies in seven \
            areas — from purpose and strategy to the commissioning function — and a self-assessment \
            rates each of them. An area left out is usually the one where the partners have not \
            yet talked about working together, which is the conversation the matrix is meant to \
            start. Add each missing area with its current level and the evidence for it; the quick \
            fix "add the missing matrix areas" inserts them for you to fill in.
            """,
        sources: [
            SourceQuote("000_5c1c6b30ea365b26.txt:6", "The matrix uses the following 7 commissioning and contracting areas:"),
            SourceQuote("001_b648799edb4670db.txt:278", "Use the IPC joint commissioning matrix to discuss the approach you need to take to joint commissioning with your partners."),
        ],
        firingExample: """
            kind: commissioning-framework
            integration:
              purpose-and-strategy:
                current: joint
                evidence: Joint strategy development teams producing common strategies.
            """,
        passingExample: """
            kind: commissioning-framework
            integration:
              purpose-and-strategy: {current: joint, evidence: Joint strategy development teams producing common strategies.}
              needs-and-market-intelligence: {current: joint, evidence: Jointly designed population needs analysis.}
              stakeholder-engagement: {current: joint, evidence: We jointly design and manage consultation.}
              resource-allocation-and-management: {current: parallel, evidence: We allocate some resources to issues of common concern.}
              market-management-and-monitoring: {current: parallel, evidence: Performance information is shared.}
              contracting: {current: parallel, evidence: We inform each other of purchasing intentions.}
              commissioning-function: {current: separate, evidence: Each agency has its own commissioning team.}
            """,
        scope: .sections(["integration"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let assessment = MatrixAssessment(context) else { return [] }
        let value = assessment.entry.value
        // Text or a list where the areas should be is the schema's to report.
        guard value?.mapping != nil || value?.scalar?.value == .null else { return [] }
        let matrix = context.vocabulary.matrix
        let written = (assessment.mapping?.entries ?? []).map(\.keyText)
        let present = Set(written)
        // A key the schema will flag as a misspelling of an area (`contractng`) is that area,
        // already there: it is fixed by correcting the key, not by adding the area again.
        let misspelt = Set(written.filter { matrix.areas.term($0) == nil }.compactMap { key -> String? in
            let nearest = Suggestions.nearest(to: key, among: matrix.areas.ids)
            return nearest.count == 1 ? nearest[0] : nil
        })
        let missing = matrix.areas.terms.filter { !present.contains($0.id) && !misspelt.contains($0.id) }
        guard !missing.isEmpty else { return [] }

        let names = missing.map { "\($0.label) (`\($0.id)`)" }
        let count = missing.count == 1 ? "one of the \(matrix.areas.terms.count) areas" : "\(missing.count) of the \(matrix.areas.terms.count) areas"
        let message = "The matrix self-assessment leaves out \(count): \(names.joined(separator: ", ")). "
            + "Add \(missing.count == 1 ? "it" : "each") with its current level (\(matrix.levels.ids.joined(separator: ", "))) and the evidence for it."
        let skeletons = missing.map { "\($0.id): {current: , evidence: }" }
        let fixes = MappingInsertion.edit(adding: skeletons, toValueOf: assessment.entry, in: context.tree.source).map {
            [Fix(title: "Add the missing matrix areas", edits: [$0], isSafe: true)]
        } ?? []
        return [Finding(range: assessment.entry.key.range, message: message, fixes: fixes)]
    }
}
