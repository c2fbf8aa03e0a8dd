import Foundation
import Schema
import SourceText
import Syntax
import Testing

/// The validator on parsed YAML against the real schemas of `Schemas/` (embedded in the binary).
@Suite struct ValidatorRealSchemaTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Schemas/examples")

    static func strategyExample() throws -> String {
        try String(contentsOf: examples.appending(path: "older-people.strategy.yaml"), encoding: .utf8)
    }

    static func check(_ text: String, kind: String = "commissioning-strategy") throws -> (tree: SyntaxTree, diagnostics: [Diagnostic]) {
        let tree = Parser.parse(text, name: "test.yaml")
        let schema = try #require(SchemaRegistry.embedded.schema("\(kind).schema.json"))
        let root = try #require(tree.root)
        let failures = SchemaRegistry.embedded.validate(root, against: schema)
        return (tree, SchemaDiagnostics.diagnostics(for: failures, in: tree))
    }

    @Test func theExamplesAreValid() throws {
        let kinds = ["strategy": "commissioning-strategy", "mps": "market-position-statement",
                     "framework": "commissioning-framework", "hypotheses": "hypothesis-set"]
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { $0.hasSuffix(".yaml") }
        #expect(!names.isEmpty)
        for name in names {
            let suffix = name.split(separator: ".").dropLast().last.map(String.init) ?? ""
            let kind = try #require(kinds[suffix], "no kind for \(name)")
            let text = try String(contentsOf: Self.examples.appending(path: name), encoding: .utf8)
            let result = try Self.check(text, kind: kind)
            #expect(result.tree.diagnostics.isEmpty, "\(name): \(result.tree.diagnostics.map(\.message))")
            #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics.map { "\($0.code) \(result.tree.text($0.range)): \($0.message)" })")
        }
    }

    /// `- Neighbourhood working: providers aligned…` is a key and a value to YAML; the message says
    /// why and the fix quotes it.
    @Test func proseWithAColonIsExplainedAndQuotedByItsFix() throws {
        let text = "kind: commissioning-strategy\npolicy-context:\n  - Neighbourhood working: providers aligned with \"primary care\" networks\nprocurement:\n  Our plan: buy more\n"
        let result = try Self.check(text)
        let types = result.diagnostics.filter { $0.code == "schema/type" }
        try #require(types.count == 2, "\(result.diagnostics.map(\.message))")
        #expect(types[0].message == #"Item 1 of `policy-context` must be text, but the colon followed by a space after `Neighbourhood working` makes it a key and value. If it is one sentence, quote the text: "Neighbourhood working: providers aligned with \"primary care\" networks"."#)
        #expect(result.tree.text(types[0].range) == #"Neighbourhood working: providers aligned with "primary care" networks"#)
        let fix = try #require(types[0].fixes.first)
        #expect(fix.title == "Quote the text so that it reads as one sentence")
        #expect(fix.edits.map(\.newText) == [#""Neighbourhood working: providers aligned with \"primary care\" networks""#])
        #expect(types[1].message.contains("after `Our plan` makes it a key and value"))
        // Applied, the fixes leave text where text is wanted.
        var fixed = text
        for edit in types.flatMap(\.fixes).flatMap(\.edits).sorted(by: { $0.range.start > $1.range.start }) {
            let bytes = Array(fixed.utf8)
            fixed = String(decoding: bytes[..<edit.range.start] + Array(edit.newText.utf8) + bytes[edit.range.end...], as: UTF8.self)
        }
        #expect(try Self.check(fixed).diagnostics.filter { $0.code == "schema/type" }.isEmpty, "\(fixed)")
        // A real mapping of two entries, or quoted text, is not prose.
        let mapping = try Self.check("kind: commissioning-strategy\npolicy-context:\n  - a: b\n    c: d\n")
        #expect(mapping.diagnostics.first { $0.code == "schema/type" }?.message == "Item 1 of `policy-context` must be text, not a mapping; rewrite it as text.")
    }

    @Test func intergratedAndMonitering() throws {
        var text = try Self.strategyExample()
        let approach = try #require(text.range(of: #"(?m)^approach: \w+"#, options: .regularExpression))
        text.replaceSubrange(approach, with: "approach: intergrated")
        let monitoring = try #require(text.range(of: "\nmonitoring:"))
        text.replaceSubrange(monitoring, with: "\nmonitering:")
        let result = try Self.check(text)
        try #require(result.diagnostics.count == 2, "\(result.diagnostics.map { "\($0.code) \(result.tree.text($0.range)): \($0.message)" })")
        let (term, key) = (result.diagnostics[0], result.diagnostics[1])
        #expect(term.code == "schema/enum")
        #expect(result.tree.text(term.range) == "intergrated")
        #expect(term.message.hasSuffix("Did you mean `integrated`?"))
        #expect(term.fixes.first?.edits == [TextEdit(range: term.range, newText: "integrated")])
        #expect(term.fixes.first?.isSafe == false)
        #expect(key.code == "schema/unknown-key")
        #expect(result.tree.text(key.range) == "monitering")
        #expect(key.message.hasSuffix("Did you mean `monitoring`?"))
        #expect(key.fixes.first?.edits == [TextEdit(range: key.range, newText: "monitoring")])
        #expect(key.fixes.first?.isSafe == true)
    }
}
