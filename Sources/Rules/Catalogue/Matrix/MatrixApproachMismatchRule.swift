import Schema
import SourceText
import Syntax

/// The declared approach (001 Table 2.6) and the matrix self-assessment use the same four levels;
/// when most areas sit more than a level away from the approach, one of them is wrong.
public struct MatrixApproachMismatchRule: Rule {
    public static let fixSafety: FixSafety = .unsafe
    public static let metadata = RuleMetadata(
        id: "matrix/approach-mismatch",
        defaultSeverity: .info,
        summary: "The declared approach is more than one level away from most areas' current level.",
        explanation: """
            `approach:` says how the partners commission together — separate, parallel, joint or \
            integrated — and the IPC matrix self-assessment rates each area on the same four \
            levels. If most areas are more than one level away from the declared approach (an \
            "integrated" approach with most areas separate or parallel), the document says two \
            different things. Either set `approach:` to what the self-assessment shows, or \
            revisit the self-assessment; the matrix is the tool for discussing the approach with \
            your partners.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:262", "it is important for partners to be clear about the approach they are taking to commissioning together right from the start of any intervention."),
            SourceQuote("001_b648799edb4670db.txt:278", "Use the IPC joint commissioning matrix to discuss the approach you need to take to joint commissioning with your partners."),
            SourceQuote("000_5c1c6b30ea365b26.txt:20", "The matrix also differentiates between the following 4 levels of integration:"),
        ],
        firingExample: """
            kind: commissioning-framework
            approach: integrated
            integration:
              purpose-and-strategy: {current: parallel, evidence: Liaison in the production of separate strategies.}
              contracting: {current: separate, evidence: Contract compliance information is used solely within each organisation.}
              commissioning-function: {current: joint, evidence: Joint appointments of commissioning staff.}
            """,
        passingExample: """
            kind: commissioning-framework
            approach: joint
            integration:
              purpose-and-strategy: {current: parallel, evidence: Liaison in the production of separate strategies.}
              contracting: {current: joint, evidence: Agencies issue joint block contracts.}
              commissioning-function: {current: joint, evidence: Joint appointments of commissioning staff.}
            """,
        scope: .sections(["integration", "approach"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let matrix = context.vocabulary.matrix
        guard let assessment = MatrixAssessment(context), let node = context.root?["approach"],
              let approach = node.scalar?.text, let rank = matrix.rank(ofLevel: approach) else { return [] }
        let assessed = assessment.areas.compactMap { area in area.current.map { (area: area, level: $0) } }
        let far = assessed.filter { abs($0.level.rank - rank) > 1 }
        guard !assessed.isEmpty, far.count * 2 > assessed.count else { return [] }

        // The middle of the assessed levels: what the self-assessment says the approach is.
        let ranks = assessed.map(\.level.rank).sorted()
        let typical = matrix.levels.ids[ranks[(ranks.count - 1) / 2]]
        let listed = far.map { "\($0.area.area.label) (`\($0.level.id)`)" }.joined(separator: ", ")
        let message = "The declared approach is `\(approach)`, but \(far.count) of the \(assessed.count) assessed areas are more than one level away from it: \(listed). "
            + "Set `approach:` to what the self-assessment shows (typically `\(typical)`), or revisit the self-assessment."
        let related = far.map {
            RelatedLocation(documentName: context.documentPath ?? context.tree.source.name, range: $0.level.node.range,
                            message: "\($0.area.area.label) is assessed as `\($0.level.id)`.")
        }
        let fixes = typical == approach ? [] : [Fix(title: "Set the approach to `\(typical)`", edits: [TextEdit(range: node.range, newText: typical)])]
        return [Finding(range: node.range, message: message, fixes: fixes, related: related)]
    }
}
