import Foundation
import Rules
import Schema
import SourceText
import Syntax

/// The one engine behind `lint` and the language server: parse → kind → schema → domain rules →
/// severities → suppressions. A value type, safe to use from many threads at once.
public struct DocumentAnalyzer: Sendable {
    public let configuration: Configuration
    public let workspace: Workspace?
    public let vocabulary: Vocabulary
    public let schemas: SchemaRegistry
    public let rules: [any Rule]

    public init(
        configuration: Configuration = .default, workspace: Workspace? = nil,
        vocabulary: Vocabulary = .shared, schemas: SchemaRegistry = .embedded, rules: [any Rule] = RuleRegistry.rules
    ) {
        self.configuration = configuration
        self.workspace = workspace
        self.vocabulary = vocabulary
        self.schemas = schemas
        self.rules = rules
    }

    /// Codes the schema layer finds that belong to a catalogue rule, which reports them itself.
    static let ruleOwnedSchemaCodes: Set<String> = ["date/invalid", "money/invalid"]

    public func analyze(_ source: SourceFile, at location: DocumentOrigin) -> DocumentAnalysis {
        let tree = Parser.parse(source)
        return analyze(tree, at: location)
    }

    public func analyze(_ tree: SyntaxTree, at location: DocumentOrigin) -> DocumentAnalysis {
        let kind = KindResolution.kind(of: tree, fileName: location.fileURL?.lastPathComponent ?? location.displayPath, vocabulary: vocabulary)
        var failures: [ValidationFailure] = []
        var schemaDiagnostics: [Diagnostic] = []
        if let kind, let root = tree.root, let schema = schemas.schema(kind.schemaFile) {
            failures = schemas.validate(root, against: schema).filter { !isExcused($0, kind: kind, tree: tree) }
            schemaDiagnostics = SchemaDiagnostics.diagnostics(for: failures, in: tree)
                .filter { !Self.ruleOwnedSchemaCodes.contains($0.code) }
        }
        let context = RuleContext(
            tree: tree, documentPath: location.displayPath, kind: kind, vocabulary: vocabulary,
            schemaFailures: failures, configuration: configuration,
            references: location.fileURL.flatMap { url in workspace.map { MemoizingReferenceResolver($0.resolver(for: url)) } }
        )
        var diagnostics = tree.diagnostics
        for diagnostic in schemaDiagnostics {
            if let severity = configuration.severity(of: diagnostic.code, default: diagnostic.severity) {
                diagnostics.append(diagnostic.with(severity: severity))
            }
        }
        var rulesRun: [String] = []
        for rule in rules {
            let metadata = type(of: rule).metadata
            guard let severity = configuration.severity(of: metadata.id, default: metadata.defaultSeverity) else { continue }
            rulesRun.append(metadata.id)
            for finding in rule.check(context) {
                diagnostics.append(Diagnostic(
                    code: metadata.id, severity: severity, message: finding.message, range: finding.range,
                    fixes: finding.fixes, related: finding.related
                ))
            }
        }
        let suppressions = Suppressions.parse(tree)
        let applied = Suppressions.apply(suppressions, to: diagnostics, in: tree.source)
        var kept = applied.kept
        if let severity = configuration.severity(of: Suppressions.unusedCode, default: .hint) {
            kept += applied.unused.map { $0.with(severity: severity) }
        }
        return DocumentAnalysis(
            origin: location, tree: tree, kind: kind, diagnostics: kept.sorted(),
            suppressions: applied.applied, rulesRun: rulesRun
        )
    }

    /// Schema failures that are not mistakes here: a missing `kind:` when the file suffix says
    /// it (SPEC §3), and local vocabulary the workspace configuration adds (SPEC §5.2).
    private func isExcused(_ failure: ValidationFailure, kind: DocumentKind, tree: SyntaxTree) -> Bool {
        if failure.instancePath.isEmpty, case .required(property: "kind", _) = failure.detail { return true }
        return LocalVocabulary.accepts(failure, configuration: configuration, vocabulary: vocabulary)
    }
}

extension Diagnostic {
    func with(severity: Severity) -> Diagnostic {
        var copy = self
        copy.severity = severity
        return copy
    }
}
