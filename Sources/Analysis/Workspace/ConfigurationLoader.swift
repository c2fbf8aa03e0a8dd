import Foundation
import JSONSupport
import Rules
import Schema
import SourceText
import Syntax

/// Reads a workspace's `.commissioning.yaml` (README, "Configuration") with the same parser and a schema of its
/// own (`Schemas/commissioning-config.schema.json`), so a bad configuration gets ranged
/// diagnostics like any document — and never stops the checking of the documents.
public enum ConfigurationLoader {
    public static let schemaFile = "commissioning-config.schema.json"

    /// The configuration file names the schema accepts, first one preferred.
    public static var fileNames: [String] {
        let names = SchemaDocuments.documents[schemaFile]?["x-file-names"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return names.isEmpty ? [".commissioning.yaml"] : names
    }

    /// How many `ignore:` patterns are used, and how long each may be (the schema's `maxItems`
    /// and `maxLength`).
    static let ignoreBounds: (count: Int, length: Int) = {
        let ignore = SchemaDocuments.documents[schemaFile]?["properties"]?["ignore"]
        return (ignore?["maxItems"]?.intValue ?? .max, ignore?["items"]?["maxLength"]?.intValue ?? .max)
    }()

    /// The configuration file in `folder`, if there is one: any entry of that name, even a
    /// folder or a link to nothing, so that reading it says what is wrong (`ConfigurationFile`).
    public static func file(in folder: URL) -> URL? {
        fileNames.map { folder.appendingPathComponent($0) }.first { Workspace.entryExists($0.path) }
    }

    /// The largest configuration read, in bytes. A configuration holds rule settings, ignore
    /// patterns and a workspace's own terms: a few kilobytes, rarely more. The bound keeps a
    /// runaway or hostile one from costing every run time and memory; what is larger is not read.
    public static let maximumBytes = 1 << 20
    static let tooLargeCode = "config/too-large"
    /// Most problems described for one configuration; one `config/too-many-problems` follows them.
    public static let maximumDiagnostics = 1_000
    static let tooManyProblemsCode = "config/too-many-problems"

    /// What a configuration text sets, what is wrong with it, and the tree it was read into (for
    /// excerpts). Whatever can be understood is used; a broken entry is skipped, not fatal. One
    /// over `maximumBytes` is not read at all: then the defaults apply, and one diagnostic says so.
    ///
    /// **Cost.** Parsing and schema validation are linear in the text; each entry is then looked at
    /// once, so the whole load is linear in the configuration's size.
    public static func load(_ source: SourceFile, knownCodes: Set<String>) -> (configuration: Configuration, diagnostics: [Diagnostic], tree: SyntaxTree) {
        guard source.bytes.count <= maximumBytes else {
            return (Configuration(), [tooLarge(source)], Parser.parse(source, limits: ParserLimits(maximumDocumentBytes: maximumBytes)))
        }
        let tree = Parser.parse(source)
        var diagnostics = tree.diagnostics
        // Past the limit, problems are found but not described: describing one (its message,
        // nearest words, fix) costs far more than finding it.
        var firstOmitted: TextRange?
        if let root = tree.root, let schema = SchemaRegistry.embedded.schema(schemaFile) {
            let failures = SchemaRegistry.embedded.validate(root, against: schema)
            let room = max(0, maximumDiagnostics - diagnostics.count)
            diagnostics += SchemaDiagnostics.diagnostics(for: Array(failures.prefix(room)), in: tree)
            if failures.count > room { firstOmitted = failures[room].keyRange ?? failures[room].range ?? .empty(at: 0) }
        }
        var configuration = Configuration()
        guard let root = tree.root?.mapping else { return (configuration, diagnostics.sorted(), tree) }

        let sortedCodes = knownCodes.sorted()
        for entry in root["rules"]?.mapping?.entries ?? [] {
            let code = entry.keyText
            guard knownCodes.contains(code) else {
                guard diagnostics.count < maximumDiagnostics else {
                    firstOmitted = firstOmitted ?? entry.key.range
                    continue
                }
                let nearest = Suggestions.nearest(to: code, among: sortedCodes)
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
        // Every file found is matched against every pattern: the schema's bounds on their number
        // and length (reported above when passed) are what the loader keeps to.
        var patterns = Set<String>()
        for item in (root["ignore"]?.sequence?.items ?? []).prefix(ignoreBounds.count) {
            guard let pattern = item.value.scalar?.text, !pattern.isEmpty, pattern.unicodeScalars.count <= ignoreBounds.length,
                  patterns.insert(pattern).inserted else { continue }
            configuration.ignore.append(Glob(pattern))
        }
        for entry in root["vocabulary"]?.mapping?.entries ?? [] {
            let terms: [LocalTerm] = (entry.value?.sequence?.items ?? []).compactMap { item in
                guard let term = item.value.mapping, let id = term["id"]?.scalar?.text, !id.isEmpty else { return nil }
                return LocalTerm(id: id, label: term["label"]?.scalar?.text ?? id, definition: term["definition"]?.scalar?.text ?? "")
            }
            configuration.extraVocabulary[entry.keyText, default: []] += terms
        }
        if let place = firstOmitted {
            diagnostics.append(Diagnostic(
                code: tooManyProblemsCode, severity: .error,
                message: "This configuration has more than \(maximumDiagnostics) problems; only the first are listed. Correct those, then check it again.",
                range: place
            ))
        }
        return (configuration, diagnostics.sorted(), tree)
    }

    /// The one diagnostic of a configuration over the limit, on the line where the limit is passed.
    static func tooLarge(_ source: SourceFile) -> Diagnostic {
        let lines = source.lineIndex
        let line = lines.line(containing: maximumBytes)
        return Diagnostic(
            code: tooLargeCode, severity: .error,
            message: "This configuration is \(source.bytes.count) bytes; the limit is \(maximumBytes) (\(maximumBytes >> 20) MiB), passed on line \(line + 1). "
                + "None of it was used: documents are checked with the default settings. Keep only the rule settings, ignore patterns and local terms this workspace needs.",
            range: .empty(at: lines.lineStarts[line])
        )
    }
}
