import Foundation
import JSONSupport
import Schema
import SourceText
import Syntax

/// An aim or a monitoring indicator that counts activity — assessments completed, visits made —
/// measures what services do, not what changes for people (003: "moving away from counting
/// services given … to counting outcomes"). The phrases are data (`output-measure` in the
/// vocabulary) so they can be read and extended without touching the rule.
public struct StrategyOutputNotOutcomeRule: ItemRule {
    public static let metadata = RuleMetadata(
        id: "strategy/output-not-outcome",
        defaultSeverity: .warning,
        summary: "An aim or indicator counts activity (an output) rather than a change for people (an outcome).",
        explanation: """
            Most commissioning models say commissioners should specify clearly the outcomes they \
            wish to achieve and build them into every later stage. An outcome is a change for the \
            people services are for — fewer emergency admissions, more people living at home; an \
            output counts what services do — assessments completed, visits made, treatment \
            episodes. The Department of Health asked commissioners to judge success by the \
            tangible benefits achieved by people, moving away from counting services given; the \
            review found the move to outcomes still aspirational rather than real. This rule reads \
            `aims:` statements and `monitoring.indicators:` for phrases that count activity (the \
            list is `output-measure` in the vocabulary) and asks you to say what the activity \
            should change for people. Keep the output as a means if it helps, next to the outcome \
            it serves.
            """,
        sources: [
            SourceQuote("003_a83ed4e6f8f71836.txt:767", "This means judging success by the tangible benefits achieved by the people that services are designed to serve. That means moving away from counting services given (treatment episodes, prescriptions) to counting outcomes"),
            SourceQuote("003_a83ed4e6f8f71836.txt:1433", "In most of these commissioning models, there is a stated intention that commissioners should specify clearly the outcomes which they wish to achieve"),
            SourceQuote("003_a83ed4e6f8f71836.txt:1575", "The move to outcome-based commissioning has so far been aspirational rather than real."),
        ],
        firingExample: """
            kind: commissioning-strategy
            monitoring:
              arrangements: The joint commissioning board reviews progress every quarter.
              indicators:
                - Number of assessments completed within 28 days.
            """,
        passingExample: """
            kind: commissioning-strategy
            monitoring:
              arrangements: The joint commissioning board reviews progress every quarter.
              indicators:
                - People still at home 91 days after leaving hospital into reablement.
            """,
        scope: .eachItem
    )

    public init() {}

    /// The phrases that count activity, lower-cased, from the vocabulary's `output-measure`.
    static let phrases: [String] = (SchemaDocuments.documents[VocabularyNames.file]?["$defs"]?["output-measure"]?["x-phrases"]?.arrayValue ?? [])
        .compactMap { $0.stringValue?.lowercased() }

    /// The first activity-counting phrase in `text`, as a whole-word match, or nil.
    static func outputPhrase(in text: String) -> String? {
        // Compared scalar by scalar: Foundation's `range(of:)` costs a bridge per call, which
        // made this the slowest rule on a long strategy.
        let lowered = Array(text.lowercased().unicodeScalars)
        return zip(phrases, phraseScalars).first { _, needle in
            guard let first = needle.first, needle.count <= lowered.count else { return false }
            for index in 0 ... lowered.count - needle.count where lowered[index] == first {
                guard lowered[index ..< index + needle.count].elementsEqual(needle) else { continue }
                let letterBefore = index > 0 && Character(lowered[index - 1]).isLetter
                let letterAfter = index + needle.count < lowered.count && Character(lowered[index + needle.count]).isLetter
                if !letterBefore, !letterAfter { return true }
            }
            return false
        }?.0
    }

    private static let phraseScalars: [[Unicode.Scalar]] = phrases.map { Array($0.unicodeScalars) }

    /// Aims (their statements) and monitoring's indicators.
    public func lists(in context: RuleContext) -> [RuleList] {
        guard context.isKind("commissioning-strategy"), let root = context.root else { return [] }
        return [root["aims"].map { RuleList(name: "aims", node: $0) },
                root["monitoring"]?.mapping?["indicators"].map { RuleList(name: "monitoring.indicators", node: $0) }].compactMap { $0 }
    }

    public func check(_ item: SyntaxNode, at index: Int, of list: RuleList, in context: RuleContext) -> [Finding] {
        let (node, what) = list.name == "aims" ? (item.mapping?["statement"], "This aim") : (item, "This indicator")
        guard let node, let text = node.scalar?.text, let phrase = Self.outputPhrase(in: text) else { return [] }
        return [Finding(
            range: node.range,
            message: "\(what) counts activity (“\(phrase)”), an output, not a change for people. Judge success by the benefits people get: say what the activity should change, e.g. people who stay independent at home, rather than how much of it is done."
        )]
    }
}
