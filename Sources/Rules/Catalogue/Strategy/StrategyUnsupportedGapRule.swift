import Schema
import SourceText
import Syntax

/// A gap in services should rest on evidence: from need, from performance, or from experience (001).
public struct StrategyUnsupportedGapRule: Rule {
    public static let metadata = RuleMetadata(
        id: "strategy/unsupported-gap",
        defaultSeverity: .info,
        kinds: ["commissioning-strategy"],
        summary: "A gap in services cites no type of evidence.",
        explanation: """
            Priorities for where services need to be increased, reduced or redeveloped should be \
            judgements based on evidence. The sources name three kinds to weigh: evidence from need \
            (changes in future needs or demand), from performance data (monitoring of activity, \
            performance and costs) and from experience (service user feedback, complaints, patterns \
            of use, professionals' feedback). Say under the gap's `evidence:` which kinds show it, \
            and set the evidence itself out in `needs-assessment.evidence`. A gap that no evidence \
            shows may still be real, but it is an assumption — test it first.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:134", "You need to make careful judgements, based on evidence, about what is needed, what is realistic, who needs to agree to the agenda, and what resources are available."),
            SourceQuote("001_b648799edb4670db.txt:142", "Evidence from need."),
            SourceQuote("001_b648799edb4670db.txt:143", "Evidence from performance data."),
            SourceQuote("001_b648799edb4670db.txt:147", "Evidence from experience."),
        ],
        firingExample: """
            kind: commissioning-strategy
            gaps:
              - description: Too few breaks and out-of-hours support for carers.
                action: increase
            """,
        passingExample: """
            kind: commissioning-strategy
            gaps:
              - description: Too few breaks and out-of-hours support for carers.
                action: increase
                evidence: [experience]
            """,
        scope: .sections(["gaps"])
    )

    public init() {}

    /// The `$defs` name of the evidence types in vocabulary.schema.json.
    static let evidenceVocabulary = "evidence-type"

    public func check(_ context: RuleContext) -> [Finding] {
        guard let gaps = context.root?["gaps"] else { return [] }
        let types = ProseList.joined(context.vocabulary.list(Self.evidenceVocabulary)?.ids ?? [])
        return gaps.mappingItems.enumerated().compactMap { index, element in
            let (item, gap) = element
            guard gap.filled("evidence") == nil else { return nil }
            let range = (gap.entry("evidence") ?? gap.entry("description"))?.key.range ?? gap.entries.first?.key.range ?? item.range
            return Finding(
                range: range,
                message: "Gap \(index + 1) cites no evidence. Add `evidence:` with the kinds that show it (\(types)), or test the gap before planning on it."
            )
        }
    }
}
