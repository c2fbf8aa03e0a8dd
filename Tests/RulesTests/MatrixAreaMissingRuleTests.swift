import Foundation
import Schema
import Syntax
import Testing
@testable import Rules

@Suite struct MatrixAreaMissingRuleTests {
    static let areas = Vocabulary.shared.matrix.areas.ids

    /// A framework whose self-assessment holds `areas`, each in block style.
    static func framework(areas: [String]) -> String {
        var text = "kind: commissioning-framework\ntitle: T\nintegration:\n"
        for area in areas {
            text += "  \(area):\n    current: joint\n    evidence: Something the partners do together.\n"
        }
        return text + "timetable: []\n"
    }

    @Test func twoMissingAreasAreNamedAtTheIntegrationKey() throws {
        let kept = Self.areas.filter { $0 != "stakeholder-engagement" && $0 != "contracting" }
        let text = Self.framework(areas: kept)
        let run = RuleRun(MatrixAreaMissingRule(), text)
        #expect(run.rangeTexts == ["integration"])
        let message = try #require(run.messages.first)
        #expect(message.contains("2 of the 7 areas"))
        #expect(message.contains("Stakeholder engagement (`stakeholder-engagement`)"))
        #expect(message.contains("Contracting (`contracting`)"))
        #expect(message.contains("Add each"))

        let fix = try #require(run.findings.first?.fixes.first)
        #expect(fix.title == "Add the missing matrix areas")
        let fixed = EditApplication.apply(fix.edits, to: text)
        #expect(fixed.contains("    evidence: Something the partners do together.\n  stakeholder-engagement: {current: , evidence: }\n  contracting: {current: , evidence: }\ntimetable: []"))
        let after = RuleRun(MatrixAreaMissingRule(), fixed)
        #expect(after.tree.diagnostics.isEmpty)
        #expect(after.findings.isEmpty)
        // The skeletons are mappings with `current` and `evidence`, as YAML reads them.
        let inserted = try #require(after.tree.root?.mapping?["integration"]?.mapping?["contracting"]?.mapping)
        #expect(inserted.entries.map(\.keyText) == ["current", "evidence"])
    }

    @Test func allSevenAreasPass() {
        #expect(RuleRun(MatrixAreaMissingRule(), Self.framework(areas: Self.areas)).findings.isEmpty)
    }

    @Test func aMisspeltAreaIsNotAlsoReportedMissing() throws {
        let text = Self.framework(areas: Self.areas.map { $0 == "contracting" ? "contractng" : $0 })
        #expect(RuleRun(MatrixAreaMissingRule(), text).findings.isEmpty)
        let alsoMissing = Self.framework(areas: Self.areas.filter { $0 != "commissioning-function" }.map { $0 == "contracting" ? "contractng" : $0 })
        let run = RuleRun(MatrixAreaMissingRule(), alsoMissing)
        let message = try #require(run.messages.first)
        #expect(message.contains("one of the 7 areas: Commissioning function"))
        #expect(!message.contains("`contracting`"))
    }

    @Test func aFlowMappingGetsTheAreasInsideItsBraces() throws {
        let text = "kind: commissioning-strategy\nintegration: {purpose-and-strategy: {current: joint, evidence: Shared commitment.}}\n"
        let run = RuleRun(MatrixAreaMissingRule(), text)
        #expect(run.rangeTexts == ["integration"])
        #expect(run.messages.first?.contains("6 of the 7 areas") == true)
        let fixed = EditApplication.apply(try #require(run.findings.first?.fixes.first).edits, to: text)
        let after = RuleRun(MatrixAreaMissingRule(), fixed)
        #expect(after.tree.diagnostics.isEmpty, "\(fixed)")
        #expect(after.findings.isEmpty)
        #expect(after.tree.root?.mapping?["integration"]?.mapping?.entries.count == 7)
    }

    @Test func anEmptyIntegrationGetsAllSevenOnNewLines() throws {
        let text = "kind: commissioning-framework\nintegration:\nroles: []\n"
        let run = RuleRun(MatrixAreaMissingRule(), text)
        #expect(run.messages.first?.contains("7 of the 7 areas") == true)
        let fixed = EditApplication.apply(try #require(run.findings.first?.fixes.first).edits, to: text)
        #expect(fixed.hasPrefix("kind: commissioning-framework\nintegration:\n  purpose-and-strategy: {current: , evidence: }\n"))
        let after = RuleRun(MatrixAreaMissingRule(), fixed)
        #expect(after.tree.diagnostics.isEmpty)
        #expect(after.findings.isEmpty)
        #expect(after.tree.root?.mapping?["roles"] != nil)
    }

    @Test func crlfDocumentsGetCrlfLines() throws {
        let text = Self.framework(areas: Array(Self.areas.dropLast())).replacingOccurrences(of: "\n", with: "\r\n")
        let run = RuleRun(MatrixAreaMissingRule(), text)
        let edit = try #require(run.findings.first?.fixes.first?.edits.first)
        #expect(edit.newText == "\r\n  commissioning-function: {current: , evidence: }")
    }

    @Test func kindsWithoutAMatrixAndTextValuesAreLeftAlone() {
        #expect(RuleRun(MatrixAreaMissingRule(), "kind: market-position-statement\nintegration:\n  contracting: {current: joint}\n").findings.isEmpty)
        #expect(RuleRun(MatrixAreaMissingRule(), "kind: commissioning-framework\nintegration: we are joint\n").findings.isEmpty)
        #expect(RuleRun(MatrixAreaMissingRule(), "kind: commissioning-strategy\ntitle: No matrix at all\n").findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = MatrixAreaMissingRule.metadata
        #expect(!RuleRun(MatrixAreaMissingRule(), metadata.firingExample).findings.isEmpty)
        #expect(RuleRun(MatrixAreaMissingRule(), metadata.passingExample).findings.isEmpty)
    }
}

extension MatrixAreaMissingRuleTests {
    /// While `{` is still open there is no closing brace to insert before (the last one in sight
    /// may be an inner mapping's): the finding stands, without a fix.
    @Test(arguments: ["integration: {contracting: {current: joint, evidence: x}\n", "integration: {contracting: {current: joint, evidence: x}, \n"])
    func anUnclosedFlowMappingBeingTypedGetsNoFix(line: String) {
        let run = RuleRun(MatrixAreaMissingRule(), "kind: commissioning-framework\n" + line)
        #expect(!run.tree.diagnostics.isEmpty)
        #expect(run.messages.count == 1 && run.messages[0].contains("6 of the 7 areas"))
        #expect(run.findings.allSatisfy { $0.fixes.isEmpty })
    }
}
