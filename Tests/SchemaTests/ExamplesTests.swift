import Foundation
import JSONSupport
import Schema
import Syntax
import Testing

/// Schemas/examples: one realistic document per kind, valid against the bundled schema of its
/// kind (checked by Python's jsonschema) and clean under the domain rules of SPEC §5.1.
@Suite struct ExamplesTests {
    let vocabulary = Vocabulary.shared

    @Test func thereIsAnExampleOfEveryKind() throws {
        let kinds = try SchemaTestPaths.exampleFiles().map { vocabulary.kind(forFileName: $0)?.id }
        #expect(!kinds.contains(nil), "every example is named after its kind")
        #expect(Set(kinds.compactMap { $0 }) == Set(vocabulary.kinds.map(\.id)))
    }

    @Test func examplesValidateAndFollowTheDomainRules() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "commissioning-ls-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = [SchemaTestPaths.schemas.appending(path: VocabularyNames.file).path]
        let examples = try SchemaTestPaths.exampleFiles()
        for example in examples {
            let kind = try #require(vocabulary.kind(forFileName: example))
            let bundled = folder.appending(path: kind.schemaFile)
            try JSONWriter(pretty: true).string(try SchemaBundler().bundle(kind.schemaFile)).write(to: bundled, atomically: true, encoding: .utf8)
            arguments += [kind.id, bundled.path, SchemaTestPaths.examples.appending(path: example).path]
        }
        let result = try PythonChecker.run(ExampleChecks.script, arguments: arguments)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.components(separatedBy: "clean ").count - 1 == examples.count, "\(result.output)")
    }

    /// Our parser reads each example as PyYAML does (with YAML 1.2's core schema): the same data.
    @Test func ourParserReadsTheExamplesAsPythonDoes() throws {
        for example in try SchemaTestPaths.exampleFiles() {
            let path = SchemaTestPaths.examples.appending(path: example).path
            let result = try PythonChecker.run(ExampleChecks.toJSON, arguments: [path])
            try #require(result.status == 0, "\(result.output)")
            let python = try JSONParser.parse(result.output)
            let tree = Parser.parse(try String(contentsOfFile: path, encoding: .utf8), name: example)
            #expect(tree.diagnostics.isEmpty, "\(example): \(tree.diagnostics.map(\.message))")
            #expect(tree.toJSON() == python, "\(example): our parser and PyYAML disagree")
        }
    }

    /// The checks are not toothless: a broken copy of an example fails both the schema and the rules.
    @Test func theChecksCatchABrokenDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "commissioning-ls-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let kind = try #require(vocabulary.kind(id: "hypothesis-set"))
        let bundled = folder.appending(path: kind.schemaFile)
        try JSONWriter().string(try SchemaBundler().bundle(kind.schemaFile)).write(to: bundled, atomically: true, encoding: .utf8)
        let broken = folder.appending(path: "broken.hypotheses.yaml")
        try """
            kind: hypothesis-set
            title: Broken
            population: Nobody
            hypotheses:
              - id: H1
                statement: To reduce admissions.
                status: supported
              - id: H1
                statement: We will build more homes.
                colour: blue
            """.write(to: broken, atomically: true, encoding: .utf8)
        let result = try PythonChecker.run(ExampleChecks.script, arguments: [SchemaTestPaths.schemas.appending(path: VocabularyNames.file).path, kind.id, bundled.path, broken.path])
        #expect(result.status != 0)
        for expected in ["'colour' was unexpected", "hypothesis/count", "hypothesis/phrased-as-aim", "hypothesis/no-test", "hypothesis/duplicate-id", "hypothesis/finding-missing"] {
            #expect(result.output.contains(expected), "\(expected) not reported: \(result.output)")
        }
    }
}
