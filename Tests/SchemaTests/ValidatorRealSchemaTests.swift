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
        #expect(term.fixes.first?.isSafe == true)
        #expect(key.code == "schema/unknown-key")
        #expect(result.tree.text(key.range) == "monitering")
        #expect(key.message.hasSuffix("Did you mean `monitoring`?"))
        #expect(key.fixes.first?.edits == [TextEdit(range: key.range, newText: "monitoring")])
        #expect(key.fixes.first?.isSafe == true)
    }
}
