import SourceText
import Syntax

/// A target below the current level would undo integration already achieved; that may be meant,
/// but it should be said.
public struct MatrixTargetBelowCurrentRule: Rule {
    public static let metadata = RuleMetadata(
        id: "matrix/target-below-current",
        defaultSeverity: .info,
        summary: "A matrix area's target level is lower than its current level.",
        explanation: """
            The target level is where the partners mean to take an area; a target below the \
            current level means undoing joint or integrated arrangements that exist now. That can \
            be the right decision — more integration is not always better — but it is more often \
            a slip (the two levels swapped). If it is meant, say why in the evidence; otherwise set \
            the target to the current level or above, or remove it.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:269", "Despite the enthusiasm from national policy-makers across the UK for integrated health and social care, we have found that integrated approaches to commissioning are not inevitably better."),
        ],
        firingExample: """
            kind: commissioning-framework
            integration:
              contracting:
                current: joint
                target: parallel
                evidence: Agencies issue joint block contracts and share contract risk.
            """,
        passingExample: """
            kind: commissioning-framework
            integration:
              contracting:
                current: parallel
                target: joint
                evidence: Agencies inform each other of purchasing intentions.
            """,
        scope: .sections(["integration"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let assessment = MatrixAssessment(context) else { return [] }
        let levels = context.vocabulary.matrix.levels
        return assessment.areas.compactMap { area in
            guard let current = area.current, let target = area.target, target.rank < current.rank else { return nil }
            let higher = levels.ids[current.rank...].map { "`\($0)`" }.joined(separator: ", ")
            return Finding(
                range: target.node.range,
                message: "The target level for \(area.area.label), `\(target.id)`, is below its current level `\(current.id)`: it would undo integration already achieved. "
                    + "If that is meant, say why in the evidence; otherwise set the target to \(higher), or remove it."
            )
        }
    }
}
