import Foundation
import Schema
import SourceText
import Syntax
import Testing
@testable import Rules

/// Runs one rule on a YAML text the way the engine does (parse, kind from `kind:` or the file
/// name, schema failures), so each rule's tests need nothing but the rule and a document.
struct RuleRun {
    let tree: SyntaxTree
    let findings: [Finding]

    init<R: Rule>(_ rule: R, _ text: String, fileName: String = "doc.yaml", configuration: Configuration = .default,
                  references: (any ReferenceResolver)? = nil) {
        let tree = Parser.parse(SourceFile(name: fileName, text: text))
        let vocabulary = Vocabulary.shared
        let declared = DocumentKind.declared(in: tree)
        let kind = declared.flatMap { vocabulary.kind(id: $0) } ?? vocabulary.kind(forFileName: fileName)
        var failures: [ValidationFailure] = []
        if let kind, let root = tree.root, let schema = SchemaRegistry.embedded.schema(kind.schemaFile) {
            failures = SchemaRegistry.embedded.validate(root, against: schema)
        }
        let context = RuleContext(tree: tree, documentPath: fileName, kind: kind, vocabulary: vocabulary,
                                  schemaFailures: failures, configuration: configuration, references: references)
        self.tree = tree
        // As the engine, which runs a rule only on the kinds its metadata names.
        self.findings = R.metadata.applies(toKind: kind?.id) ? rule.check(context) : []
    }

    /// The document text each finding points at, in order.
    var rangeTexts: [String] { findings.map { tree.source.text(in: $0.range) } }
    var messages: [String] { findings.map(\.message) }
}

/// A reference resolver over an in-memory set of documents, for `reference/*` and cross-document rules.
struct InMemoryReferences: ReferenceResolver {
    var documents: [String: String] = [:]
    var outside: Set<String> = []

    func resolve(_ reference: String) -> ResolvedReference {
        if outside.contains(reference) { return .outsideWorkspace(path: reference) }
        guard let text = documents[reference] else { return .missing(path: reference) }
        return .document(path: reference, tree: Parser.parse(SourceFile(name: reference, text: text)))
    }
}
