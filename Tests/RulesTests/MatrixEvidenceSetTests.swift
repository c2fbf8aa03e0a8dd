import Foundation
import Schema
import Testing
@testable import Rules

/// `matrix/evidence-suggests-level` on evidence as commissioners write it, labelled by hand
/// (`MatrixEvidenceSet`). Each sentence is claimed at each of the four levels: claimed at its
/// own level the rule should stay silent; claimed at another, it may name the labelled level.
/// Precision = findings that name the labelled level of a misclaimed sentence / all findings;
/// recall = those findings / all misclaims. The rule is tuned to speak only where precision is
/// at least 0.9; recall is what it costs.
@Suite struct MatrixEvidenceSetTests {
    static let matrix = Vocabulary.shared.matrix
    static let items = MatrixEvidenceSet.items

    struct Outcome {
        var right = 0
        var wrong: [String] = []
        var misclaims = 0
        var findings: Int { right + wrong.count }
        var precision: Double { findings == 0 ? 0 : Double(right) / Double(findings) }
        var recall: Double { misclaims == 0 ? 0 : Double(right) / Double(misclaims) }
    }

    static func outcome(of items: [MatrixEvidenceSet.Item] = items) -> Outcome {
        var outcome = Outcome()
        for item in items {
            for claimed in matrix.levels.ids {
                if claimed != item.level { outcome.misclaims += 1 }
                let text = "kind: commissioning-framework\nintegration:\n  \(item.area):\n    current: \(claimed)\n    evidence: \"\(item.evidence)\"\n"
                let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), text)
                guard let message = run.messages.first else { continue }
                if claimed != item.level, run.findings[0].fixes.first?.edits.first?.newText == item.level,
                   message.contains("`\(item.level)` example") {
                    outcome.right += 1
                } else {
                    outcome.wrong.append("\(item.area) × \(item.level) claimed \(claimed): \(message)")
                }
            }
        }
        return outcome
    }

    @Test func theSetCoversEveryCellTwiceAndIsNotTheMatrixsOwnWords() throws {
        #expect(Self.items.count >= 60)
        for area in Self.matrix.areas.ids {
            for level in Self.matrix.levels.ids {
                #expect(Self.items.filter { $0.area == area && $0.level == level }.count >= 2, "\(area) × \(level)")
            }
        }
        let examples = Set(Self.matrix.cells.flatMap(\.activities).map { $0.text.lowercased().trimmingCharacters(in: .whitespaces) })
        for item in Self.items {
            #expect(!examples.contains(item.evidence.lowercased()), "\(item.evidence) is the matrix's own sentence")
            #expect(Self.matrix.areas.term(item.area) != nil && Self.matrix.levels.term(item.level) != nil, "\(item.area) × \(item.level)")
        }
    }

    @Test func precisionOnTheLabelledSetIsAtLeastNinetyPercent() {
        let outcome = Self.outcome()
        print(String(format: "matrix/evidence-suggests-level on %d labelled sentences (%d misclaims): %d findings, %d right — precision %.3f, recall %.3f",
                     Self.items.count, outcome.misclaims, outcome.findings, outcome.right, outcome.precision, outcome.recall))
        for wrong in outcome.wrong { print("  wrong: \(wrong)") }
        #expect(outcome.misclaims == Self.items.count * 3)
        #expect(outcome.findings > 0, "a rule that never speaks is not precise, it is absent")
        #expect(outcome.precision >= 0.9, "precision \(outcome.precision); wrong findings: \(outcome.wrong)")
    }

    /// Sentences the rule was not tuned on. Printed, and held to the same bar only loosely
    /// (a handful of sentences moves the figure a lot): at most one wrong finding in each set.
    @Test(arguments: [("heldOut", MatrixEvidenceSet.heldOut), ("heldOutSecond", MatrixEvidenceSet.heldOutSecond)])
    func onEvidenceItWasNotTunedOn(name: String, items: [MatrixEvidenceSet.Item]) {
        let outcome = Self.outcome(of: items)
        print(String(format: "matrix/evidence-suggests-level on %d %@ sentences (%d misclaims): %d findings, %d right — precision %.3f, recall %.3f",
                     items.count, name, outcome.misclaims, outcome.findings, outcome.right, outcome.precision, outcome.recall))
        for wrong in outcome.wrong { print("  wrong: \(wrong)") }
        #expect(items.count >= 16)
        #expect(outcome.wrong.count <= 1, "\(outcome.wrong)")
    }
}
