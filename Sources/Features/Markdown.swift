import Schema

/// The markdown that completion and hover show: a title, the schema's plain-English words, and
/// the seed line they come from, always in the same shape.
enum Markdown {
    /// `**Title** · `key``, the description, then `Source: FILE:LINE`.
    static func documented(_ documentation: Documentation, name: String? = nil, extra: [String] = []) -> String {
        var parts: [String] = []
        var heading = documentation.title.map { "**\(escape($0))**" } ?? ""
        if let name, name != documentation.title {
            heading += heading.isEmpty ? "`\(name)`" : " · `\(name)`"
        }
        if !heading.isEmpty { parts.append(heading) }
        if let description = documentation.description, !description.isEmpty { parts.append(description) }
        parts += extra
        if let source = documentation.source, let line = sourceLine(source) { parts.append(line) }
        return parts.joined(separator: "\n\n")
    }

    /// `Source: IPC, *Commissioning for Health and Social Care*, ch. 2, Table 2.3`; nil when the
    /// bibliography cannot place the reference (a reader is never shown our seed file names).
    static func sourceLine(_ source: String) -> String? {
        citation(source).map { "Source: \($0)" }
    }

    /// The reader's citation of a seed reference (`FILE:LINE`), in Markdown.
    static func citation(_ source: String) -> String? {
        Bibliography.shared.citation(for: source, style: .markdown)
    }

    /// A matrix cell's example activities; the cell's citation is given once, an activity's own
    /// only where it differs (an activity quoted from another part of the text).
    static func activities(_ cell: MatrixCell, areaLabel: String, levelLabel: String) -> String {
        let cellCitation = citation(cell.source)
        var lines = ["**\(escape(areaLabel)) at the \(escape(levelLabel.lowercased())) level** — example activities from the matrix"
                     + (cellCitation.map { " (\($0))" } ?? "") + ":"]
        for activity in cell.activities {
            let own = citation(activity.source).flatMap { $0 == cellCitation ? nil : " (\($0))" } ?? ""
            lines.append("- \(escape(activity.text))\(own)")
        }
        return lines.joined(separator: "\n")
    }

    /// What the vocabulary stores about a term beyond its definition: a market situation's
    /// commissioner role and engagement type (001 Table 2.3, whose column headings these are) and
    /// the activities the sources give for a cycle stage (004).
    static func termFacts(_ term: Term) -> [String] {
        var parts: [String] = []
        let tableCitation = citation(term.source).map { " (\($0))" } ?? ""
        if let role = term.text("x-commissioner-role") { parts.append("**Commissioner role**\(tableCitation): \(escape(role))") }
        if let engagement = term.text("x-engagement-type") { parts.append("**Engagement type**: \(escape(engagement))") }
        if !term.activities.isEmpty {
            // Cited only where the activities sit elsewhere than the term's own source line, which the hover gives.
            let own = citation(term.source)
            let cited = term.activities.first.flatMap { citation($0.source) }.flatMap { $0 == own ? nil : " (\($0))" } ?? ""
            var lines = ["**Activities the sources give**\(cited):"]
            for activity in term.activities { lines.append("- \(escape(activity.text))") }
            parts.append(lines.joined(separator: "\n"))
        }
        return parts
    }

    /// Escapes the characters markdown would read as emphasis or links in running text.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "*_`[]<>\\".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A sentence cut to `limit` characters at a word boundary, with an ellipsis.
    static func short(_ text: String, limit: Int = 80) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let trimmed = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return trimmed + "…"
    }
}
