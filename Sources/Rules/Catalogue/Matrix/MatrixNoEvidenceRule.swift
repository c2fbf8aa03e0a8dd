import Foundation
import Schema
import SourceText
import Syntax

/// A level with nothing to show for it is a claim, not a self-assessment.
public struct MatrixNoEvidenceRule: Rule {
    public static let metadata = RuleMetadata(
        id: "matrix/no-evidence",
        defaultSeverity: .warning,
        summary: "A matrix area has a level but no evidence.",
        explanation: """
            A self-assessment is only as useful as it is honest: its value is the conversation \
            about what the partners actually do now. A level without evidence cannot be checked \
            by anyone else, and is easily set one level too high. Under `evidence:`, say what the \
            partners do that shows the level — a team, a pooled budget, a shared analysis — and \
            compare it with the matrix's example activities for that area and level (hover on the \
            level shows them).
            """,
        sources: [
            SourceQuote("002_ab63f349a42bac4e.txt:225", "The following section describes some of the tools / assessments frameworks which are available to enable local partners to make a sensible (honest) assessment of where they are now."),
            SourceQuote("002_ab63f349a42bac4e.txt:229", "Self-assessment against a recognised scale has many benefits. It can enable the people who make up the partnership to consider how far the partnership has travelled to realise an articulated position."),
        ],
        firingExample: """
            kind: commissioning-framework
            integration:
              contracting:
                current: joint
            """,
        passingExample: """
            kind: commissioning-framework
            integration:
              contracting:
                current: joint
                evidence: The council and the CCG issue joint block contracts for home care and share the contract risk.
            """,
        scope: .sections(["integration"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let assessment = MatrixAssessment(context) else { return [] }
        let matrix = context.vocabulary.matrix
        return assessment.areas.compactMap { area in
            guard area.hasCurrentValue, area.evidenceText == nil else { return nil }
            // An empty `evidence:` is pointed at; a missing one at the area it belongs to.
            let range = area.evidenceEntry?.key.range ?? area.entry.key.range
            var message = "\(area.area.label) is assessed as \(area.current.map { "`\($0.id)`" } ?? "a level") but gives no evidence. "
                + "Add `evidence:` saying what the partners do now that shows this level"
            if let current = area.current, let cell = matrix.cell(area: area.area.id, level: current.id), let example = cell.activities.first {
                message += ", and compare it with the matrix's examples for this level, such as “\(example.text.trimmingCharacters(in: .whitespaces))”\(Bibliography.shared.parenthesisedCitation(for: example.source))"
            }
            return Finding(range: range, message: message + ".")
        }
    }
}
