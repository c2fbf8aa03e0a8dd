import Rules
import SourceText
import Syntax

/// The edit that silences a rule on one line: `# commissioning-ls: disable ID` at the end of the
/// line (or the id added to the suppression already there), else as a comment line of its own
/// just above. Each candidate is parsed before it is offered: it must leave the document's data
/// and its syntax diagnostics exactly as they were (a `#` inside a quoted or multi-line value
/// would not be a comment), or it is not offered.
enum SuppressionEdit {
    static let marker = "commissioning-ls:"

    /// Syntax errors cannot be silenced, and a hint about an unused suppression is removed, not silenced.
    static func canSilence(_ code: String) -> Bool {
        !code.hasPrefix("syntax/") && code != Suppressions.unusedCode
    }

    static func edit(disabling code: String, onLine line: Int, in tree: SyntaxTree) -> TextEdit? {
        let source = tree.source
        let content = source.lineIndex.contentRange(ofLine: line)
        let lineBreak = source.bytes.contains(0x0D) ? "\r\n" : "\n"
        var candidates: [TextEdit] = []
        let onLine = tree.comments.first { content.contains($0.range.start) }
        let above = line > 0 ? tree.comments.first { source.lineIndex.line(containing: $0.range.start) == line - 1 } : nil
        if let onLine, let extended = extend(onLine, with: code, source: source) {
            candidates.append(extended)
        } else if let above, isStandalone(above, source: source), let extended = extend(above, with: code, source: source) {
            candidates.append(extended)
        }
        if onLine == nil {
            candidates.append(TextEdit(range: .empty(at: content.end), newText: "  # \(marker) disable \(code)"))
        }
        let indentation = source.bytes[content.start..<content.end].prefix { $0 == 0x20 }.count
        candidates.append(TextEdit(range: .empty(at: content.start),
                                   newText: String(repeating: " ", count: indentation) + "# \(marker) disable \(code)" + lineBreak))
        return candidates.first { keepsTheData($0, of: tree) }
    }

    /// Adds `code` to the list of an existing `disable` comment (before its ` -- reason`).
    private static func extend(_ comment: Comment, with code: String, source: SourceFile) -> TextEdit? {
        let full = comment.text
        let body = full.drop { $0 == " " }
        guard body.hasPrefix(marker) else { return nil }
        let command = body.dropFirst(marker.count).drop { $0 == " " }
        guard command.hasPrefix("disable"), !command.hasPrefix("disable-file") else { return nil }
        let codes = command.dropFirst("disable".count)
        var end = codes.range(of: " -- ")?.lowerBound ?? codes.endIndex
        // `disable` with no ids already silences every rule.
        guard !codes[..<end].split(whereSeparator: { $0 == " " || $0 == "," }).isEmpty else { return nil }
        while end > codes.startIndex, full[full.index(before: end)] == " " { end = full.index(before: end) }
        // Substrings share their indices with `full`: the byte count up to `end` is the offset after the `#`.
        return TextEdit(range: .empty(at: comment.range.start + 1 + full[..<end].utf8.count), newText: ", " + code)
    }

    private static func isStandalone(_ comment: Comment, source: SourceFile) -> Bool {
        let start = source.lineIndex.lineStarts[source.lineIndex.line(containing: comment.range.start)]
        return source.bytes[start..<comment.range.start].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private static func keepsTheData(_ edit: TextEdit, of tree: SyntaxTree) -> Bool {
        var bytes = tree.source.bytes
        bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
        let edited = Parser.parse(SourceFile(name: tree.source.name, bytes: bytes))
        return edited.toJSON() == tree.toJSON() && edited.diagnostics.map(\.code) == tree.diagnostics.map(\.code)
    }
}
