import SourceText
/// `--format junit`: JUnit XML for CI dashboards. One `testsuite` per file; one `testcase` per
/// check that ran on it — the parser (`syntax`), the schema (`schema`), each domain rule that was
/// not off, and any other code that reported (workspace, suppressions). A check with findings
/// has one `failure` listing them all (strict JUnit schemas allow one per test case).
enum JUnitFormatter {
    static func format(_ report: LintReport) -> String {
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        for file in report.files {
            var byCheck: [String: [ReportedDiagnostic]] = [:]
            for diagnostic in file.diagnostics { byCheck[check(of: diagnostic.code, rulesRun: file.rulesRun), default: []].append(diagnostic) }
            var checks = ["syntax", "schema"] + file.rulesRun
            for extra in byCheck.keys.sorted() where !checks.contains(extra) { checks.append(extra) }
            let failures = checks.filter { byCheck[$0] != nil }.count
            totalTests += checks.count
            totalFailures += failures
            suites += "  <testsuite name=\"\(escape(file.displayPath))\" tests=\"\(checks.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
            for check in checks {
                guard let findings = byCheck[check] else {
                    suites += "    <testcase name=\"\(escape(check))\" classname=\"\(escape(file.displayPath))\"/>\n"
                    continue
                }
                let worst = findings.map(\.severity).max() ?? .error
                let summary = findings.count == 1 ? findings[0].message : "\(findings.count) findings"
                suites += "    <testcase name=\"\(escape(check))\" classname=\"\(escape(file.displayPath))\">\n"
                suites += "      <failure message=\"\(escape(summary))\" type=\"\(worst.rawValue)\">"
                suites += findings.map { finding in
                    escape(([DiagnosticLine.text(path: file.displayPath, line: finding.start.line, column: finding.start.column,
                                                 severity: finding.severity.rawValue, message: finding.message, code: finding.code)]
                        + finding.related.map { DiagnosticLine.text(path: $0.displayPath, line: $0.start.line, column: $0.start.column,
                                                                    severity: "note", message: $0.message) }).joined(separator: "\n"))
                }.joined(separator: "\n")
                suites += "</failure>\n    </testcase>\n"
            }
            suites += "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"commissioning-ls\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
            + suites + "</testsuites>\n"
    }

    /// The test case a code belongs to: its layer for parser and schema codes, else itself.
    static func check(of code: String, rulesRun: [String]) -> String {
        if code.hasPrefix("syntax/") { return "syntax" }
        if code.hasPrefix("schema/") { return "schema" }
        return code
    }

    /// Text safe in XML attributes and content (XML's named `&apos;` for apostrophes).
    static func escape(_ text: String) -> String { MarkupText.escape(text, apostrophe: "&apos;") }
}
