import Foundation
import Schema
import Testing
@testable import Rules

/// The matrix's own example activities are the fairest test of the comparison: written as
/// evidence, each cell's examples must be read as that cell's level, and claiming any other
/// level must bring the right one up.
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
        #expect(Self.rightClaims.count == 28)
        #expect(Self.wrongClaims.count == 84)
    }

    @Test(arguments: rightClaims)
    func aCellsOwnExamplesAtItsOwnLevelAreSilent(claim: Claim) {
        let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: claim.area, claimed: claim.claimed, evidence: claim.evidence))
        #expect(run.findings.isEmpty, "\(run.messages)")
    }

    @Test(arguments: wrongClaims)
    func aCellsOwnExamplesAtAnotherLevelNameTheRightOne(claim: Claim) throws {
        let text = Self.document(area: claim.area, claimed: claim.claimed, evidence: claim.evidence)
        let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), text)
        try #require(run.findings.count == 1)
        let message = run.messages[0]
        #expect(message.contains("examples of `\(claim.level)` than of `\(claim.claimed)`"), "\(message)")
        // The quoted example is one of the right cell's, with its level and source line.
        let cell = try #require(Self.matrix.cell(area: claim.area, level: claim.level))
        #expect(cell.activities.contains { message.contains("“\($0.text.trimmingCharacters(in: .whitespaces))” (\(claim.level), \($0.source))") }, "\(message)")
        #expect(run.rangeTexts == ["|-\n" + claim.evidence.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")])
        #expect(run.findings[0].fixes.first?.edits.first?.newText == claim.level)
        #expect(run.findings[0].fixes.first?.edits.first.map { run.tree.source.text(in: $0.range) } == claim.claimed)
    }

    // MARK: Single examples

    struct Example: Sendable, CustomTestStringConvertible {
        let area: String
        let level: String
        let text: String
        var testDescription: String { "\(area) × \(level): \(text.prefix(40))" }
    }

    static let examples = matrix.cells.flatMap { cell in cell.activities.map { Example(area: cell.area, level: cell.level, text: $0.text) } }

    /// Single examples too close to another level of their area for the comparison to tell them
    /// apart by their words alone (checked below: they stay silent when misclaimed as that level):
    /// - purpose and strategy × separate, "Single-agency commissioning strategies." (similarity
    ///   0.44 to its own cell, 0.25 to joint's "… producing common strategies"): four words, each
    ///   also used by other levels; "single agency … commissioning" is integrated's wording too,
    ///   and what makes it separate — each agency alone — is not in the words.
    /// - market management × separate, "Provider performance information not shared between
    ///   agencies." (0.52 to its own cell, 0.45 to parallel): the parallel cell's examples share
    ///   "performance information shared … agencies"; only the "not" (a stop word) tells them apart.
    /// Whole cells are never ambiguous: each cell's examples are at most 0.38 similar to another
    /// level's of the same area, against 1.0 to their own.
    static let ambiguousExamples: [String: String] = [
        "Single-agency commissioning strategies.": "joint",
        "Provider performance information not shared between agencies.": "parallel",
    ]

    @Test(arguments: examples)
    func aSingleExampleAtItsOwnLevelIsSilent(example: Example) {
        let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: example.area, claimed: example.level, evidence: example.text))
        #expect(run.findings.isEmpty, "\(run.messages)")
    }

    @Test(arguments: examples)
    func aSingleExampleAtAnotherLevelNamesItsOwn(example: Example) {
        for claimed in Self.matrix.levels.ids where claimed != example.level {
            let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), Self.document(area: example.area, claimed: claimed, evidence: example.text))
            if Self.ambiguousExamples[example.text] == claimed {
                #expect(run.findings.isEmpty, "listed as ambiguous but told apart: remove it from the list")
                continue
            }
            #expect(run.messages.count == 1 && run.messages[0].contains("examples of `\(example.level)`"), "claimed \(claimed): \(run.messages)")
        }
    }

    // MARK: Real evidence

    @Test func evidenceThatParaphrasesItsLevelIsSilent() {
        let text = Self.document(area: "contracting", claimed: "joint",
                                 evidence: "The council and the CCG issue joint block contracts for home care and share the contract risk.")
        #expect(RuleRun(MatrixEvidenceSuggestsLevelRule(), text).findings.isEmpty)
    }

    @Test func evidenceOfAnotherLevelIsReportedWithTheClosestExample() throws {
        let text = Self.document(area: "contracting", claimed: "joint",
                                 evidence: "The agencies inform each other of purchasing intentions and share information about contracts.")
        let run = RuleRun(MatrixEvidenceSuggestsLevelRule(), text)
        let message = try #require(run.messages.first)
        #expect(message.hasPrefix("The evidence for Contracting reads more like the matrix's examples of `parallel` than of `joint` (similarity "))
        #expect(message.contains("closest: “Agencies inform each other of purchasing intentions.” (parallel, 000_5c1c6b30ea365b26.txt:126)"))
        #expect(message.contains("set `current: parallel`"))
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
