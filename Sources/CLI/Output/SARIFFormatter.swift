import Analysis
import Foundation
import JSONSupport
import Schema
import SourceText

/// `--format sarif`: SARIF 2.1.0, as GitHub code scanning reads it. One run; the driver lists
/// one `rules[]` entry for every code in `DiagnosticCatalog` (with its summary, explanation and
/// default level) and results point at them by `ruleId` and `ruleIndex`. Locations are relative
/// to the workspace root (`uriBaseId` `%SRCROOT%`, defined in `originalUriBaseIds`), with
/// 1-based regions whose columns are UTF-16 code units (SARIF's default `columnKind`), or code
/// points with `--position-encoding utf-32`. SARIF has no byte columns: with `utf-8` each region
/// also carries its `byteOffset` and `byteLength`. Each result has `partialFingerprints` (the
/// baseline fingerprint), so alerts keep their identity across runs.
enum SARIFFormatter {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let rootBaseID = "%SRCROOT%"
    static let fingerprintKey = "commissioningFingerprint/v1"

    static func format(_ report: LintReport) -> String {
        var rules: [JSONValue] = []
        var ruleIndex: [String: Int] = [:]
        for entry in DiagnosticCatalog.entries where ruleIndex[entry.id] == nil {
            ruleIndex[entry.id] = rules.count
            rules.append(rule(entry))
        }
        var results: [JSONValue] = []
        for file in report.files {
            for diagnostic in file.diagnostics {
                if ruleIndex[diagnostic.code] == nil {
                    // A code outside the catalogue still gets a rule, so every result has one.
                    ruleIndex[diagnostic.code] = rules.count
                    rules.append(.object(["id": .string(diagnostic.code), "shortDescription": .object(["text": .string(diagnostic.code)]),
                                          "fullDescription": .object(["text": .string(diagnostic.code)]),
                                          "help": .object(["text": .string("Run `commissioning-ls explain \(diagnostic.code)`.")]),
                                          "defaultConfiguration": .object(["level": .string(level(diagnostic.severity))])]))
                }
                results.append(result(diagnostic, in: file, ruleIndex: ruleIndex[diagnostic.code] ?? 0, encoding: report.positionEncoding))
            }
        }
        let driver: JSONValue = .object([
            "name": "commissioning-ls",
            "version": .string(CommandLineTool.version),
            "semanticVersion": .string(CommandLineTool.version),
            "informationUri": .string(CommandLineTool.informationURI),
            "rules": .array(rules),
        ])
        let run: JSONValue = .object([
            "tool": .object(["driver": driver]),
            "originalUriBaseIds": .object([rootBaseID: .object(["uri": .string(directoryURI(report.workspaceRoot))])]),
            "columnKind": .string(report.positionEncoding == .utf32 ? "unicodeCodePoints" : "utf16CodeUnits"),
            "results": .array(results),
        ])
        let log: JSONValue = .object(["$schema": .string(schemaURI), "version": "2.1.0", "runs": .array([run])])
        return JSONWriter(pretty: true).string(log) + "\n"
    }

    /// SARIF's level for a severity: hints and infos are notes.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "note"
        }
    }

    private static func rule(_ entry: DiagnosticCatalog.Entry) -> JSONValue {
        var help = entry.explanation
        for source in entry.sources {
            let citation = Bibliography.shared.citation(for: source.reference).map { " — \($0)" } ?? ""
            help += "\n\n“\(source.quote)”\(citation)"
        }
        help += "\n\nMore: `commissioning-ls explain \(entry.id)`."
        return .object([
            "id": .string(entry.id),
            "shortDescription": .object(["text": .string(entry.summary)]),
            "fullDescription": .object(["text": .string(entry.explanation)]),
            "help": .object(["text": .string(help)]),
            "defaultConfiguration": .object(["level": .string(level(entry.defaultSeverity))]),
            "properties": .object(["tags": .array([.string(entry.layer.rawValue)])]),
        ])
    }

    private static func result(_ diagnostic: ReportedDiagnostic, in file: CheckedFile, ruleIndex: Int, encoding: PositionEncoding) -> JSONValue {
        var region = self.region(encoding == .utf32 ? diagnostic.encodedRange : diagnostic.utf16Range)
        if encoding == .utf8 {
            region["byteOffset"] = .int(diagnostic.byteRange.start)
            region["byteLength"] = .int(diagnostic.byteRange.length)
        }
        var result: JSONObject = [
            "ruleId": .string(diagnostic.code),
            "ruleIndex": .int(ruleIndex),
            "level": .string(level(diagnostic.severity)),
            "message": .object(["text": .string(diagnostic.message)]),
            "locations": .array([.object(["physicalLocation": physicalLocation(file.workspacePath, region)])]),
            "partialFingerprints": .object([fingerprintKey: .string(diagnostic.fingerprint)]),
        ]
        if !diagnostic.related.isEmpty {
            result["relatedLocations"] = .array(diagnostic.related.enumerated().map { index, related in
                let region = self.region(encoding == .utf32 ? related.encodedRange : related.utf16Range)
                return .object([
                    "id": .int(index),
                    "physicalLocation": physicalLocation(related.workspacePath, region),
                    "message": .object(["text": .string(related.message)]),
                ])
            })
        }
        return .object(result)
    }

    /// 1-based lines and columns.
    private static func region(_ columns: LineRange) -> JSONObject {
        [
            "startLine": .int(columns.start.line + 1),
            "startColumn": .int(columns.start.character + 1),
            "endLine": .int(columns.end.line + 1),
            "endColumn": .int(columns.end.character + 1),
        ]
    }

    /// A file relative to the workspace root (`%SRCROOT%`), or absolute outside it.
    private static func physicalLocation(_ workspacePath: String, _ region: JSONObject) -> JSONValue {
        var artifact: JSONObject = [:]
        if workspacePath.hasPrefix("/") {
            artifact["uri"] = .string("file://" + percentEncoded(workspacePath))
        } else {
            artifact["uri"] = .string(percentEncoded(workspacePath))
            artifact["uriBaseId"] = .string(rootBaseID)
        }
        return .object(["artifactLocation": .object(artifact), "region": .object(region)])
    }

    /// A path written as a URI path: spaces, `%`, `#`, `?` and non-ASCII characters percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%#?;")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// `file:///root/` — with the trailing slash SARIF requires of a base URI.
    static func directoryURI(_ path: String) -> String {
        let encoded = percentEncoded(path)
        return "file://" + (encoded.hasSuffix("/") ? encoded : encoded + "/")
    }
}
