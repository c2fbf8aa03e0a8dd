import Foundation
import JSONSupport
import Schema
import Testing

/// `schema KIND`, run from a copy of the binary alone in an empty folder: the schemas must come
/// from inside the binary, not from `Schemas/` beside it.
@Suite struct SchemaCommandTests {
    /// Each kind's schema file, by the names a user may type for it.
    static let kinds: [(names: [String], file: String)] = [
        (["strategy", "commissioning-strategy"], "commissioning-strategy.schema.json"),
        (["mps", "market-position-statement"], "market-position-statement.schema.json"),
        (["framework", "commissioning-framework"], "commissioning-framework.schema.json"),
        (["hypotheses", "hypothesis-set"], "hypothesis-set.schema.json"),
    ]

    @Test func theBinaryCopiedAlonePrintsEveryKindsSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("commissioning-ls")
        try FileManager.default.copyItem(at: try CLIProcess.executable(), to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["commissioning-ls"])

        for (names, file) in Self.kinds {
            let expected = try SchemaBundler().bundle(file)
            let source = try JSONParser.parse(String(decoding: try Data(contentsOf: FixtureWorkspace.repositoryRoot
                .appendingPathComponent("Schemas").appendingPathComponent(file)), as: UTF8.self))
            for name in names {
                let result = try CLIProcess.run(["schema", name], in: folder, binary: copy)
                #expect(result.status == 0, "schema \(name): \(result.standardError)")
                #expect(result.standardError == "")
                let printed = try JSONParser.parse(result.standardOutput)
                #expect(printed == expected, "schema \(name) is not the bundle of Schemas/\(file)")
                #expect(printed["$schema"]?.stringValue == "https://json-schema.org/draft/2020-12/schema")
                #expect(printed["title"] == source["title"] && printed["title"] != nil)
                #expect(printed["properties"]?.objectValue?.keys == source["properties"]?.objectValue?.keys)
                for reference in references(in: printed) {
                    #expect(reference.hasPrefix("#/"), "schema \(name): \(reference) points outside the printed schema")
                }
            }
        }
    }

    @Test func anUnknownKindIsAUsageErrorNamingTheKinds() throws {
        let result = try CLIProcess.run(["schema", "strategee"], in: FixtureWorkspace.repositoryRoot)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        for (names, _) in Self.kinds { #expect(result.standardError.contains("(\(names[0]))")) }
    }

    private func references(in value: JSONValue) -> [String] {
        switch value {
        case let .object(object):
            object.flatMap { key, value in
                (key == "$ref" ? value.stringValue.map { [$0] } ?? [] : []) + references(in: value)
            }
        case let .array(items): items.flatMap(references(in:))
        default: []
        }
    }
}
