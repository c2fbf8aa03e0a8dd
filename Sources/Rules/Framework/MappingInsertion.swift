import SourceText
import Syntax

/// Quick-fix edits that add `key: value` lines to a mapping at the indentation its entries
/// already use — the one place where rules decide that an added key is certainly valid YAML.
enum MappingInsertion {
    /// Adds one line as the last entry of a block mapping (a list item's `{id, statement…}` written
    /// as block lines), at the column of its keys and with the document's own line break. Used by
    /// fixes that add a missing key (`finding:`, `purpose:`).
    ///
    /// Nil when there is no such safe place: a flow mapping (`{id: H1}`), an empty mapping, or
    /// keys preceded on their line by anything but spaces and a sequence dash.
    static func edit(adding line: String, toMapping node: SyntaxNode, in source: SourceFile) -> TextEdit? {
        guard let mapping = node.mapping, mapping.style == .block,
              let first = mapping.entries.first, let last = mapping.entries.last else { return nil }
        let lines = source.lineIndex
        let keyStart = first.key.range.start
        let lineStart = lines.lineStarts[lines.line(containing: keyStart)]
        let prefix = source.bytes[lineStart..<keyStart]
        guard prefix.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) else { return nil }
        let indentation = String(repeating: " ", count: prefix.count)
        // The entry's range ends at its value's last byte, which may be the line break of a block scalar.
        let lastLine = lines.line(containing: max(last.range.start, last.range.end - 1))
        guard lastLine + 1 < lines.lineCount else {
            // The mapping ends the document without a final line break.
            return TextEdit(range: .empty(at: lines.byteCount), newText: "\n" + indentation + line)
        }
        let insertion = lines.lineStarts[lastLine + 1]
        let breakBytes = source.bytes[lines.contentRange(ofLine: lastLine).end..<insertion]
        return TextEdit(range: .empty(at: insertion), newText: indentation + line + String(decoding: breakBytes, as: UTF8.self))
    }

    /// Adds entries to the mapping written under a key (`integration:`, `cycle:`): after the last
    /// line of a block mapping, before the `}` of a flow mapping, or on new lines under a key that
    /// has no value yet.
    /// An edit adding `lines` (each `key: value`, without indentation) to the value of `entry`;
    /// nil when the value is something else (text, a list) that entries cannot be added to.
    static func edit(adding lines: [String], toValueOf entry: MappingEntry, in source: SourceFile) -> TextEdit? {
        guard !lines.isEmpty else { return nil }
        let index = source.lineIndex
        let lineBreak = source.bytes.contains(0x0D) ? "\r\n" : "\n"
        func column(of offset: Int) -> Int { offset - index.lineStarts[index.line(containing: offset)] }

        if let value = entry.value, let mapping = value.mapping {
            if mapping.style == .flow {
                let closing = max(value.range.start, value.range.end - 1)
                // An unclosed `{` (being typed) has no brace of its own to insert before: its last
                // byte is then the end of its last entry (perhaps an inner mapping's `}`).
                let lastEntryEnd = mapping.entries.last?.range.end ?? value.range.start + 1
                guard closing >= lastEntryEnd, closing < source.bytes.count, source.bytes[closing] == UInt8(ascii: "}") else { return nil }
                let separator = mapping.entries.isEmpty ? "" : ", "
                return TextEdit(range: .empty(at: closing), newText: separator + lines.joined(separator: ", "))
            }
            let indentation = String(repeating: " ", count: column(of: value.range.start))
            let lastLine = index.line(containing: max(value.range.start, value.range.end - 1))
            let end = index.contentRange(ofLine: lastLine).end
            return TextEdit(range: .empty(at: end), newText: lines.map { lineBreak + indentation + $0 }.joined())
        }
        // `key:` with nothing after it: the entries go on the following lines, two spaces deeper.
        guard entry.colonRange != nil, entry.value?.scalar?.value == .null else { return nil }
        let indentation = String(repeating: " ", count: column(of: entry.key.range.start) + 2)
        let end = index.contentRange(ofLine: index.line(containing: entry.key.range.start)).end
        return TextEdit(range: .empty(at: end), newText: lines.map { lineBreak + indentation + $0 }.joined())
    }
}
