import Analysis
import Foundation
import Rules
import Schema
import SourceText
import Syntax
import Testing

/// A rule that says its scope is `eachSection` must find, in a document, exactly what it finds
/// in each top-level section taken alone; the engine then keeps a section's findings while its
/// text is unchanged. Checked on the examples, the golden scenarios and edited copies of them.
@Suite struct SectionScopeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func documents() throws -> [(String, String)] {
        var found: [(String, String)] = []
        let folders = [repository.appending(path: "Schemas/examples")]
            + (try FileManager.default.contentsOfDirectory(atPath: repository.appending(path: "Tests/CLITests/Fixtures/scenarios").path))
            .map { repository.appending(path: "Tests/CLITests/Fixtures/scenarios/\($0)") }
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
                found.append((name, try String(contentsOf: folder.appending(path: name), encoding: .utf8)))
            }
        }
        return found
    }

    static let sectionRules = RuleRegistry.rules.filter { type(of: $0).metadata.scope.isSectionLocal }

    @Test func someRulesAreCheckedSectionBySection() {
        #expect(Self.sectionRules.count >= 2)
        // Such a rule reads no schema failures (those are found for the whole document).
        #expect(Self.sectionRules.allSatisfy { !type(of: $0).readsSchemaFailures })
    }

    @Test func aSectionRuleFindsInTheDocumentWhatItFindsInEachSectionAlone() throws {
        var compared = 0
        for (name, original) in try Self.documents() {
            // The document, and copies with a value in each section made a placeholder.
            var variants = [original]
            variants.append(original.replacingOccurrences(of: ": The ", with: ": TBC\n  # The "))
            for text in variants {
                let tree = Parser.parse(SourceFile(name: name, text: text))
                guard let mapping = tree.root?.mapping else { continue }
                let kind = KindResolution.kind(of: tree, fileName: name, vocabulary: .shared)
                let whole = RuleContext(tree: tree, documentPath: name, kind: kind)
                for rule in Self.sectionRules where type(of: rule).metadata.applies(toKind: kind?.id) {
                    var alone: [Finding] = []
                    for entry in mapping.entries {
                        let root = SyntaxNode(range: entry.range, content: .mapping(SyntaxMapping(style: .block, entries: [entry])))
                        let section = SyntaxTree(source: tree.source, root: root, comments: tree.comments, diagnostics: tree.diagnostics)
                        alone += rule.check(RuleContext(tree: section, documentPath: name, kind: kind))
                    }
                    let order: (Finding, Finding) -> Bool = { ($0.range, $0.message) < ($1.range, $1.message) }
                    #expect(rule.check(whole).sorted(by: order) == alone.sorted(by: order), "\(type(of: rule).metadata.id) on \(name)")
                    compared += 1
                }
            }
        }
        #expect(compared > 20)
    }

    @Test func anUnchangedSectionKeepsItsFindingsAndAnEditedOneIsCheckedAgain() throws {
        let text = """
            kind: hypothesis-set
            title: Older people
            hypotheses:
              - id: H1
                statement: If we offer reablement, fewer people will need long-term care.
                status: supported
            notes: TBC
            """
        let analyzer = DocumentAnalyzer()
        let origin = DocumentOrigin(displayPath: "x.hypotheses.yaml", fileURL: nil)
        let first = analyzer.analyze(Parser.parse(SourceFile(name: "x", text: text)), at: origin)
        for edited in [text.replacingOccurrences(of: "Older people", with: "Older people in Northshire"),
                       text.replacingOccurrences(of: "status: supported", with: "status: untested"),
                       text.replacingOccurrences(of: "notes: TBC", with: "notes: none")] {
            let tree = Parser.parse(SourceFile(name: "x", text: edited))
            let reused = analyzer.analyze(tree, at: origin, reusing: first.sectionFindings)
            let fresh = analyzer.analyze(tree, at: origin)
            #expect(reused.diagnostics == fresh.diagnostics, "\(edited)")
        }
    }

    /// Schema failures in a section the edit did not touch are kept and moved with it; those of
    /// the edited section are found again.
    @Test func schemaFailuresOfAnUnchangedSectionMoveWithIt() throws {
        let text = """
            kind: commissioning-strategy
            title: Older people
            aims:
              - statment: To keep people at home.
            development:
              summry: With the carers' forum.
              stakeholders: none
            """
        let analyzer = DocumentAnalyzer()
        let origin = DocumentOrigin(displayPath: "x.strategy.yaml", fileURL: nil)
        var previous = analyzer.analyze(Parser.parse(SourceFile(name: "x", text: text)), at: origin)
        #expect(previous.diagnostics.contains { $0.code.hasPrefix("schema/") })
        for edited in [text.replacingOccurrences(of: "Older people", with: "Older people in Northshire, 2025/26 to 2028/29"),
                       text.replacingOccurrences(of: "statment", with: "statement"),
                       text.replacingOccurrences(of: "stakeholders: none", with: "stakeholders: []")] {
            let tree = Parser.parse(SourceFile(name: "x", text: edited))
            let reused = analyzer.analyze(tree, at: origin, reusing: previous.sectionFindings)
            let fresh = analyzer.analyze(tree, at: origin)
            #expect(reused.diagnostics == fresh.diagnostics, "\(edited)")
            previous = reused
        }
    }

    static let readingRules = RuleRegistry.rules.filter { type(of: $0).metadata.scope.sectionsRead != nil }

    /// A rule of `RuleScope.sections` finds in a document what it finds in one holding only the
    /// sections it names, moved down a line: it reads nothing else, and its messages do not
    /// depend on where the sections are (no line numbers).
    @Test func aRuleReadingSomeSectionsFindsWhatItFindsInThemAlone() throws {
        #expect(Self.readingRules.count >= 10)
        var compared = 0
        for (name, original) in try Self.documents() {
            // Also with placeholders, and with an id used twice (a finding that names another place).
            var variants = [original]
            variants.append(original.replacingOccurrences(of: ": The ", with: ": TBC\n  # The "))
            variants.append(original.replacingOccurrences(of: "id: H2\n", with: "id: H1\n"))
            for text in variants {
                let tree = Parser.parse(SourceFile(name: name, text: text))
                let kind = KindResolution.kind(of: tree, fileName: name, vocabulary: .shared)
                let whole = RuleContext(tree: tree, documentPath: name, kind: kind)
                let prefix = "# moved\n"
                let moved = Parser.parse(SourceFile(name: name, text: prefix + text))
                guard let entries = moved.root?.mapping?.entries else { continue }
                let shift = prefix.utf8.count
                for rule in Self.readingRules where type(of: rule).metadata.applies(toKind: kind?.id) {
                    let keys = try #require(type(of: rule).metadata.scope.sectionsRead)
                    let kept = entries.filter { keys.contains($0.keyText) }
                    let root = SyntaxNode(range: moved.root!.range, content: .mapping(SyntaxMapping(style: .block, entries: kept)))
                    let alone = SyntaxTree(source: moved.source, root: root, comments: moved.comments, diagnostics: moved.diagnostics)
                    let found = rule.check(RuleContext(tree: alone, documentPath: name, kind: kind)).map { $0.moved(by: -shift) }
                    #expect(rule.check(whole) == found, "\(type(of: rule).metadata.id) on \(name)")
                    compared += 1
                }
            }
        }
        #expect(compared > 40)
    }
}

extension Finding {
    func moved(by delta: Int) -> Finding {
        func move(_ range: TextRange) -> TextRange { TextRange(start: range.start + delta, end: range.end + delta) }
        var copy = self
        copy.range = move(range)
        copy.fixes = fixes.map { fix in Fix(title: fix.title, edits: fix.edits.map { TextEdit(range: move($0.range), newText: $0.newText) }, isSafe: fix.isSafe) }
        copy.related = related.map { RelatedLocation(documentName: $0.documentName, range: move($0.range), message: $0.message) }
        return copy
    }
}
