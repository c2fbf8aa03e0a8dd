import SourceText

/// `--format github`: GitHub Actions workflow commands, which the runner turns into annotations
/// on the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=code::message`.
/// Warnings are `warning`; infos and hints `notice`. Paths are relative to the workspace root
/// (the repository, when it has `.git`). Lines and columns are 1-based, columns in characters.
enum GitHubFormatter {
    static func format(_ report: LintReport) -> String {
        var output = ""
        for file in report.files {
            for diagnostic in file.diagnostics {
                let properties = [
                    ("file", file.workspacePath),
                    ("line", String(diagnostic.start.line)),
                    ("col", String(diagnostic.start.column)),
                    ("endLine", String(diagnostic.end.line)),
                    ("endColumn", String(diagnostic.end.column)),
                    ("title", diagnostic.code),
                ].map { "\($0)=\(escapeProperty($1))" }.joined(separator: ",")
                output += "::\(command(for: diagnostic.severity)) \(properties)::\(escapeData(message(diagnostic)))\n"
            }
        }
        return output
    }

    /// An annotation has one place; related places follow the message, one line each
    /// (`path:line:col: note`), which GitHub shows under it.
    static func message(_ diagnostic: ReportedDiagnostic) -> String {
        diagnostic.related.reduce(diagnostic.message) { message, related in
            message + "\n\(related.workspacePath):\(related.start.line):\(related.start.column): \(related.message)"
        }
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "notice"
        }
    }

    /// The message part: `%`, CR and LF are escaped (workflow-command rules).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: as data, and also `:` and `,`, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
