import Analysis
import Foundation
import JSONSupport
import Schema
import Testing
@testable import CLI

/// `explain`, `rules` (and the README's rule table) and `new`.
@Suite struct ExplainRulesNewTests {
    static let here = FixtureWorkspace.repositoryRoot

    @Test func explainShowsExplanationSourcesAndExamples() throws {
        let result = try CLIProcess.run(["explain", "hypothesis/count"], in: Self.here)
        #expect(result.status == 0)
        let entry = try #require(DiagnosticCatalog.entry("hypothesis/count"))
        #expect(result.standardOutput.hasPrefix("hypothesis/count — \(entry.summary)\nDefault severity: warning."))
        let lines = try CLIProcess.run(["explain", "hypothesis/count", "--sources", "lines"], in: Self.here)
        #expect(lines.status == 0)
        for source in entry.sources {
            let citation = try #require(Bibliography.shared.citation(for: source.reference))
            let flowed = result.standardOutput.replacingOccurrences(of: "\n  ", with: " ")
            #expect(flowed.contains(citation))
            #expect(!result.standardOutput.contains(source.reference))
            let reference = try #require(SourceReference(source.reference))
            #expect(lines.standardOutput.contains("(\(Bibliography.lineReference(reference)))"))
            #expect(result.standardOutput.replacingOccurrences(of: "\n    ", with: " ").contains(source.quote))
        }
        #expect(result.standardOutput.contains("Reported for:\n    kind: hypothesis-set"))
        #expect(result.standardOutput.contains("Not reported for:"))
    }

    /// `explain` says what an edit makes a rule check again.
    @Test func explainSaysWhatAnEditChecksAgain() {
        #expect(ExplainCommand.text(for: DiagnosticCatalog.entry("strategy/gap-not-planned")!)
            .contains("In the editor: checked again only when an edit changes `future-services` or `gaps`."))
        #expect(ExplainCommand.text(for: DiagnosticCatalog.entry("hypothesis/no-test")!)
            .contains("In the editor: checked again only in the list items an edit changes."))
        #expect(ExplainCommand.text(for: DiagnosticCatalog.entry("hypothesis/duplicate-id")!)
            .contains("In the editor: checked again after every edit"))
        #expect(!ExplainCommand.text(for: DiagnosticCatalog.entry("schema/enum")!).contains("In the editor:"))
    }

    @Test func explainWorksForEveryCode() throws {
        for entry in DiagnosticCatalog.entries {
            let text = ExplainCommand.text(for: entry)
            #expect(text.hasPrefix("\(entry.id) — "), "\(entry.id)")
            #expect(text.contains(entry.defaultSeverity.rawValue))
        }
        let syntax = try CLIProcess.run(["explain", "syntax/tab-indentation"], in: Self.here)
        #expect(syntax.status == 0)
        #expect(syntax.standardOutput.contains("cannot be switched off"))
    }

    @Test func anUnknownIdIsAUsageErrorWithSuggestions() throws {
        let result = try CLIProcess.run(["explain", "hypothesis/cuont"], in: Self.here)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "commissioning-ls: explain: there is no rule 'hypothesis/cuont'. Did you mean 'hypothesis/count'? 'commissioning-ls rules' lists them.\n")
        #expect(try CLIProcess.run(["explain"], in: Self.here).status == 2)
    }

    @Test func rulesListsEveryCodeByLayer() throws {
        let result = try CLIProcess.run(["rules"], in: Self.here)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        for entry in DiagnosticCatalog.entries {
            let row = lines.first { $0.split(separator: " ").first.map(String.init) == entry.id }
            #expect(row?.contains(" \(entry.defaultSeverity.rawValue) ") == true, "\(entry.id)")
            #expect(row?.hasSuffix(entry.summary) == true, "\(entry.id)")
        }
        let headings = lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }
        #expect(headings.prefix(4).map { String($0.prefix(6)) } == ["Syntax", "Schema", "Domain", "Worksp"])
    }

    /// The README's rule table is generated; this keeps it from drifting from the catalogue.
    @Test func theReadmeRuleTableIsTheGeneratedOne() throws {
        let readme = try String(contentsOf: Self.here.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = "<!-- rules:begin -->\n"
        let end = "<!-- rules:end -->"
        let start = try #require(readme.range(of: begin), "README.md has no `<!-- rules:begin -->` marker")
        let stop = try #require(readme.range(of: end, range: start.upperBound..<readme.endIndex), "README.md has no `<!-- rules:end -->` marker")
        let table = String(readme[start.upperBound..<stop.lowerBound])
        let generated = try CLIProcess.run(["rules", "--format", "markdown"], in: Self.here).standardOutput
        #expect(table == generated, """
            The rule table in README.md differs from the catalogue. Regenerate it with:
              swift run commissioning-ls rules --format markdown
            and paste the output between `<!-- rules:begin -->` and `<!-- rules:end -->`.
            """)
    }

    @Test(arguments: Vocabulary.shared.kinds.map(\.id))
    func aNewSkeletonHasEveryRequiredSectionAndLintsWithoutErrors(kindID: String) throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let kind = try #require(Vocabulary.shared.kind(id: kindID))
        let skeleton = try CLIProcess.run(["new", kindID, "--title", "Older people: a \"first\" draft # 1", "--population", "Older people"], in: workspace.root)
        #expect(skeleton.status == 0)
        let name = "draft" + (kind.fileSuffixes.first ?? ".yaml")
        try workspace.write(name, skeleton.standardOutput)

        // Every required section is there, as data (what any YAML tool reads).
        let dumped = try CLIProcess.run(["dump", name], in: workspace.root)
        #expect(dumped.status == 0, "\(dumped.standardError)")
        let data = try JSONParser.parse(dumped.standardOutput)
        for section in kind.requiredSections {
            #expect(data[section.key] != nil, "\(kindID): \(section.key)")
            #expect(skeleton.standardOutput.contains("# \(section.title)"), "\(kindID): a comment says what \(section.key) holds")
        }
        #expect(data["title"]?.stringValue == "Older people: a \"first\" draft # 1")
        #expect(data["kind"]?.stringValue == kindID)

        // No errors: only what an empty draft deserves.
        let lint = try CLIProcess.run(["lint", name, "--format", "json"], in: workspace.root)
        #expect(lint.status == 0, "\(lint.standardOutput)")
        let json = try JSONParser.parse(lint.standardOutput)
        #expect(json["summary"]?["errors"]?.intValue == 0)
        let codes = json["files"]?[0]?["diagnostics"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
        #expect(!codes.contains { $0.hasPrefix("schema/") || $0.hasPrefix("syntax/") }, "\(codes)")
    }

    /// Saved unedited, a skeleton is a to-do list: every `TODO` it writes (for text and for
    /// dates alike) is one content/placeholder on its own line, and nothing else is.
    @Test(arguments: Vocabulary.shared.kinds.map(\.id))
    func aNewSkeletonLintsAsAToDoList(kindID: String) throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let kind = try #require(Vocabulary.shared.kind(id: kindID))
        let skeleton = try CLIProcess.run(["new", kindID], in: workspace.root)
        let name = "draft" + (kind.fileSuffixes.first ?? ".yaml")
        try workspace.write(name, skeleton.standardOutput)
        let lines = skeleton.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let todoLines = lines.indices.filter { lines[$0].contains("TODO") }
        #expect(todoLines.count >= 4, "\(kindID): the skeleton has text to write")
        #expect(todoLines.allSatisfy { lines[$0].components(separatedBy: "TODO").count == 2 }, "one TODO a line")
        #expect(!lines.contains { $0.contains(#/\d{4}-\d{2}-\d{2}/#) }, "\(kindID): no made-up dates: the period is a to-do too")

        let lint = try CLIProcess.run(["lint", name, "--format", "json"], in: workspace.root)
        let json = try JSONParser.parse(lint.standardOutput)
        let placeholders = (json["files"]?[0]?["diagnostics"]?.arrayValue ?? []).filter { $0["code"]?.stringValue == "content/placeholder" }
        let reported = placeholders.compactMap { $0["range"]?["start"]?["line"]?.intValue }
        #expect(reported.sorted() == todoLines, "\(kindID): one content/placeholder on each TODO line")
        #expect(placeholders.allSatisfy { $0["severity"]?.stringValue == "warning" })
        #expect(json["summary"]?["errors"]?.intValue == 0)
    }

    @Test func newRejectsUnknownKindsAndEmptyValues() throws {
        let unknown = try CLIProcess.run(["new", "plan"], in: Self.here)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("commissioning-ls: new: unknown kind 'plan'; choose one of: "))
        #expect(try CLIProcess.run(["new", "strategy", "--title", " "], in: Self.here).status == 2)
        #expect(try CLIProcess.run(["new"], in: Self.here).status == 2)
        // Short names work as for `schema`.
        #expect(try CLIProcess.run(["new", "hypotheses"], in: Self.here).standardOutput.contains("kind: hypothesis-set\n"))
    }
}
