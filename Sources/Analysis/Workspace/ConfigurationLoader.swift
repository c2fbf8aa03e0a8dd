import Foundation
import JSONSupport
import Rules
import Schema
import SourceText
import Syntax

/// Reads a workspace's `.commissioning.yaml` (SPEC §5.2) with the same parser and a schema of its
/// own (`Schemas/commissioning-config.schema.json`), so a bad configuration gets ranged
/// diagnostics like any document — and never stops the checking of the documents.
public enum ConfigurationLoader {
    public static let schemaFile = "commissioning-config.schema.json"

    /// The configuration file names the schema accepts, first one preferred.
    public static var fileNames: [String] {
        let names = SchemaDocuments.documents[schemaFile]?["x-file-names"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return names.isEmpty ? [".commissioning.yaml"] : names
    }

    /// The configuration file in `folder`, if there is one: any entry of that name, even a
    /// folder or a link to nothing, so that reading it says what is wrong (`ConfigurationFile`).
    public static func file(in folder: URL) -> URL? {
        fileNames.map { folder.appendingPathComponent($0) }.first { Workspace.entryExists($0.path) }
    }

    /// What a configuration text sets, and what is wrong with it. Whatever can be understood is
    /// used; a broken entry is skipped, not fatal.
    public static func load(_ source: SourceFile, knownCodes: Set<String>) -> (configuration: Configuration, diagnostics: [Diagnostic]) {
        let tree = Parser.parse(source)
        var diagnostics = tree.diagnostics
        if tree.root != nil, let schema = SchemaRegistry.embedded.schema(schemaFile) {
            diagnostics += SchemaRegistry.embedded.diagnostics(for: tree, against: schema)
        }
        var configuration = Configuration()
        guard let root = tree.root?.mapping else { return (configuration, diagnostics.sorted()) }

        for entry in root["rules"]?.mapping?.entries ?? [] {
            let code = entry.keyText
            guard knownCodes.contains(code) else {
                let nearest = Suggestions.nearest(to: code, among: Array(knownCodes).sorted())
                diagnostics.append(Diagnostic(
                    code: "config/unknown-rule", severity: .warning,
                    message: "There is no rule '\(code)'.\(nearest.first.map { " Did you mean '\($0)'?" } ?? "") `commissioning-ls rules` lists them.",
                    range: entry.key.range,
                    fixes: nearest.count == 1 ? [Fix(title: "Replace with '\(nearest[0])'", edits: [TextEdit(range: entry.key.range, newText: nearest[0])], isSafe: true)] : []
                ))
                continue
            }
            if let text = entry.value?.scalar?.text, let setting = RuleSetting(text) {
                configuration.severities[code] = setting
            }
        }
        for item in root["ignore"]?.sequence?.items ?? [] {
            if let pattern = item.value.scalar?.text, !pattern.isEmpty { configuration.ignore.append(Glob(pattern)) }
        }
        for entry in root["vocabulary"]?.mapping?.entries ?? [] {
            let terms: [LocalTerm] = (entry.value?.sequence?.items ?? []).compactMap { item in
                guard let term = item.value.mapping, let id = term["id"]?.scalar?.text, !id.isEmpty else { return nil }
                return LocalTerm(id: id, label: term["label"]?.scalar?.text ?? id, definition: term["definition"]?.scalar?.text ?? "")
            }
            configuration.extraVocabulary[entry.keyText, default: []] += terms
        }
        return (configuration, diagnostics.sorted())
    }
}
