import Analysis

/// `commissioning-ls rules [--format text|markdown]`: every code a diagnostic can carry, with its
/// default severity and one-line summary, grouped by layer (syntax, schema, domain rules,
/// configuration), from `DiagnosticCatalog`. `--format markdown` prints the table the README
/// holds between `<!-- rules:begin -->` and `<!-- rules:end -->` (a test keeps the two equal).
enum RulesCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var format = "text"
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument.hasPrefix("--format=") {
                format = String(argument.dropFirst("--format=".count))
            } else if argument == "--format", index < arguments.count {
                format = arguments[index]
                index += 1
            } else {
                return Output.usageError("rules: unexpected '\(argument)'; usage: commissioning-ls rules [--format text|markdown]")
            }
        }
        switch format {
        case "text": Output.standardOutput(text())
        case "markdown": Output.standardOutput(markdown())
        default: return Output.usageError("rules: --format takes text or markdown, not '\(format)'")
        }
        return ExitStatus.success
    }

    /// The catalogue's layers in the order a document meets them, each with its entries in
    /// catalogue order.
    static func groups() -> [(layer: DiagnosticCatalog.Layer, entries: [DiagnosticCatalog.Entry])] {
        let order: [DiagnosticCatalog.Layer] = [.syntax, .schema, .rule, .configuration]
        return order.compactMap { layer in
            let entries = DiagnosticCatalog.entries.filter { $0.layer == layer }
            return entries.isEmpty ? nil : (layer, entries)
        }
    }

    static func text() -> String {
        let all = DiagnosticCatalog.entries
        let idWidth = all.map(\.id.count).max() ?? 0
        var output = ""
        for (layer, entries) in groups() {
            output += heading(layer) + "\n"
            for entry in entries {
                let id = entry.id.paddedRight(to: idWidth)
                let severity = entry.defaultSeverity.rawValue.paddedRight(to: 8)
                output += "  \(id)  \(severity)  \(entry.summary)\n"
            }
            output += "\n"
        }
        output += "\(all.count) codes. 'commissioning-ls explain ID' explains one; .commissioning.yaml can change any severity but syntax errors.\n"
        return output
    }

    /// The README's rule table: one table per layer, under a bold layer name.
    static func markdown() -> String {
        var output = ""
        for (layer, entries) in groups() {
            if !output.isEmpty { output += "\n" }
            output += "**\(heading(layer))**\n\n| id | default | fix | summary |\n|---|---|---|---|\n"
            for entry in entries {
                output += "| `\(entry.id)` | \(entry.defaultSeverity.rawValue) | \(entry.fix == .none ? "" : entry.fix.rawValue) | \(escapeCell(entry.summary)) |\n"
            }
        }
        return output
    }

    private static func heading(_ layer: DiagnosticCatalog.Layer) -> String {
        switch layer {
        case .syntax: "Syntax (the parser; always errors)"
        case .schema: "Schema (the structure of each kind)"
        case .rule: "Domain rules"
        case .configuration: "Workspace configuration"
        }
    }

    /// A table cell: `|` escaped and line breaks folded, so the row stays one row.
    private static func escapeCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

extension String {
    /// Padded with spaces on the right to `length` characters (never cut).
    func paddedRight(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
