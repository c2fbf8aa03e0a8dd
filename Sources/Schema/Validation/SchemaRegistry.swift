import JSONSupport
import SourceText
import Syntax

/// A schema ready to validate with: a node of a `SchemaRegistry`.
public struct CompiledSchema: Sendable, Hashable {
    /// The URI it was looked up by, e.g. `strategy.schema.json` or `vocabulary.schema.json#/$defs/lever`.
    public let uri: String
    let node: Int
}

/// Every schema of a set of documents, compiled once (resolved `$ref`s across files, `$id`,
/// `$anchor`, JSON Pointers), and the entry point for validation. Immutable and `Sendable`:
/// one registry serves every document and thread.
public final class SchemaRegistry: Sendable {
    /// The schemas of `Schemas/` built into the binary (`*.schema.json`), compiled on first use.
    public static let embedded = SchemaRegistry(files: EmbeddedSchemas.files)

    let nodes: [SchemaNode]
    private let resources: [String: SchemaLocation]
    private let anchors: [String: SchemaLocation]
    private let compiled: [SchemaLocation: Int]
    private let documentURIs: [String]
    /// What is wrong with the schemas themselves (bad JSON, unresolved `$ref`s, endless cycles),
    /// one line each. Empty for a healthy set; tests assert it for the embedded schemas.
    public let problems: [String]

    /// Schema files keyed by their path relative to the schema folder; files not ending in
    /// `.schema.json` (examples, placeholders) are not schemas and are left out.
    public convenience init(files: [String: String]) {
        var documents: [(uri: String, schema: JSONValue)] = []
        var problems: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".schema.json") {
            do {
                documents.append((path, try JSONParser.parse(text)))
            } catch {
                problems.append("\(path): \(error)")
            }
        }
        self.init(schemas: documents, problems: problems)
    }

    /// Schemas given as JSON, each with the URI it is known by (its `$id`, if any, also works).
    public convenience init(schemas: [(uri: String, schema: JSONValue)]) {
        self.init(schemas: schemas, problems: [])
    }

    private init(schemas: [(uri: String, schema: JSONValue)], problems: [String]) {
        var compiler = SchemaCompiler(documents: schemas.map { SchemaCompiler.Document(retrievalURI: $0.uri, root: $0.schema) })
        compiler.compileAll()
        nodes = compiler.finish()
        resources = compiler.index.resources
        anchors = compiler.index.anchors
        compiled = compiler.compiled
        documentURIs = schemas.map(\.uri)
        self.problems = problems + compiler.problems
    }

    /// The schema a URI names: a file (`strategy.schema.json`), an `$id`, or either with a JSON
    /// Pointer or anchor fragment (`vocabulary.schema.json#/$defs/lever`).
    public func schema(_ uri: String) -> CompiledSchema? {
        let reference = URIReference(uri)
        let resourceName = reference.withoutFragment
        let fragment = reference.fragment ?? ""
        let location: SchemaLocation?
        if !fragment.isEmpty, !fragment.hasPrefix("/") {
            location = anchors[resourceName + "#" + JSONPointer.percentDecoded(fragment)]
        } else if let resource = resources[resourceName], let tokens = JSONPointer.tokens(fromFragment: fragment) {
            location = SchemaLocation(document: resource.document, tokens: resource.tokens + tokens)
        } else {
            location = nil
        }
        guard let location, let node = compiled[location] else { return nil }
        return CompiledSchema(uri: uri, node: node)
    }

    /// The URIs of the loaded documents, in loading order.
    public var documentNames: [String] { documentURIs }

    /// Every failure of `instance` against `schema`, in document order of discovery.
    public func validate<Instance: SchemaInstance>(_ instance: Instance, against schema: CompiledSchema) -> [ValidationFailure] {
        var run = ValidationRun(nodes: nodes)
        var none: EvaluatedParts?
        _ = run.validate(schema.node, instance, &none)
        return run.failures
    }

    /// Whether `instance` is valid, stopping at the first failure (no messages are built).
    public func isValid<Instance: SchemaInstance>(_ instance: Instance, against schema: CompiledSchema) -> Bool {
        var run = ValidationRun(nodes: nodes)
        run.collecting = false
        var none: EvaluatedParts?
        return run.validate(schema.node, instance, &none)
    }

    /// `validate` on the parser's tree. The generic entry points above are not specialised
    /// across modules, so a caller outside this one would validate through protocol witnesses
    /// (much slower); these concrete overloads make the compiler specialise
    /// the whole validator for `SyntaxNode` here.
    public func validate(_ instance: SyntaxNode, against schema: CompiledSchema) -> [ValidationFailure] {
        var run = ValidationRun(nodes: nodes)
        var none: EvaluatedParts?
        _ = run.validate(schema.node, instance, &none)
        return run.failures
    }

    /// `validate` on the parser's tree, with the results of the root's unchanged sections (by key,
    /// how far each moved) and of unchanged list items in the others (`text`: which parts of the
    /// text are as they were) taken from `previous`; also the results to keep for the next time.
    public func validate(_ instance: SyntaxNode, against schema: CompiledSchema, reusing previous: SectionValidations,
                         unchanged moved: [String: Int], text: UnchangedText?) -> (failures: [ValidationFailure], sections: SectionValidations) {
        var run = ValidationRun(nodes: nodes)
        run.sections = SectionReuse(previous: previous, moved: moved, unchanged: text)
        var none: EvaluatedParts?
        _ = run.validate(schema.node, instance, &none)
        return (run.failures, run.sections?.kept ?? .none)
    }

    /// `isValid` on the parser's tree, specialised (see `validate(_:against:)` for `SyntaxNode`).
    public func isValid(_ instance: SyntaxNode, against schema: CompiledSchema) -> Bool {
        var run = ValidationRun(nodes: nodes)
        run.collecting = false
        var none: EvaluatedParts?
        return run.validate(schema.node, instance, &none)
    }

    /// The schema's `title`, or that of the schema it references.
    public func title(of schema: CompiledSchema) -> String? {
        ValidationRun(nodes: nodes).title(of: schema.node)
    }
}
