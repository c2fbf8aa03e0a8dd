import Analysis
import Foundation
import Schema

/// `commissioning-ls explain ID`: what a code means and what to do — its explanation, the
/// source lines it rests on (`FILE:LINE` and the words), an example that fires it and one that
/// passes (where the catalogue has them), and how to configure or silence it. An unknown id is
/// a usage error with the nearest ids.
enum ExplainCommand {
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 1, let id = arguments.first, !id.hasPrefix("-") else {
            return Output.usageError("explain: give one rule id, e.g. 'commissioning-ls explain hypothesis/count'; 'commissioning-ls rules' lists them")
        }
        guard let entry = DiagnosticCatalog.entry(id) else {
            let nearest = Suggestions.nearest(to: id, among: DiagnosticCatalog.entries.map(\.id))
            let hint = nearest.isEmpty ? "" : " Did you mean \(nearest.map { "'\($0)'" }.joined(separator: ", "))?"
            return Output.usageError("explain: there is no rule '\(id)'.\(hint) 'commissioning-ls rules' lists them.")
        }
        Output.standardOutput(text(for: entry))
        return ExitStatus.success
    }

    static func text(for entry: DiagnosticCatalog.Entry) -> String {
        var lines: [String] = []
        lines.append("\(entry.id) — \(entry.summary)")
        lines.append("Default severity: \(entry.defaultSeverity.rawValue). Layer: \(layerName(entry.layer)).")
        lines.append("")
        lines += wrap(entry.explanation, width: 92)
        if !entry.sources.isEmpty {
            lines.append("")
            lines.append("Sources:")
            for source in entry.sources {
                lines.append("  \(source.reference)")
                lines += wrap("“\(source.quote)”", width: 88).map { "    " + $0 }
            }
        }
        if let firing = entry.firingExample, !firing.isEmpty {
            lines.append("")
            lines.append("Reported for:")
            lines += indentedExample(firing)
        }
        if let passing = entry.passingExample, !passing.isEmpty {
            lines.append("")
            lines.append("Not reported for:")
            lines += indentedExample(passing)
        }
        lines.append("")
        lines.append(entry.fix.sentence)
        lines.append("")
        lines += configurationHelp(entry)
        return lines.joined(separator: "\n") + "\n"
    }

    static func layerName(_ layer: DiagnosticCatalog.Layer) -> String {
        switch layer {
        case .syntax: "syntax (the parser)"
        case .schema: "schema (the structure of each kind)"
        case .rule: "domain rule"
        case .configuration: "workspace configuration"
        }
    }

    private static func configurationHelp(_ entry: DiagnosticCatalog.Entry) -> [String] {
        switch entry.layer {
        case .syntax:
            return ["A syntax error cannot be switched off or silenced: a document the parser cannot read exactly",
                    "as YAML 1.2 does must not be trusted."]
        case .configuration:
            return ["Reported in the configuration file itself; correct the entry it marks."]
        case .schema, .rule:
            return [
                "Change its severity in .commissioning.yaml:   rules: {\(entry.id): off}   (off, hint, info, warning, error)",
                "Silence it on one line:   # commissioning-ls: disable \(entry.id) -- why",
            ]
        }
    }

    private static func indentedExample(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Greedy word wrap, keeping the text's own line breaks.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
        }
        return lines
    }
}
