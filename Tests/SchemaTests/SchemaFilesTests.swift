import Foundation
import JSONSupport
import Schema
import Testing

/// The files of Schemas/ as files: embedded as they are on disk, valid draft 2020-12 schemas
/// (checked by an independent implementation, Python's jsonschema), and bundled self-contained.
@Suite struct SchemaFilesTests {
    @Test func theBinaryCarriesExactlyTheFilesOnDisk() throws {
        let onDisk = try SchemaTestPaths.schemaFilesOnDisk()
        #expect(onDisk.count >= 7)
        #expect(Set(EmbeddedSchemas.files.keys) == Set(onDisk.keys))
        for (name, text) in onDisk {
            #expect(EmbeddedSchemas.files[name] == text, "\(name): the embedded copy is stale")
        }
        #expect(SchemaDocuments.parsed.problems == [])
        #expect(SchemaDocuments.documents.count == onDisk.count)
    }

    @Test func everyFileIsADraft202012Schema() {
        for (name, document) in SchemaDocuments.documents {
            #expect(document["$schema"]?.stringValue == "https://json-schema.org/draft/2020-12/schema", "\(name)")
            #expect(document["$id"] == nil, "\(name): no $id, so that relative references stay relative to the file")
        }
    }

    static let metaschemaCheck = """
        import json, sys
        from jsonschema import Draft202012Validator
        failed = 0
        for path in sys.argv[1:]:
            try:
                Draft202012Validator.check_schema(json.load(open(path, encoding="utf-8")))
                print("valid", path)
            except Exception as error:
                failed += 1
                print("INVALID", path, str(error)[:2000])
        sys.exit(1 if failed else 0)
        """

    @Test func everyFileIsValidAgainstTheMetaschema() throws {
        let names = try SchemaTestPaths.schemaFilesOnDisk().keys.sorted()
        let result = try PythonChecker.run(Self.metaschemaCheck, arguments: names.map { SchemaTestPaths.schemas.appending(path: $0).path })
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.components(separatedBy: "valid ").count - 1 == names.count, "\(result.output)")
    }

    /// What `commissioning-ls schema KIND` prints: no `$ref` leaves the document, and every one resolves.
    @Test func bundledSchemasAreSelfContained() throws {
        let files = SchemaDocuments.documents.keys.sorted()
        for file in files {
            let bundled = try SchemaBundler().bundle(file)
            var references: [String] = []
            walkSchemaObjects(bundled) { object, _ in
                if let ref = object["$ref"]?.stringValue { references.append(ref) }
            }
            for ref in references {
                #expect(ref.hasPrefix("#/"), "\(file): \(ref) leaves the bundle")
                let resolved = SchemaReference(ref)?.resolve(in: ["bundle": bundled], from: "bundle")
                #expect(resolved?.objectValue != nil, "\(file): \(ref) does not resolve inside the bundle")
            }
            if file.hasSuffix(".schema.json"), bundled["x-file-suffixes"] != nil {
                #expect(!references.isEmpty, "\(file): a kind schema refers to the shared definitions")
            }
        }
    }

    @Test func bundlingCopiesOnlyWhatIsReachedAndRenamesClashes() throws {
        let documents: [String: JSONValue] = [
            "a.json": ["$defs": ["x": ["type": "string"]], "properties": ["p": ["$ref": "b.json#/$defs/x"], "q": ["$ref": "#/$defs/x"]]],
            "b.json": ["$schema": "https://json-schema.org/draft/2020-12/schema",
                       "$defs": ["x": ["$ref": "#/$defs/y"], "y": ["type": "integer"], "unused": ["type": "null"]]],
        ]
        let bundled = try SchemaBundler(documents: documents).bundle("a.json")
        #expect(bundled["properties"]?["q"]?["$ref"] == "#/$defs/x")
        #expect(bundled["properties"]?["p"]?["$ref"] == "#/$defs/b-x")
        #expect(bundled["$defs"]?["b-x"]?["$ref"] == "#/$defs/y")
        #expect(bundled["$defs"]?["y"]?["type"] == "integer")
        #expect(bundled["$defs"]?["unused"] == nil)
        #expect(bundled["$defs"]?["x"]?["type"] == "string")
    }

    @Test(arguments: ["https://example.org/s.json#/$defs/x", "/etc/s.json#/$defs/x", "../s.json#/$defs/x", "b.json#/properties/x", "missing.json#/$defs/x"])
    func bundlingRefusesReferencesItCannotCopy(reference: String) {
        let documents: [String: JSONValue] = ["a.json": ["properties": ["p": ["$ref": .string(reference)]]], "b.json": ["properties": ["x": [:]]]]
        #expect(throws: BundlingError.self) { try SchemaBundler(documents: documents).bundle("a.json") }
    }
}
