import Foundation
import Schema
import SourceText
import Syntax

/// Compares an area's evidence with the matrix's example activities for the four levels of that
/// area, and says so when another level's examples are clearly closer than the claimed level's
/// and the evidence uses a word the matrix uses at that level only. Tuned for precision on a
/// labelled set of realistic evidence (Tests/RulesTests/Support/MatrixEvidenceSet.swift): it
/// would rather stay silent than tell a commissioner the wrong level.
public struct MatrixEvidenceSuggestsLevelRule: Rule {
    public static let fixSafety: FixSafety = .unsafe
    public static let metadata = RuleMetadata(
        id: "matrix/evidence-suggests-level",
        defaultSeverity: .info,
        summary: "A matrix area's evidence reads most like the matrix's examples of another level.",
        explanation: """
            The IPC matrix describes each of its seven areas at four levels — separate, parallel, \
            joint, integrated — with example activities. This check compares the words of your \
            evidence with those examples for the same area (words weighted by how rare they are \
            in the matrix; "not", "the" and the like ignored). It speaks up only when another \
            level's examples are clearly closer than those of the level you claim, and your \
            evidence uses a word that the matrix uses, in more than one area, for that level only \
            (such as "jointly", "independently" or "network"); it names that level and quotes its \
            closest example. It often stays silent \
            — it is built to be right when it speaks, not to catch every mismatch — and it is a \
            prompt, not a verdict: if the other level describes what the partners do, change \
            `current:`; if your level is right, make the evidence say what the partners do at \
            that level.
            """,
        sources: [
            SourceQuote("000_5c1c6b30ea365b26.txt:30", "Examples of activities at each level are described in the table below."),
            SourceQuote("002_ab63f349a42bac4e.txt:320", "Using the prompts within the matrix the partnership could consider, for example, stakeholder engagement and self-assess whether their approach was characteristic of a separate, parallel, joint or integrated approach."),
        ],
        firingExample: """
            kind: commissioning-framework
            integration:
              contracting:
                current: integrated
                evidence: The council and the CCG jointly hold block contracts for home care and share the contract risk.
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

    /// How much closer (in cosine similarity, 0…1) another level's examples must be than the
    /// claimed level's before the rule speaks: a clear difference, not a near tie. Together with
    /// the two conditions below, chosen for precision on the labelled evidence set.
    static let margin = 0.05
    /// The closer level must share at least this many different words with the evidence; the
    /// word of that level alone, required as well, keeps one word in common (say "pooled", used
    /// by two levels) from being taken for a resemblance.
    static let minimumSharedWords = 1

    public func check(_ context: RuleContext) -> [Finding] {
        guard let assessment = MatrixAssessment(context) else { return [] }
        let index = MatrixEvidenceIndex.index(for: context.vocabulary.matrix)
        return assessment.areas.compactMap { area in
            guard let current = area.current, let evidence = area.evidenceText, let node = area.evidenceEntry?.value else { return nil }
            let vector = index.vector(of: evidence)
            guard let comparison = Self.suggestion(for: vector, area: area.area.id, claimed: current.id, index: index) else { return nil }
            let closest = index.closestExample(to: vector, area: area.area.id, level: comparison.suggested.level)
            return finding(area: area, current: current, evidence: node, suggestion: comparison.suggested, claimed: comparison.claimed, closest: closest)
        }
    }

    /// The level whose examples are clearly closer to the evidence than the claimed level's, if any.
    static func suggestion(for evidence: MatrixEvidenceIndex.Vector, area: String, claimed: String, index: MatrixEvidenceIndex)
        -> (suggested: MatrixEvidenceIndex.LevelScore, claimed: MatrixEvidenceIndex.LevelScore)? {
        let scores = index.scores(of: evidence, area: area)
        guard let claimedScore = scores.first(where: { $0.level == claimed }),
              let best = scores.filter({ $0.level != claimed }).max(by: { $0.similarity < $1.similarity }),
              best.similarity - claimedScore.similarity >= margin, best.sharedWords >= minimumSharedWords,
              !best.levelWords.isEmpty else { return nil }
        return (best, claimedScore)
    }

    private func finding(area: AreaAssessment, current: AreaAssessment.Level, evidence: SyntaxNode,
                         suggestion: MatrixEvidenceIndex.LevelScore, claimed: MatrixEvidenceIndex.LevelScore, closest: Activity?) -> Finding {
        var message = "The evidence for \(area.area.label) "
        if let closest {
            message += "reads like the matrix's `\(suggestion.level)` example “\(closest.text.trimmingCharacters(in: .whitespaces))”\(Bibliography.shared.parenthesisedCitation(for: closest.source)) more than its `\(current.id)` ones"
        } else {
            message += "reads more like the matrix's examples of `\(suggestion.level)` than of `\(current.id)`"
        }
        let text = evidence.scalar?.text ?? ""
        if let word = EvidenceWords.firstWritten(in: text, stemmingTo: Set(suggestion.levelWords)) {
            message += ", and says “\(word)”, a word the matrix uses only for `\(suggestion.level)` approaches"
        }
        message += ". If that describes what the partners do, set `current: \(suggestion.level)`; if `\(current.id)` is right, say in the evidence what the partners do at that level."
        let fix = Fix(title: "Set the current level to `\(suggestion.level)`", edits: [TextEdit(range: current.node.range, newText: suggestion.level)])
        return Finding(range: evidence.range, message: message, fixes: [fix])
    }
}
