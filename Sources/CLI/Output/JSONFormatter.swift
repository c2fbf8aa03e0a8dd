import JSONSupport
import SourceText

/// `--format json`: the stable, versioned shape README.md gives ("`json`"). Ranges are 0-based lines and
/// characters as in LSP: UTF-16 code units by default, bytes with `--position-encoding utf-8`
/// (code points with `utf-32`). Every checked file is listed, with or without diagnostics.
enum JSONFormatter {
    static let version = 1

    static func format(_ report: LintReport) -> String {
        let files: [JSONValue] = report.files.map { file in
            .object([
                "path": .string(file.displayPath),
                "kind": file.kind.map(JSONValue.string) ?? .null,
                "diagnostics": .array(file.diagnostics.map(diagnostic)),
            ])
        }
        let counts = report.counts
        let document: JSONValue = .object([
            "version": .int(version),
            "files": .array(files),
            "summary": .object([
                "files": .int(report.files.count), "errors": .int(counts.errors), "warnings": .int(counts.warnings),
                "infos": .int(counts.infos), "hints": .int(counts.hints),
            ]),
        ])
        return JSONWriter(pretty: true).string(document) + "\n"
    }

    private static func diagnostic(_ diagnostic: ReportedDiagnostic) -> JSONValue {
        var object: JSONObject = [
            "code": .string(diagnostic.code),
            "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message),
            "range": range(diagnostic.encodedRange),
        ]
        // Places that explain it ("first used here"), each with a path as the file's and a range as the diagnostic's.
        if !diagnostic.related.isEmpty {
            object["related"] = .array(diagnostic.related.map { related in
                .object(["path": .string(related.displayPath), "range": range(related.encodedRange), "message": .string(related.message)])
            })
        }
        return .object(object)
    }

    static func range(_ range: LineRange) -> JSONValue {
        .object(["start": position(range.start), "end": position(range.end)])
    }

    static func position(_ position: LinePosition) -> JSONValue {
        .object(["line": .int(position.line), "character": .int(position.character)])
    }
}
