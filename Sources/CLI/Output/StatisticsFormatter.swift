import JSONSupport
import SourceText

/// `lint --statistics`: how many findings each rule id has, with its severity and how many of
/// them `--fix` (safe) or `--unsafe-fixes` can fix, the most frequent first (ties by id).
enum StatisticsFormatter {
    struct Row: Equatable {
        let code: String
        let severity: Severity
        var count = 0
        var safelyFixable = 0
        var unsafelyFixable = 0
    }

    static func rows(_ report: LintReport) -> [Row] {
        var rows: [String: Row] = [:]
        for file in report.files {
            for diagnostic in file.diagnostics {
                // One code may be shown at two severities (configured per folder): each is a row.
                let key = diagnostic.code + " " + diagnostic.severity.rawValue
                var row = rows[key] ?? Row(code: diagnostic.code, severity: diagnostic.severity)
                row.count += 1
                switch diagnostic.fix {
                case .safe: row.safelyFixable += 1
                case .unsafe: row.unsafelyFixable += 1
                case .none: break
                }
                rows[key] = row
            }
        }
        return rows.values.sorted { ($1.count, $0.code, $1.severity) < ($0.count, $1.code, $0.severity) }
    }

    static func text(_ report: LintReport) -> String {
        let rows = rows(report)
        guard !rows.isEmpty else { return "No findings.\n" }
        let countWidth = max(5, rows.map { String($0.count).count }.max() ?? 0)
        let codeWidth = max(4, rows.map(\.code.count).max() ?? 0)
        var lines = [pad("count", countWidth, right: true) + "  " + pad("rule", codeWidth) + "  " + pad("severity", 8) + "  fixable"]
        for row in rows {
            var fixable = "\(row.safelyFixable)"
            if row.unsafelyFixable > 0 { fixable += " (+\(row.unsafelyFixable) unsafe)" }
            lines.append(pad(String(row.count), countWidth, right: true) + "  " + pad(row.code, codeWidth) + "  "
                         + pad(row.severity.rawValue, 8) + "  " + fixable)
        }
        let total = rows.reduce(0) { $0 + $1.count }
        let safe = rows.reduce(0) { $0 + $1.safelyFixable }
        let unsafe = rows.reduce(0) { $0 + $1.unsafelyFixable }
        lines.append("")
        var summary = "\(TextFormatter.plural(total, "finding")); \(safe) fixable with --fix"
        if unsafe > 0 { summary += ", \(unsafe) more with --unsafe-fixes" }
        lines.append(summary + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ report: LintReport) -> String {
        let rows: [JSONValue] = rows(report).map { row in
            .object([
                "code": .string(row.code), "severity": .string(row.severity.rawValue), "count": .int(row.count),
                "fixable": .int(row.safelyFixable), "unsafeFixable": .int(row.unsafelyFixable),
            ])
        }
        return JSONWriter(pretty: true).string(.object(["version": .int(JSONFormatter.version), "statistics": .array(rows)])) + "\n"
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
