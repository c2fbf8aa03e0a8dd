import Foundation
import SourceText
import Testing
@testable import Analysis
@testable import Rules

@Suite struct DocumentAnalyzerTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func analyze(_ text: String, name: String = "doc.yaml", configuration: Configuration = .default) -> DocumentAnalysis {
        DocumentAnalyzer(configuration: configuration).analyze(SourceFile(name: name, text: text), at: DocumentOrigin(displayPath: name, fileURL: nil))
    }

    @Test func theExamplesHaveNoErrors() throws {
        let folder = Self.repositoryRoot.appendingPathComponent("Schemas/examples")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "yaml" }
        #expect(files.count >= 4)
        let workspace = Workspace(root: Self.repositoryRoot)
        for file in files {
            let source = SourceFile(name: file.lastPathComponent, bytes: [UInt8](try Data(contentsOf: file)))
            let analysis = DocumentAnalyzer(workspace: workspace).analyze(source, at: DocumentOrigin(displayPath: file.lastPathComponent, fileURL: file))
            #expect(analysis.kind != nil, "\(file.lastPathComponent)")
            #expect(analysis.diagnostics.filter { $0.severity >= .warning } == [], "\(file.lastPathComponent)")
        }
    }

    @Test func suffixImpliesTheKindWhenKindIsMissing() {
        let analysis = analyze("title: Older people — hypotheses\npopulation: Older people\nhypotheses: []\n", name: "a.hypotheses.yaml")
        #expect(analysis.kind?.id == "hypothesis-set")
        #expect(!analysis.diagnostics.contains { $0.code == "schema/required" && $0.message.contains("kind") })
        #expect(!analysis.diagnostics.contains { $0.code == "kind/unknown" })
    }

    @Test func noKindAndNoSuffixIsReportedAtTheFirstKey() {
        let text = "title: Something\n"
        let analysis = analyze(text)
        #expect(analysis.kind == nil)
        let finding = analysis.diagnostics.first { $0.code == "kind/unknown" }
        #expect(finding?.range == TextRange(start: 0, end: 5))
    }

    @Test func aMisspeltKindIsSuggested() {
        let analysis = analyze("kind: hypothesis-sets\ntitle: T\npopulation: P\n")
        let finding = analysis.diagnostics.first { $0.code == "kind/unknown" }
        #expect(finding?.message.contains("hypothesis-set'?") == true)
        #expect(finding?.fixes.first?.edits.first?.newText == "hypothesis-set")
    }

    @Test func emptyDocumentIsReported() {
        #expect(analyze("# only a comment\n").diagnostics.map(\.code) == ["document/empty"])
    }

    @Test func configuredSeverityAndOffApply() {
        let text = "kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses:\n  - id: H1\n    statement: Investing in reablement will reduce admissions.\n    test: Compare admissions.\n"
        #expect(analyze(text).diagnostics.first { $0.code == "hypothesis/count" }?.severity == .warning)
        let raised = Configuration(severities: ["hypothesis/count": "error"])
        #expect(analyze(text, configuration: raised).diagnostics.first { $0.code == "hypothesis/count" }?.severity == .error)
        let off = Configuration(severities: ["hypothesis/count": "off"])
        #expect(!analyze(text, configuration: off).diagnostics.contains { $0.code == "hypothesis/count" })
    }

    @Test func localStakeholderGroupsAreAccepted() {
        let text = """
            kind: hypothesis-set
            title: T
            population: P
            hypotheses:
              - id: H1
                statement: Investing in reablement will reduce admissions.
                test: Compare admissions.
                proposed-by: [northshire-carers-forum]

            """
        #expect(analyze(text).diagnostics.contains { $0.code == "schema/enum" })
        let local = Configuration(extraVocabulary: ["stakeholder-group": [LocalTerm(id: "northshire-carers-forum", label: "Carers forum", definition: "")]])
        #expect(!analyze(text, configuration: local).diagnostics.contains { $0.code == "schema/enum" })
    }

    @Test func everyCatalogueIDIsUnique() {
        let ids = DiagnosticCatalog.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(DiagnosticCatalog.entry("hypothesis/count")?.layer == .rule)
        #expect(DiagnosticCatalog.entry("syntax/anchor")?.layer == .syntax)
    }
}

@Suite struct PlaceholderValueTests {
    private func codes(_ text: String, configuration: Configuration = .default) -> [String] {
        DocumentAnalyzer(configuration: configuration).analyze(SourceFile(name: "doc.strategy.yaml", text: text), at: DocumentOrigin(displayPath: "doc.strategy.yaml", fileURL: nil))
            .diagnostics.filter { $0.severity >= .warning && $0.range.start >= text.utf8.count - 40 }.map(\.code)
    }

    /// A placeholder where a date, an amount or a mapping belongs is reported once, by
    /// content/placeholder, not also by the schema; with that rule off, the schema says it again.
    @Test func aPlaceholderIsReportedOnceWhereTheSchemaWantsSomethingElse() {
        let date = "kind: commissioning-strategy\ntitle: Older people\nperiod: {from: 2026-04-01, to: TBC}\n"
        #expect(codes(date) == ["content/placeholder"])
        #expect(codes(date, configuration: Configuration(severities: ["content/placeholder": "off"])) == ["date/invalid"])
        let mapping = "kind: commissioning-strategy\ntitle: Older people\nmonitoring: TBC\n"
        #expect(codes(mapping) == ["content/placeholder"])
        #expect(codes(mapping, configuration: Configuration(severities: ["content/placeholder": "off"])) == ["schema/type"])
        // An unknown key is not excused by its value.
        #expect(codes("kind: commissioning-strategy\ntitle: Older people\nvision: TBC\n").contains("schema/unknown-key"))
    }
}
