import JSONSupport
import Schema
import SourceText
import Syntax
import Testing

/// A small kind schema and vocabulary file with the same shape as those in `Schemas/` (a relative
/// `$ref` into a vocabulary of documented `const`s, fixed sections, a money and a date format), so
/// that the validator's messages and ranges are tested apart from the real schemas' contents.
enum ValidatorTestSchemas {
    static let vocabulary = """
        {"$defs": {
          "integration-level": {"title": "Level of integration", "oneOf": [
            {"const": "separate", "title": "Separate", "x-source": "000:22"},
            {"const": "parallel", "title": "Parallel", "x-source": "000:24"},
            {"const": "joint", "title": "Joint", "x-source": "000:26"},
            {"const": "integrated", "title": "Integrated", "x-source": "000:28"}]},
          "stage": {"title": "Stage of the cycle", "oneOf": [
            {"const": "analyse"}, {"const": "plan"}, {"const": "do"}, {"const": "review"}]}
        }}
        """

    static let kind = """
        {"title": "Commissioning strategy", "type": "object",
         "properties": {
           "kind": {"const": "commissioning-strategy"},
           "approach": {"title": "Commissioning approach", "$ref": "vocabulary.schema.json#/$defs/integration-level"},
           "monitoring": {"title": "Monitoring and review", "type": "object",
             "properties": {"arrangements": {"title": "Arrangements", "type": "string", "minLength": 1},
                            "review-date": {"type": "string", "format": "date"}},
             "required": ["arrangements"], "additionalProperties": false},
           "aims": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"type": "object",
             "properties": {"statement": {"type": "string"}, "purpose": {"type": "string"}},
             "required": ["statement"], "additionalProperties": false}},
           "investment": {"type": ["string", "number"], "x-format": "money", "minimum": 0, "pattern": "^£?[0-9]"},
           "when": {"title": "Date or month", "type": "string", "anyOf": [{"format": "date"}, {"format": "year-month"}]},
           "cycle": {"type": "object", "propertyNames": {"$ref": "vocabulary.schema.json#/$defs/stage"}},
           "partner": {"oneOf": [{"title": "Partner name", "type": "string"},
                                 {"title": "Partner details", "type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}]},
           "count": {"oneOf": [{"title": "Small number", "type": "integer", "maximum": 5},
                               {"title": "Label", "type": "string"}, {"title": "Flag", "type": "boolean"}]},
           "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}
         },
         "required": ["kind", "approach", "monitoring"],
         "additionalProperties": false}
        """

    static let registry: SchemaRegistry = SchemaRegistry(files: [
        "vocabulary.schema.json": vocabulary,
        "kind.schema.json": kind,
    ])

    static var schema: CompiledSchema? { registry.schema("kind.schema.json") }

    /// Diagnostics of a YAML text, parsed by the real parser, against the test kind schema.
    /// The documents are meant to be well-formed YAML unless `allowingSyntaxErrors`, so that a
    /// range test cannot pass on a tree the parser only half read.
    static func check(_ yaml: String, allowingSyntaxErrors: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) -> (tree: SyntaxTree, diagnostics: [Diagnostic], failures: [ValidationFailure]) {
        let tree = Parser.parse(yaml, name: "test.yaml")
        if !allowingSyntaxErrors && !tree.diagnostics.isEmpty {
            Issue.record("syntax errors in a test document: \(tree.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        }
        guard let schema, let root = tree.root else { return (tree, [], []) }
        let failures = registry.validate(root, against: schema)
        let diagnostics = SchemaDiagnostics.diagnostics(for: failures, in: tree)
        #expect(registry.diagnostics(for: tree, against: schema) == diagnostics, sourceLocation: sourceLocation)
        return (tree, diagnostics, failures)
    }
}

extension SyntaxTree {
    /// The exact text a range covers.
    func text(_ range: TextRange) -> String { source.text(in: range) }
}
