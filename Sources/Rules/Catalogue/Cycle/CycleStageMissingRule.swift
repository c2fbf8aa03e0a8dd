import Foundation
import Schema
import SourceText
import Syntax

/// Every stage of the commissioning cycle matters equally; one with no activities is a stage the
/// partners skip.
public struct CycleStageMissingRule: Rule {
    public static let fixSafety: FixSafety = .safe
    public static let metadata = RuleMetadata(
        id: "cycle/stage-missing",
        defaultSeverity: .warning,
        summary: "A stage of the framework's commissioning model has no activities.",
        explanation: """
            The commissioning cycle's stages — analyse, plan, do and review in the IPC model, or \
            the stages of the model named in `model:` — are sequential and of equal importance. \
            A framework that lists no activities for one of them leaves it to chance, and it is \
            usually review (or analysis) that is skipped. Under `cycle:`, list the activities the \
            partners undertake at that stage; hover on the stage shows the activities the sources \
            give for it.
            """,
        sources: [
            SourceQuote("004_7626832a2734df92.txt:3", "It is based upon four key performance management elements - analyse, plan, do and review - and assumes that all of the four elements are sequential and of equal importance"),
        ],
        firingExample: """
            kind: commissioning-framework
            cycle:
              analyse: [Undertake a population needs assessment.]
              plan: [Write a joint commissioning strategy.]
              do: [Tender for services and let contracts.]
            """,
        passingExample: """
            kind: commissioning-framework
            cycle:
              analyse: [Undertake a population needs assessment.]
              plan: [Write a joint commissioning strategy.]
              do: [Tender for services and let contracts.]
              review: [Bring together data on finance, activity and outcomes.]
            """,
        scope: .sections(["cycle", "model"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let cycle = FrameworkCycle(context) else { return [] }
        // Text or a list where the stages should be is the schema's to report.
        guard let value = cycle.entry.value, value.mapping != nil || value.scalar?.value == .null else { return [] }
        let modelName = "the \(cycle.model.label)"
        var findings: [Finding] = []
        let absent = cycle.stages.filter { $0.entry == nil }
        if !absent.isEmpty {
            let names = absent.map { "`\($0.term.id)` (\($0.term.label))" }
            let message = "The cycle has no \(names.count == 1 ? "stage" : "stages") \(names.joined(separator: ", ")) of \(modelName); every stage is of equal importance. "
                + "Add \(names.count == 1 ? "it" : "each") with the activities the partners undertake there\(Self.exampleHint(absent[0].term))."
            let fixes = MappingInsertion.edit(adding: absent.map { "\($0.term.id):" }, toValueOf: cycle.entry, in: context.tree.source).map {
                [Fix(title: absent.count == 1 ? "Add the stage `\(absent[0].term.id)`" : "Add the missing stages", edits: [$0], isSafe: true)]
            } ?? []
            findings.append(Finding(range: cycle.entry.key.range, message: message, fixes: fixes))
        }
        for stage in cycle.stages where stage.entry != nil && stage.activityCount == 0 {
            guard let entry = stage.entry else { continue }
            findings.append(Finding(
                range: entry.key.range,
                message: "The stage `\(stage.term.id)` (\(stage.term.label)) lists no activities; every stage of \(modelName) is of equal importance. "
                    + "List the activities the partners undertake at this stage\(Self.exampleHint(stage.term))."
            ))
        }
        return findings
    }

    /// ", such as “…” (IPC joint commissioning model for public care, commissioning cycle, …)" when the sources give activities for the stage.
    static func exampleHint(_ stage: Term) -> String {
        guard let example = stage.activities.first else { return "" }
        return ", such as “\(example.text.trimmingCharacters(in: .whitespaces))”\(Bibliography.shared.parenthesisedCitation(for: example.source))"
    }
}
