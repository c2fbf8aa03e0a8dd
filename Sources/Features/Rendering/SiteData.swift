import JSONSupport
import Schema

/// The rendered data for other tools: `--format json` (every document with its kind, data and
/// problems) and `--format csv` (the tables the pages draw: matrix, forecasts, money, hypotheses,
/// timetable — one file each, a row per item, the document's path in the first column).
public enum SiteData {
    public static func json(_ site: RenderSite) -> String {
        let documents: [JSONValue] = site.documents.map { document in
            .object([
                "path": .string(document.workspacePath),
                "page": .string(document.pageName),
                "kind": document.kind.map { .string($0.id) } ?? .null,
                "data": document.data,
                "problems": .array(document.problems.map { problem in
                    .object(["severity": .string(problem.severity.rawValue), "code": .string(problem.code),
                             "message": .string(problem.message), "line": .int(problem.line),
                             "section": problem.sectionKey.map { .string($0) } ?? .null])
                }),
            ])
        }
        return JSONWriter(pretty: true).string(.object(["documents": .array(documents)])) + "\n"
    }

    /// File name → CSV text.
    public static func csv(_ site: RenderSite) -> [(name: String, text: String)] {
        let matrix = site.vocabulary.matrix
        var tables: [(String, [String], [[String]])] = [
            ("matrix.csv", ["document", "area", "current", "target", "evidence"], []),
            ("forecasts.csv", ["document", "measure", "now", "projected", "year"], []),
            ("money.csv", ["document", "service", "change", "investment", "hypotheses"], []),
            ("hypotheses.csv", ["document", "id", "status", "statement", "test", "finding", "proposed-by"], []),
            ("timetable.csv", ["document", "when", "activity"], []),
        ]
        for document in site.documents {
            let path = document.workspacePath
            let data = document.data
            if let integration = data["integration"] {
                for area in matrix.areas.terms {
                    let row = integration[area.id]
                    tables[0].2.append([path, area.id, text(row?["current"]), text(row?["target"]), row == nil ? "not assessed" : text(row?["evidence"])])
                }
            }
            for item in data["demand"]?["forecasts"]?.arrayValue ?? [] {
                tables[1].2.append([path, text(item["measure"]), text(item["current"]), text(item["projected"]), text(item["year"])])
            }
            for item in data["future-services"]?.arrayValue ?? [] {
                tables[2].2.append([path, text(item["service"]), text(item["change"]), text(item["investment"]), text(item["hypotheses"])])
            }
            if document.kind?.id == "hypothesis-set" {
                for item in data["hypotheses"]?.arrayValue ?? [] {
                    tables[3].2.append([path, text(item["id"]), item["status"].map(PlainText.of) ?? "untested", text(item["statement"]),
                                        text(item["test"]), text(item["finding"]), text(item["proposed-by"])])
                }
            }
            for item in data["timetable"]?.arrayValue ?? [] {
                tables[4].2.append([path, text(item["when"]), text(item["activity"])])
            }
        }
        return tables.map { name, header, rows in (name, ([header] + rows).map(line).joined()) }
    }

    static func text(_ value: JSONValue?) -> String { value.map(PlainText.of) ?? "" }

    /// One CSV record (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled.
    /// A field starting with `=`, `+`, `-` or `@` is prefixed with `'` so that a spreadsheet
    /// does not run it as a formula.
    static func line(_ fields: [String]) -> String {
        fields.map { field -> String in
            var value = field
            if let first = value.first, "=+-@".contains(first) { value = "'" + value }
            guard value.contains(where: { ",\"\n\r".contains($0) }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
