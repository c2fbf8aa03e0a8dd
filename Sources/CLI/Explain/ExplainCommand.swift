import Analysis
import Rules
import Foundation
import Schema
import SourceText

/// `commissioning-ls explain ID [--sources lines]`: what a code means and what to do — its
/// explanation, the sources it rests on (the reader's citation and the words; with
/// `--sources lines` also the seed's number and lines, `001:216`, for checking), an example that fires it and one that
/// passes (where the catalogue has them), and how to configure or silence it. An unknown id is
/// a usage error with the nearest ids.
enum ExplainCommand {
    /// How the sources are cited: as a reader finds them in the book or report, or with the
    /// seed lines too.
    enum SourceStyle: String {
        case citations, lines
    }

    static func run(_ arguments: [String]) -> Int32 {
        var arguments = arguments
        var style = SourceStyle.citations
        if let option = arguments.firstIndex(where: { $0 == "--sources" || $0.hasPrefix("--sources=") }) {
            let value: String?
            if arguments[option] == "--sources" {
                value = option + 1 < arguments.count ? arguments[option + 1] : nil
                arguments.removeSubrange(option...min(option + 1, arguments.count - 1))
            } else {
                value = String(arguments[option].dropFirst("--sources=".count))
                arguments.remove(at: option)
            }
            guard let value, let chosen = SourceStyle(rawValue: value) else {
                return Output.usageError("explain: --sources takes 'citations' (the default) or 'lines', e.g. 'commissioning-ls explain hypothesis/count --sources lines'")
            }
            style = chosen
        }
        guard arguments.count == 1, let id = arguments.first, !id.hasPrefix("-") else {
            return Output.usageError("explain: give one rule id, e.g. 'commissioning-ls explain hypothesis/count'; 'commissioning-ls rules' lists them")
        }
        guard let entry = DiagnosticCatalog.entry(id) else {
            let nearest = Suggestions.nearest(to: id, among: DiagnosticCatalog.entries.map(\.id))
            let hint = nearest.isEmpty ? "" : " Did you mean \(nearest.map { "'\($0)'" }.joined(separator: ", "))?"
            return Output.usageError("explain: there is no rule '\(id)'.\(hint) 'commissioning-ls rules' lists them.")
        }
        Output.standardOutput(text(for: entry, sources: style))
        return ExitStatus.success
    }

    /// What an edit makes the rule check again, as the engine keeps its findings (`RuleScope`).
    static func scopeSentence(_ scope: RuleScope) -> String {
        switch scope {
        case .document: return "checked again after every edit (it reads the document as a whole)."
        case .eachSection: return "checked again only in the top-level sections an edit changes."
        case .eachItem: return "checked again only in the list items an edit changes."
        case let .sections(keys):
            let named = keys.sorted().map { "`\($0)`" }
            let list = named.count > 1 ? named.dropLast().joined(separator: ", ") + " or " + named.last! : named.joined()
            return "checked again only when an edit changes \(list)."
        }
    }

    static func text(for entry: DiagnosticCatalog.Entry, sources style: SourceStyle = .citations) -> String {
        var lines: [String] = []
        lines.append("\(entry.id) — \(entry.summary)")
        lines.append("Default severity: \(entry.defaultSeverity.rawValue). Layer: \(layerName(entry.layer)).")
        if let scope = entry.scope { lines.append("In the editor: \(scopeSentence(scope))") }
        lines.append("")
        lines += wrap(entry.explanation, width: 92)
        if !entry.sources.isEmpty {
            lines.append("")
            lines.append("Sources:")
            for source in entry.sources {
                let citation = Bibliography.shared.citation(for: source.reference, showingLines: style == .lines)
                    ?? (style == .lines ? SourceReference(source.reference).map(Bibliography.lineReference) : nil)
                if let citation { lines += wrap(citation, width: 90).map { "  " + $0 } }
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
    static func wrap(_ text: String, width: Int) -> [String] { WordWrap.lines(text, width: width) }
}
