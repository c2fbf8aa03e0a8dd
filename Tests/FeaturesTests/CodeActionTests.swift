import Foundation
import Analysis
import Schema
import SourceText
import Testing
@testable import Features

@Suite struct CodeActionTests {
    static let framework = """
        kind: commissioning-framework
        title: Northshire framework
        population: Adults

        """

    /// The actions at the marked cursor (or selection).
    private func actions(_ marked: String, name: String = "doc.yaml") -> (actions: [CodeAction], text: MarkedText) {
        let text = MarkedText(marked)
        let range = text.selection ?? .empty(at: text.offset)
        return (CodeActions.actions(in: analyze(text.text, name: name), for: range), text)
    }

    private func codes(_ text: String, name: String = "doc.yaml") -> [String] { analyze(text, name: name).diagnostics.map(\.code) }

    @Test func replacingAnUnknownTermClearsItsDiagnostic() throws {
        let (found, text) = actions(Self.framework + "approach: integratd‸\n")
        #expect(codes(text.text).contains("schema/enum"))
        let fix = try #require(found.first { $0.title == "Replace with `integrated`" })
        #expect(fix.kind == .quickFix)
        #expect(fix.isPreferred)
        #expect(fix.resolves.map(\.code) == ["schema/enum"])
        let fixed = applying(fix.edits, to: text.text)
        #expect(fixed.contains("approach: integrated\n"))
        #expect(!codes(fixed).contains("schema/enum"))
    }

    @Test func proseReadAsAMappingIsQuotedByAQuickFix() throws {
        let (found, text) = actions("kind: commissioning-strategy\npolicy-context:\n  - Neighbourhood ‸working: providers aligned with primary care networks\n")
        let fix = try #require(found.first { $0.title == "Quote the text so that it reads as one sentence" })
        #expect(fix.kind == .quickFix)
        #expect(fix.resolves.map(\.code) == ["schema/type"])
        let fixed = applying(fix.edits, to: text.text)
        #expect(fixed.contains("  - \"Neighbourhood working: providers aligned with primary care networks\"\n"))
        #expect(!codes(fixed).contains("schema/type"))
    }

    @Test func aValueWithASecondColonIsQuotedByAQuickFix() throws {
        let (found, text) = actions("kind: commissioning-strategy\nprocurement: Our plan‸: buy \"more\" home care  # for now\n")
        #expect(codes(text.text).contains("syntax/collection-on-key-line"))
        let fix = try #require(found.first { $0.title == "Quote the value so that its colon belongs to the text" })
        #expect(fix.kind == .quickFix)
        let fixed = applying(fix.edits, to: text.text)
        #expect(fixed.contains(#"procurement: "Our plan: buy \"more\" home care"  # for now"#), "\(fixed)")
        #expect(!codes(fixed).contains { $0.hasPrefix("syntax/") })
        // A list on the key's line is not quoted: it is a list written in the wrong place.
        let (list, listText) = actions("kind: commissioning-strategy\nlevers: ‸- contracts\n")
        let analysis = analyze(listText.text)
        let misplaced = try #require(analysis.diagnostics.first { $0.code == "syntax/collection-on-key-line" })
        #expect(ColonValueQuoting.fix(for: misplaced, in: analysis.tree) == nil)
        #expect(!list.contains { $0.title.hasPrefix("Quote") })
    }

    @Test func aMissingSectionIsInsertedWithItsRequiredKeysWhereTheSchemaPutsIt() throws {
        let example = try Repository.example("older-people.strategy.yaml")
        let start = try #require(example.range(of: "\nmonitoring:\n"))
        let end = try #require(example.range(of: "\nlevers:\n"))
        let text = example.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
        let analysis = analyze(text, name: "older-people.strategy.yaml")
        let missing = try #require(analysis.diagnostics.first { $0.code == "schema/required" && $0.message.contains("monitoring") })
        let found = CodeActions.actions(in: analysis, for: .empty(at: missing.range.start))
        let fix = try #require(found.first { $0.resolves.contains(missing) && $0.title.contains("monitoring") })
        let fixed = applying(fix.edits, to: text)
        // After the procurement section and a blank line, before the levers, written as `new` writes it.
        let procurement = try #require(fixed.range(of: "\nprocurement:"))
        let strategy = try #require(Vocabulary.shared.kind(named: "strategy"))
        let skeleton = try #require(DocumentSkeleton.section("monitoring", of: strategy)).joined(separator: "\n")
        #expect(skeleton.contains("monitoring:\n  # Arrangements: Who monitors what, and how often.\n  arrangements: TODO"))
        let inserted = try #require(fixed.range(of: "\n\n" + skeleton + "\n"))
        let levers = try #require(fixed.range(of: "\nlevers:"))
        #expect(procurement.lowerBound < inserted.lowerBound && inserted.upperBound <= levers.lowerBound)
        let after = analyze(fixed, name: "older-people.strategy.yaml").diagnostics
        #expect(!after.contains { $0.code == "schema/required" && $0.message.contains("monitoring") })
        #expect(analyze(fixed).tree.diagnostics.isEmpty, "the inserted lines are well-formed YAML")
    }

    /// Every required section of every example, taken out and put back by its quick fix: the
    /// section comes back whole, as `new` writes it, so the fix adds no error: what it wrote gets
    /// only the warnings a new document's draft gets (its to-dos, too few hypotheses…).
    @Test func everyMissingSectionIsInsertedWholeWithoutANewError() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Schemas/examples").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var tried = 0
        for name in names {
            let example = try Repository.example(name)
            let original = analyze(example, name: name)
            let kind = try #require(Vocabulary.shared.kinds.first { $0.schemaFile == original.kind?.schemaFile })
            let tree = original.tree
            for entry in tree.root?.mapping?.entries ?? [] where entry.keyText != "kind" {
                guard kind.sections.first(where: { $0.key == entry.keyText })?.isRequired == true else { continue }
                // The section's lines, from its key to the next section's key (or the end).
                let lines = tree.source.lineIndex
                let start = lines.lineStarts[lines.line(containing: entry.range.start)]
                let next = tree.root?.mapping?.entries.first { $0.range.start > entry.range.start }
                let end = next.map { lines.lineStarts[lines.line(containing: $0.range.start)] } ?? example.utf8.count
                let text = String(decoding: Array(example.utf8)[..<start] + Array(example.utf8)[end...], as: UTF8.self)
                let analysis = analyze(text, name: name)
                let missing = try #require(analysis.diagnostics.first { $0.code == "schema/required" && $0.message.contains("`\(entry.keyText)`") },
                                           "\(name) without \(entry.keyText)")
                let fix = try #require(CodeActions.actions(in: analysis, for: .empty(at: missing.range.start)).first { $0.resolves.contains(missing) })
                let fixed = applying(fix.edits, to: text)
                let section = try #require(DocumentSkeleton.section(entry.keyText, of: kind)).joined(separator: "\n")
                #expect(fixed.contains("\n\n" + section + "\n") || fixed.hasPrefix(section + "\n\n"), "\(name): \(entry.keyText) whole, after a blank line")
                let after = analyze(fixed, name: name).diagnostics
                let written = DocumentFixes.writtenRanges(fix.edits)
                let inside = after.filter { diagnostic in written.contains { $0.start <= diagnostic.range.start && diagnostic.range.end <= $0.end } }
                #expect(!inside.isEmpty && inside.allSatisfy { $0.severity != .error }, "\(name): \(entry.keyText): \(inside.map(\.message))")
                #expect(!DocumentFixes.introducesError(before: original.diagnostics, after: after),
                        "\(name): \(entry.keyText): \(after.filter { $0.severity == .error }.map(\.message))")
                tried += 1
            }
        }
        #expect(tried >= 20)
    }

    @Test func theMissingMatrixAreasAreAdded() throws {
        let marked = Self.framework + "integ‸ration:\n  contracting:\n    current: joint\n    evidence: Agencies issue joint block contracts.\n"
        let (found, text) = actions(marked)
        #expect(codes(text.text).contains("matrix/area-missing"))
        let fix = try #require(found.first { $0.resolves.contains { $0.code == "matrix/area-missing" } && $0.kind == .quickFix && !$0.title.hasPrefix("Disable") })
        let fixed = applying(fix.edits, to: text.text)
        #expect(!codes(fixed).contains("matrix/area-missing"))
        for area in Vocabulary.shared.matrix.areas.ids { #expect(fixed.contains("  \(area):")) }
    }

    @Test func disablingARuleOnItsLineSilencesIt() throws {
        let marked = "kind: hypothesis-set\ntitle: T\npopulation: P\nhypo‸theses:\n  - id: H1\n    statement: Reablement reduces admissions.\n    test: Compare admissions.\n"
        let (found, text) = actions(marked)
        let disable = try #require(found.first { $0.title == "Disable hypothesis/count on this line" })
        let fixed = applying(disable.edits, to: text.text)
        #expect(fixed.contains("hypotheses:  # commissioning-ls: disable hypothesis/count\n"))
        let after = codes(fixed)
        #expect(!after.contains("hypothesis/count"))
        #expect(!after.contains("suppression/unused"))
    }

    @Test func disablingAddsToASuppressionAlreadyOnTheLine() throws {
        let marked = Self.framework + "approach: ji‸ont  # commissioning-ls: disable matrix/approach-mismatch -- agreed\n"
        let (found, text) = actions(marked)
        let disable = try #require(found.first { $0.title == "Disable schema/enum on this line" })
        let fixed = applying(disable.edits, to: text.text)
        #expect(fixed.contains("# commissioning-ls: disable matrix/approach-mismatch, schema/enum -- agreed\n"))
        #expect(!codes(fixed).contains("schema/enum"))
    }

    @Test func aCommentThatWouldChangeAValueGoesOnTheLineAbove() throws {
        // A `#` after the first line of a multi-line plain value would end the value there.
        let marked = Self.framework + "approach: jio‸nt\n  still the value\n"
        let text = MarkedText(marked)
        let analysis = analyze(text.text)
        guard let diagnostic = analysis.diagnostics.first(where: { $0.code == "schema/enum" }) else {
            // "jiont still the value" is one scalar: it is still outside the vocabulary.
            Issue.record("expected schema/enum: \(analysis.diagnostics.map(\.code))")
            return
        }
        let found = CodeActions.actions(in: analysis, for: .empty(at: diagnostic.range.start))
        let disable = try #require(found.first { $0.title == "Disable schema/enum on this line" })
        let fixed = applying(disable.edits, to: text.text)
        #expect(fixed.contains("# commissioning-ls: disable schema/enum\napproach: jiont\n  still the value\n"))
        #expect(analyze(fixed).tree.toJSON() == analysis.tree.toJSON())
        #expect(!codes(fixed).contains("schema/enum"))
    }

    @Test func fixAllAppliesEverySafeFixOnce() throws {
        let text = Self.framework + "approach: integrated\nstatus: agreed\nprinciples:\n  - Our aim: more people at home\n  - Our aim: fewer admissions\n"
        let analysis = analyze(text)
        let fixAll = try #require(CodeActions.actions(in: analysis, for: .empty(at: 0)).first { $0.kind == .fixAll })
        // The two items read as mappings are quoted; the missing sections' skeletons are safe too.
        #expect(fixAll.resolves.filter { $0.code == "schema/type" }.count == 2)
        #expect(fixAll.resolves.allSatisfy { ["schema/type", "schema/required"].contains($0.code) })
        let fixed = applying(fixAll.edits, to: text)
        let after = analyze(fixed)
        let bytes = Array(fixed.utf8)
        #expect(!after.diagnostics.contains { String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self).contains("Our aim") })
        #expect(fixed.contains("principles:\n  - \"Our aim: more people at home\"\n  - \"Our aim: fewer admissions\"\n"))
    }

    /// Replacing a misspelt term by the one suggested changes what the document says: offered, not
    /// applied by "fix all" (issue 18).
    @Test func fixAllLeavesTermReplacementsAlone() {
        let text = Self.framework + "approach: integratd\nstatus: agred\n"
        let analysis = analyze(text)
        #expect(analysis.diagnostics.filter { $0.code == "schema/enum" }.count == 2)
        #expect(analysis.diagnostics.filter { $0.code == "schema/enum" }.allSatisfy { $0.fixes.count == 1 && !$0.fixes[0].isSafe })
        #expect(!CodeActions.actions(in: analysis, for: .empty(at: 0)).contains { $0.kind == .fixAll && $0.resolves.contains { $0.code == "schema/enum" } })
    }

    @Test func syntaxErrorsCannotBeDisabled() {
        let (found, _) = actions(Self.framework + "principles: [a, b‸\n")
        #expect(!found.contains { $0.title.hasPrefix("Disable syntax/") })
    }
}
