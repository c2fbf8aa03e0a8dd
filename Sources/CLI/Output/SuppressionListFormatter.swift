import JSONSupport

/// `lint --list-suppressions`: every `# commissioning-ls: disable…` comment with its reason
/// (the text after ` -- `) and how many findings it silenced, so a team can review them.
enum SuppressionListFormatter {
    static func text(_ report: LintReport) -> String {
        var output = ""
        var count = 0
        var files = 0
        for file in report.files where !file.suppressions.isEmpty {
            files += 1
            for suppression in file.suppressions {
                count += 1
                let what = suppression.codes.isEmpty ? "every rule" : suppression.codes.joined(separator: ", ")
                let scope = suppression.isFileWide ? "disable-file" : "disable"
                let reason = suppression.reason.map { "-- \($0)" } ?? "(no reason given)"
                let effect = suppression.silenced == 0 ? "silences nothing" : "silenced \(suppression.silenced)"
                output += "\(file.displayPath):\(suppression.place.line):\(suppression.place.column): \(scope) \(what) \(TerminalText.sanitized(reason, keepingTabs: false)) [\(effect)]\n"
            }
        }
        output += "\(TextFormatter.plural(count, "suppression")) in \(TextFormatter.plural(files, "file")) (of \(report.files.count) checked)\n"
        return output
    }

    static func json(_ report: LintReport) -> String {
        var entries: [JSONValue] = []
        for file in report.files {
            for suppression in file.suppressions {
                entries.append(.object([
                    "path": .string(file.displayPath),
                    "line": .int(suppression.place.line),
                    "column": .int(suppression.place.column),
                    "scope": .string(suppression.isFileWide ? "file" : "line"),
                    "codes": .array(suppression.codes.map(JSONValue.string)),
                    "reason": suppression.reason.map(JSONValue.string) ?? .null,
                    "silenced": .int(suppression.silenced),
                ]))
            }
        }
        return JSONWriter(pretty: true).string(.object(["version": 1, "suppressions": .array(entries)])) + "\n"
    }
}
