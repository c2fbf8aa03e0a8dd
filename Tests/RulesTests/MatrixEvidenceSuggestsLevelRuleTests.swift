import Foundation
import Schema
import Testing
@testable import Rules

/// The matrix's own example activities are the first test of the comparison: written as
/// evidence, each cell's examples must be read as that cell's level, and claiming another level
/// must bring the right one up or stay silent — never a wrong one. Realistic evidence, labelled
/// by hand, is the second (`MatrixEvidenceSetTests`).
@Suite struct MatrixEvidenceSuggestsLevelRuleTests {
    struct Claim: Sendable, CustomTestStringConvertible {
        let area: String
        /// The level whose examples are the evidence.
        let level: String
        let claimed: String
        let evidence: String
        var testDescription: String { "\(area) × \(level) claimed as \(claimed)" }
    }

    static let matrix = Vocabulary.shared.matrix

    static func evidence(of cell: MatrixCell) -> String {
        cell.activities.map(\.text).joined(separator: " ")
    }

    /// 28 cells, each claimed at its own level.
    static let rightClaims = matrix.cells.map { Claim(area: $0.area, level: $0.level, claimed: $0.level, evidence: evidence(of: $0)) }
    /// 28 cells × the 3 other levels.
    static let wrongClaims = matrix.cells.flatMap { cell in
        matrix.levels.ids.filter { $0 != cell.level }.map { Claim(area: cell.area, level: cell.level, claimed: $0, evidence: evidence(of: cell)) }
    }

    static func document(area: String, claimed: String, evidence: String) -> String {
        let indented = evidence.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
        return "kind: commissioning-framework\nintegration:\n  \(area):\n    current: \(claimed)\n    evidence: |-\n\(indented)\n"
    }

    @Test func thereAreTwentyEightCellsAndEightyFourWrongClaims() {
        #expect(Self.examples.count == 50)
        #expect(Self.rightClaims.count == 28)
        #expect(Self.wrongClaims.count == 84)
    }

    @Test(arguments: rightClaims)
    func aCellsOwnExamplesAtItsOwnLevelAreSilent(claim: Claim) {
        let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: claim.area, claimed: claim.claimed, evidence: claim.evidence))
        #expect(run.findings.isEmpty, "\(run.messages)")
    }

    /// A whole cell claimed at another level brings up its own level or nothing — never a wrong
    /// one. Cells whose words are all shared with other levels, or used in one cell only, stay
    /// silent (commissioning functions × separate: its telling word, "own", is a stop word).
    @Test func aCellsOwnExamplesAtAnotherLevelNameTheRightOneOrNothing() throws {
        var named = 0
        for claim in Self.wrongClaims {
            let text = Self.document(area: claim.area, claimed: claim.claimed, evidence: claim.evidence)
            let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), text)
            guard let message = run.messages.first else { continue }
            named += 1
            try #require(run.findings.count == 1, "\(claim.testDescription)")
            // The quoted example is one of the right cell's, with its level and source line.
            let cell = try #require(Self.matrix.cell(area: claim.area, level: claim.level))
            #expect(cell.activities.contains { message.contains("the matrix's `\(claim.level)` example “\($0.text.trimmingCharacters(in: .whitespaces))”\(Bibliography.shared.parenthesisedCitation(for: $0.source)) more than its `\(claim.claimed)` ones") }, "\(claim.testDescription): \(message)")
            #expect(message.contains("a word the matrix uses only for `\(claim.level)` approaches"), "\(message)")
            #expect(!message.contains("similarity") && message.range(of: #"\d\.\d"#, options: .regularExpression) == nil, "no figures: \(message)")
            #expect(run.rangeTexts == ["|-\n" + claim.evidence.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")])
            #expect(run.findings[0].fixes.first?.edits.first?.newText == claim.level)
            #expect(run.findings[0].fixes.first?.edits.first.map { run.tree.source.text(in: $0.range) } == claim.claimed)
        }
        print("matrix/evidence-suggests-level on the matrix's own cells, misclaimed: \(named) of \(Self.wrongClaims.count) named their level")
        #expect(named >= 60, "most cells carry a word of their level alone")
        let silent = RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: "commissioning-function", claimed: "joint",
                                                                              evidence: "Agencies have their own teams to support their commissioning activities."))
        #expect(silent.findings.isEmpty)
    }

    // MARK: Single examples

    struct Example: Sendable, CustomTestStringConvertible {
        let area: String
        let level: String
        let text: String
        var testDescription: String { "\(area) × \(level): \(text.prefix(40))" }
    }

    static let examples = matrix.cells.flatMap { cell in cell.activities.map { Example(area: cell.area, level: cell.level, text: $0.text) } }

    @Test(arguments: examples)
    func aSingleExampleAtItsOwnLevelIsSilent(example: Example) {
        let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: example.area, claimed: example.level, evidence: example.text))
        #expect(run.findings.isEmpty, "\(run.messages)")
    }

    /// A single example claimed at another level brings up its own level or nothing; examples
    /// with no word that the matrix uses at their level alone stay silent.
    @Test func aSingleExampleAtAnotherLevelNamesItsOwnOrNothing() {
        var named = 0, claims = 0
        for example in Self.examples {
            for claimed in Self.matrix.levels.ids where claimed != example.level {
                claims += 1
                let messages = RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: example.area, claimed: claimed, evidence: example.text)).messages
                guard let message = messages.first else { continue }
                #expect(messages.count == 1 && message.contains("the matrix's `\(example.level)` example"), "\(example.text) claimed \(claimed): \(messages)")
                named += 1
            }
        }
        print("matrix/evidence-suggests-level on the matrix's own single examples, misclaimed: \(named) of \(claims) named their level")
        #expect(claims == 150)
        #expect(named >= 80, "over half the single examples carry a word of their level alone")
    }

    // MARK: Real evidence

    @Test func evidenceThatParaphrasesItsLevelIsSilent() {
        let text = Self.document(area: "contracting", claimed: "joint",
                                 evidence: "The council and the CCG issue joint block contracts for home care and share the contract risk.")
        #expect(RuleRun(MatrixEvidenceSuggestsLevelRule(), text).findings.isEmpty)
    }

    @Test func evidenceOfAnotherLevelIsReportedWithTheClosestExample() throws {
        let text = Self.document(area: "contracting", claimed: "integrated",
                                 evidence: "The council and the CCG jointly hold block contracts for home care and share the contract risk.")
        let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), text)
        let message = try #require(run.messages.first)
        #expect(message == "The evidence for Contracting reads like the matrix's `joint` example “Agencies issue joint block contracts or share contract risk.” (\(Bibliography.shared.citation(for: "000_5c1c6b30ea365b26.txt:129") ?? "no citation")) more than its `integrated` ones, and says “jointly”, a word the matrix uses only for `joint` approaches. If that describes what the partners do, set `current: joint`; if `integrated` is right, say in the evidence what the partners do at that level.")
    }

    /// 000:86 — plainly separate; it shares "provider" and "consultation" with the integrated
    /// cell, but no word of the integrated level alone.
    @Test func separateConsultationsAreNotTakenForIntegrated() {
        for claimed in ["separate", "parallel"] {
            let text = Self.document(area: "stakeholder-engagement", claimed: claimed,
                                     evidence: "The council and the ICB each run their own consultations and provider events.")
            #expect(RuleRun(MatrixEvidenceSuggestsLevelRule(), text).findings.isEmpty, "claimed \(claimed)")
        }
    }

    @Test func thinOrUnrelatedEvidenceIsSilent() {
        // One word in common with another level is not a resemblance; no matrix words at all, nothing to say.
        #expect(RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: "resource-allocation-and-management", claimed: "separate", evidence: "Pooled.")).findings.isEmpty)
        #expect(RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: "contracting", claimed: "integrated", evidence: "Quarterly board papers, 2024–25 😀.")).findings.isEmpty)
        #expect(RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: "contracting", claimed: "joint", evidence: "Contracts are managed well.")).findings.isEmpty)
    }

    @Test func theExampleFrameworksEvidenceMatchesItsLevels() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/examples/northshire.framework.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("integration:"))
        #expect(RuleRun(MatrixEvidenceSuggestsLevelRule(), text, fileName: "northshire.framework.yaml").findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = MatrixEvidenceSuggestsLevelRule.metadata
        #expect(!RuleRun(MatrixEvidenceSuggestsLevelRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(MatrixEvidenceSuggestsLevelRule(), metadata.passingExample).findings.isEmpty)
    }

    // MARK: The words

    @Test func wordsAreStemmedAndStopWordsDropped() {
        #expect(EvidenceWords.words("The agencies jointly shared, sharing and share strategies") == ["agency", "joint", "shar", "shar", "shar", "strategy"])
        #expect(EvidenceWords.words("Analysis and analyses; processes; not") == ["analys", "analys", "process"])
        #expect(EvidenceWords.words("") == [])
        #expect(EvidenceWords.words("Key partner’s PRIORITIES, 2026–27") == ["key", "partner", "priority"])
    }
}
