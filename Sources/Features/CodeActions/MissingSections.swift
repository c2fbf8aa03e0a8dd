import Analysis
import Schema
import SourceText
import Syntax

/// Refines the schema's "add the missing key" fix: a missing top-level section is written whole, as
/// `commissioning-ls new` writes it (`DocumentSkeleton`: its comment, its keys, placeholder values
/// that are to-dos but not errors), after a blank line; a missing key deeper down is written with
/// its required keys (`monitoring:` and `arrangements:` under it). Either goes at its place in
/// the schema's order (after the key that precedes it there), at the mapping's indentation.
struct MissingSections {
    static let code = "schema/required"

    let tree: SyntaxTree
    let schemaFile: String?
    let navigator: SchemaNavigator
    let vocabulary: Vocabulary
    private let failures: [(failure: ValidationFailure, diagnostic: Diagnostic)]

    init(tree: SyntaxTree, schemaFile: String?, navigator: SchemaNavigator, vocabulary: Vocabulary = .shared) {
        self.tree = tree
        self.schemaFile = schemaFile
        self.navigator = navigator
        self.vocabulary = vocabulary
        // The diagnostic does not say which mapping lacks which key: validating again does.
        let registry = navigator.registry
        guard let schemaFile, let root = tree.root, let schema = registry.schema(schemaFile) else {
            failures = []
            return
        }
        failures = registry.validate(root, against: schema).compactMap { failure in
            guard case .required = failure.detail else { return nil }
            return (failure, SchemaDiagnostics.diagnostic(for: failure, in: tree))
        }
    }

    /// The refined edits for a `schema/required` diagnostic, or nil to keep the schema's own.
    func edits(for diagnostic: Diagnostic) -> [TextEdit]? {
        guard let schemaFile,
              let match = failures.first(where: { $0.diagnostic.range == diagnostic.range && $0.diagnostic.message == diagnostic.message }),
              case let .required(property, _) = match.failure.detail,
              let mapping = tree.root?.node(at: match.failure.instancePath), mapping.mapping?.style == .block else { return nil }
        let views = navigator.schemas(at: match.failure.instancePath, from: navigator.root(file: schemaFile), instanceRoot: tree.root)
        let order = navigator.properties(of: views).map(\.name)
        let column = TextScan.column(of: mapping.range.start, in: tree.source)
        if match.failure.instancePath.isEmpty, column == 0,
           let kind = vocabulary.kinds.first(where: { $0.schemaFile == schemaFile }),
           let lines = DocumentSkeleton.section(property, of: kind) {
            return MappingInsertion.edit(inserting: lines, named: property, into: mapping, order: order, source: tree.source,
                                     separatedByBlankLine: true).map { [$0] }
        }
        let lines = DocumentSkeleton.lines(for: property, schemas: navigator.children(of: views, .key(property)), parent: views,
                                           kind: nil, topLevel: false, indent: column, snippet: false)
        return MappingInsertion.edit(inserting: lines, named: property, into: mapping, order: order, source: tree.source).map { [$0] }
    }
}
