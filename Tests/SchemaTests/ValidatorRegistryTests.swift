import JSONSupport
import Schema
import Syntax
import Testing

/// Loading and compiling schemas: the embedded ones, references across files, escaping, cycles.
@Suite struct ValidatorRegistryTests {
    @Test func theEmbeddedSchemasCompileWithoutProblems() throws {
        let registry = SchemaRegistry.embedded
        #expect(registry.problems.isEmpty, "\(registry.problems)")
        let kinds = registry.documentNames.filter { $0 != "vocabulary.schema.json" && $0 != "common.schema.json" }
        #expect(!kinds.isEmpty)
        for name in registry.documentNames {
            #expect(registry.schema(name) != nil, "\(name) has no compiled root")
        }
    }

    @Test func referencesResolveAcrossFilesAndIntoDefinitions() throws {
        let registry = SchemaRegistry(schemas: [
            (uri: "kinds/a.schema.json", schema: ["properties": ["level": ["$ref": "../shared/b.schema.json#/$defs/level"]]]),
            (uri: "shared/b.schema.json", schema: ["$defs": ["level": ["enum": ["low", "high"]]]]),
        ])
        #expect(registry.problems.isEmpty, "\(registry.problems)")
        let schema = try #require(registry.schema("kinds/a.schema.json"))
        #expect(registry.isValid(["level": "low"] as JSONValue, against: schema))
        #expect(!registry.isValid(["level": "middle"] as JSONValue, against: schema))
        #expect(registry.schema("shared/b.schema.json#/$defs/level") != nil)
        #expect(registry.schema("shared/b.schema.json#/$defs/missing") == nil)
    }

    @Test func pointerTokensAreUnescaped() throws {
        let registry = SchemaRegistry(schemas: [(uri: "a.json", schema: [
            "$defs": ["a/b": ["type": "string"], "c~d": ["type": "integer"], "e%f": ["type": "boolean"]],
            "properties": [
                "x": ["$ref": "#/$defs/a~1b"], "y": ["$ref": "#/$defs/c~0d"], "z": ["$ref": "#/$defs/e%25f"],
            ],
        ])])
        #expect(registry.problems.isEmpty, "\(registry.problems)")
        let schema = try #require(registry.schema("a.json"))
        #expect(registry.isValid(["x": "s", "y": 1, "z": true] as JSONValue, against: schema))
        #expect(!registry.isValid(["x": 1] as JSONValue, against: schema))
        #expect(!registry.isValid(["y": "s"] as JSONValue, against: schema))
        #expect(!registry.isValid(["z": 1] as JSONValue, against: schema))
    }

    @Test func anUnresolvableReferenceIsAProblemAndAFailureNotACrash() throws {
        let registry = SchemaRegistry(schemas: [(uri: "a.json", schema: ["$ref": "missing.json#/x"])])
        #expect(registry.problems.count == 1)
        let schema = try #require(registry.schema("a.json"))
        let failures = registry.validate("anything" as JSONValue, against: schema)
        #expect(failures.count == 1)
        #expect(failures.first.map { SchemaDiagnostics.code(for: $0) } == "schema/schema-error")
    }

    @Test func aCycleThatNeverDescendsIsReportedAndDoesNotLoop() throws {
        let registry = SchemaRegistry(schemas: [(uri: "a.json", schema: [
            "$defs": ["a": ["anyOf": [["type": "string"], ["$ref": "#/$defs/b"]]], "b": ["allOf": [["$ref": "#/$defs/a"]]]],
            "$ref": "#/$defs/a",
        ])])
        #expect(!registry.problems.isEmpty)
        let schema = try #require(registry.schema("a.json"))
        // Terminates, and fails rather than accepting what it cannot check.
        #expect(!registry.isValid(5 as JSONValue, against: schema))
    }

    @Test func aCycleThatDescendsIsFine() throws {
        let registry = SchemaRegistry(schemas: [(uri: "tree.json", schema: [
            "type": "object", "properties": ["children": ["type": "array", "items": ["$ref": "#"]]], "additionalProperties": false,
        ])])
        #expect(registry.problems.isEmpty)
        let schema = try #require(registry.schema("tree.json"))
        var deep: JSONValue = [:]
        for _ in 0..<50 { deep = ["children": [deep]] }
        #expect(registry.isValid(deep, against: schema))
        #expect(!registry.isValid(["children": [["x": 1]]] as JSONValue, against: schema))
    }

    @Test func extremeNestingIsReportedNotOverflowed() throws {
        let registry = SchemaRegistry(schemas: [(uri: "tree.json", schema: ["items": ["$ref": "#"]])])
        let schema = try #require(registry.schema("tree.json"))
        var deep: JSONValue = []
        for _ in 0..<400 { deep = [deep] }
        let failures = registry.validate(deep, against: schema)
        #expect(failures.count == 1)
        #expect(failures.first?.instancePath.count ?? 0 < 400)
    }

    @Test func badSchemaFilesAreProblemsNotCrashes() {
        let registry = SchemaRegistry(files: ["broken.schema.json": "{not json", "example.json": "{}", "odd.schema.json": "[1]"])
        #expect(registry.problems.count == 2, "\(registry.problems)")
        #expect(registry.schema("example.json") == nil)
    }

    @Test func failuresCarryKeywordPathsAndSchemaLocation() throws {
        let registry = SchemaRegistry(schemas: [(uri: "s.json", schema: [
            "properties": ["aims": ["type": "array", "items": ["required": ["statement"]]]],
        ])])
        let schema = try #require(registry.schema("s.json"))
        let failures = registry.validate(["aims": [["statement": "a"], ["purpose": "b"]]] as JSONValue, against: schema)
        try #require(failures.count == 1)
        #expect(failures[0].keyword == "required")
        #expect(failures[0].instancePath == [.key("aims"), .index(1)])
        #expect(failures[0].schemaPath == "s.json#/properties/aims/items/required")
        #expect(failures[0].detail == .required(property: "statement", title: nil))
        #expect(failures[0].range == nil)
    }

    @Test func aSyntaxTreeAndItsJSONFailTheSameWay() throws {
        let tree = Parser.parse("""
            kind: commissioning-strategy
            approach: sideways
            monitoring:
              review-date: 2026-02-30
            aims:
              - purpose: x
            extra: 1
            """, name: "test.yaml")
        let root = try #require(tree.root)
        let schema = try #require(ValidatorTestSchemas.schema)
        let fromTree = ValidatorTestSchemas.registry.validate(root, against: schema)
        let fromJSON = ValidatorTestSchemas.registry.validate(root.jsonValue(), against: schema)
        #expect(fromTree.count == 5)
        #expect(fromTree.map(\.keyword) == fromJSON.map(\.keyword))
        #expect(fromTree.map(\.instancePath) == fromJSON.map(\.instancePath))
        #expect(fromTree.map(\.detail) == fromJSON.map(\.detail))
        #expect(fromTree.allSatisfy { $0.range != nil })
    }
}
