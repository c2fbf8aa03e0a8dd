import Foundation
import Schema
import SourceText
import Syntax

/// Commissioning is the right tool only when there is a market, a need for change, and change
/// that must be managed (001 "When to commission?"); otherwise it may not be, and Table 2.1 lists
/// what it is not a tool for and what to try instead. The table pairs neither list with a
/// condition, so the rule quotes both lists whole rather than match an alternative to a condition.
public struct StrategyRationaleRule: Rule {
    public static let metadata = RuleMetadata(
        id: "strategy/rationale",
        defaultSeverity: .warning,
        kinds: ["commissioning-strategy"],
        summary: "The rationale leaves out, or answers no to, one of the three conditions for commissioning.",
        explanation: explanation(Vocabulary.shared.rationaleConditions, Vocabulary.shared.commissioningAlternatives),
        sources: [
            SourceQuote("001_b648799edb4670db.txt:42", "That is not appropriate. The circumstances best suited to a commissioning approach include when:"),
            SourceQuote("001_b648799edb4670db.txt:44", "There is some form of market"),
            SourceQuote("001_b648799edb4670db.txt:45", "There is a need for change"),
            SourceQuote("001_b648799edb4670db.txt:46", "Change needs to be managed"),
            SourceQuote("001_b648799edb4670db.txt:48", "In contrast, there are some areas where a commissioning approach is not appropriate – see Table 2.1."),
            SourceQuote("001_b648799edb4670db.txt:50", "Table 2.1 When a commissioning approach may not be appropriate"),
            SourceQuote("001_b648799edb4670db.txt:52", "Commissioning is not a tool for: Instead try:"),
        ],
        firingExample: """
            kind: commissioning-strategy
            rationale:
              market: Home care is bought from twelve independent providers under a framework contract.
              need-for-change: false
              managed-change: Without direction the market will not grow the rural supply we need.
            """,
        passingExample: """
            kind: commissioning-strategy
            rationale:
              market: Home care is bought from twelve independent providers under a framework contract.
              need-for-change: Too few services support people with chronic health problems at home.
              managed-change: Without direction the market will not grow the rural supply we need.
            """,
        scope: .sections(["rationale"])
    )

    public init() {}

    /// Names the conditions and Table 2.1 from the vocabulary, not from Swift.
    static func explanation(_ conditions: [RationaleCondition], _ table: CommissioningAlternatives) -> String {
        let answers = conditions.map { "`\($0.key)` (\(ProseList.inSentence($0.label)))" }
        return """
            Commissioning involves many activities of good management, so it is easily applied \
            where it does not fit; the sources name three circumstances best suited to it. Answer each under \
            `rationale:` — \(ProseList.joined(answers, conjunction: "and")) — saying how it holds \
            here. If one does not hold, commissioning may not be the right tool. \(tableSentence(table))
            """
    }

    /// Table 2.1's two lists in the seed's order, each whole.
    static func tableSentence(_ table: CommissioningAlternatives) -> String {
        let notFor = table.notAToolFor.map { ProseList.inSentence($0.text) }.joined(separator: "; ")
        let instead = table.insteadTry.map { ProseList.inSentence($0.text) }.joined(separator: "; ")
        return "Table 2.1\(Bibliography.shared.parenthesisedCitation(for: table.source)) lists what commissioning is not a tool for — \(notFor) — and what to try instead: \(instead)."
    }

    public func check(_ context: RuleContext) -> [Finding] {
        guard let entry = context.root?.entry("rationale"),
              let rationale = entry.value?.mapping else { return [] }
        let table = Self.tableSentence(context.vocabulary.commissioningAlternatives)
        var findings: [Finding] = []
        for condition in context.vocabulary.rationaleConditions {
            guard let value = rationale.filled(condition.key) else {
                findings.append(Finding(
                    range: (rationale.entry(condition.key)?.key ?? entry.key).range,
                    message: "The rationale does not answer '\(condition.label)' (`\(condition.key):`). Say how it holds here; if it does not, commissioning may not be the right tool. \(table)"
                ))
                continue
            }
            guard Self.isAnsweredNo(value) else { continue }
            findings.append(Finding(
                range: value.range,
                message: "The rationale answers no to '\(condition.label)', so commissioning may not be the right tool. \(table) If the condition does hold, say how."
            ))
        }
        return findings
    }

    /// `false`, or a text that answers no (`no`, `No.`, `no – the service is run in-house`); a
    /// text that merely starts with the word (`No single provider dominates`) is an answer.
    static func isAnsweredNo(_ value: SyntaxNode) -> Bool {
        guard let scalar = value.scalar else { return false }
        if case .bool(false) = scalar.value { return true }
        let text = scalar.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if ["no", "false", "none", "n/a", "not applicable"].contains(text) { return true }
        guard text.hasPrefix("no") else { return false }
        let rest = text.dropFirst(2).drop { $0 == " " }
        return rest.first.map { ",.;:–—-".contains($0) } ?? false
    }
}
