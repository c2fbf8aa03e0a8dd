import SourceText

/// `--format text`: the compiler style people know. For each diagnostic
/// `path:line:col: severity: message [code]`, the source line, and a `^~~~` underline of the
/// range; then a summary line (`3 files: 1 error, 2 warnings`). Colour only when asked (the
/// caller decides: standard output is a terminal and `NO_COLOR` is not set).
enum TextFormatter {
    static func format(_ report: LintReport, colour: Bool) -> String {
        let style = TextStyle(enabled: colour)
        var output = ""
        for file in report.files {
            for diagnostic in file.diagnostics {
                output += header(diagnostic, path: file.displayPath, style: style) + "\n"
                if let excerpt = diagnostic.excerpt {
                    output += excerpt.line + "\n"
                    output += style.apply(.caret, excerpt.underline) + "\n"
                }
                for note in diagnostic.related {
                    output += style.apply(.bold, "\(note.displayPath):\(note.start.line):\(note.start.column):")
                        + " " + style.apply(.note, "note:") + " " + TerminalText.sanitized(note.message, keepingTabs: false) + "\n"
                }
            }
        }
        output += style.apply(.bold, summary(report)) + "\n"
        return output
    }

    /// `path:line:col: severity: message [code]`, the line `DiagnosticLine` prints for `dump`.
    static func header(_ diagnostic: ReportedDiagnostic, path: String, style: TextStyle) -> String {
        style.apply(.bold, "\(path):\(diagnostic.start.line):\(diagnostic.start.column):") + " "
            + style.apply(.severity(diagnostic.severity), "\(diagnostic.severity.rawValue):") + " "
            + TerminalText.sanitized(diagnostic.message, keepingTabs: false) + " "
            + style.apply(.code, "[\(diagnostic.code)]")
    }

    /// `3 files: 1 error, 2 warnings` (infos and hints when there are any), then what the
    /// baseline and `--severity` left out.
    static func summary(_ report: LintReport) -> String {
        let counts = report.counts
        var parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")]
        if counts.infos > 0 { parts.append(plural(counts.infos, "info")) }
        if counts.hints > 0 { parts.append(plural(counts.hints, "hint")) }
        var line = "\(plural(report.files.count, "file")): " + parts.joined(separator: ", ")
        var notShown: [String] = []
        if report.baselineMatches > 0 { notShown.append("\(plural(report.baselineMatches, "finding")) in the baseline") }
        let hidden = report.hiddenBySeverity
        let hiddenCount = hidden.errors + hidden.warnings + hidden.infos + hidden.hints
        if hiddenCount > 0 {
            notShown.append("\(plural(hiddenCount, "finding")) below --severity \(report.minimumSeverity.rawValue)")
        }
        if !notShown.isEmpty { line += " (not shown: " + notShown.joined(separator: ", ") + ")" }
        return line
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// ANSI colours for `text` output, or none.
struct TextStyle {
    enum Role {
        case bold
        case severity(Severity)
        case note
        case code
        case caret
    }

    let enabled: Bool

    func apply(_ role: Role, _ text: String) -> String {
        guard enabled else { return text }
        let code: String
        switch role {
        case .bold: code = "1"
        case let .severity(severity):
            switch severity {
            case .error: code = "1;31"
            case .warning: code = "1;33"
            case .info: code = "1;36"
            case .hint: code = "1;34"
            }
        case .note: code = "1;90"
        case .code: code = "2"
        case .caret: code = "1;32"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
