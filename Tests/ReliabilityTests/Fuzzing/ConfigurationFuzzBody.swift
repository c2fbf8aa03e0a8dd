import Analysis
import Foundation
import Rules
import SourceText
import Syntax

/// Fuzz body (6): a workspace configuration (`.commissioning.yaml`) from arbitrary bytes —
/// parsing, its schema, the rule settings, ignore globs and local terms read from it — and then
/// in use: a small document checked with it, its globs matched against a few paths. Besides not
/// trapping or hanging:
/// - every diagnostic has a message, and it and its fixes' edits lie inside the text;
/// - only known rules get a setting, and every local term has an id;
/// - the tree returned is the text given;
/// - a document checked with the configuration gets ranges inside it.
/// Returns a description of the first broken property.
enum ConfigurationFuzzBody {
    static let knownCodes = DiagnosticCatalog.ids
    /// A strategy naming a stakeholder group and a partner type that only a configuration can add.
    static let document = """
        kind: commissioning-strategy
        title: Fuzz
        partners:
          - name: Northshire Carers Forum
            type: local-forum
        development:
          stakeholders:
            - group: local-group
              commitment: contribute-analysis
              how: Workshops.
        """
    static let paths = ["a.strategy.yaml", "drafts/a.strategy.yaml", "x/y/z/b.hypotheses.yaml", "archive/2019/c.mps.yaml", "é/😀.framework.yaml", ""]

    static func run(_ data: [UInt8]) -> String? {
        let source = SourceFile(name: ".commissioning.yaml", bytes: data)
        let loaded = ConfigurationLoader.load(source, knownCodes: knownCodes)
        guard loaded.tree.source.bytes == data else { return "the tree returned is not of the text loaded" }
        for diagnostic in loaded.diagnostics {
            if let failure = AnalyzerFuzzBody.check(diagnostic.range, in: data.count, "\(diagnostic.code) range") { return failure }
            guard !diagnostic.message.isEmpty else { return "\(diagnostic.code) has no message" }
            for edit in diagnostic.fixes.flatMap(\.edits) {
                if let failure = AnalyzerFuzzBody.check(edit.range, in: data.count, "\(diagnostic.code) fix") { return failure }
            }
        }
        let configuration = loaded.configuration
        if let code = configuration.severities.keys.first(where: { !knownCodes.contains($0) }) { return "a setting for the unknown rule '\(code)'" }
        for (name, terms) in configuration.extraVocabulary where terms.contains(where: { $0.id.isEmpty }) {
            return "a local term of '\(name)' without an id"
        }
        for path in paths { _ = configuration.isIgnored(path) }
        let name = "fuzz.strategy.yaml"
        let analysis = DocumentAnalyzer(configuration: configuration).analyze(SourceFile(name: name, text: document),
                                                                              at: DocumentOrigin(displayPath: name, fileURL: nil))
        for diagnostic in analysis.diagnostics {
            if let failure = AnalyzerFuzzBody.check(diagnostic.range, in: document.utf8.count, "\(diagnostic.code) in the document") { return failure }
        }
        return nil
    }
}
