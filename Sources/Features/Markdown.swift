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
        if let source = documentation.source, !source.isEmpty { parts.append(sourceLine(source)) }
        return parts.joined(separator: "\n\n")
    }

    static func sourceLine(_ source: String) -> String { "Source: `\(source)`" }

    /// A matrix cell's example activities, each with its seed line.
    static func activities(_ cell: MatrixCell, areaLabel: String, levelLabel: String) -> String {
        var lines = ["**\(escape(areaLabel)) at the \(escape(levelLabel.lowercased())) level** — example activities from the matrix (`\(cell.source)`):"]
        for activity in cell.activities { lines.append("- \(escape(activity.text)) (`\(activity.source)`)") }
        return lines.joined(separator: "\n")
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
