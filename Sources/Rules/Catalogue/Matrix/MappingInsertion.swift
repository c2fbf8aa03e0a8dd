import SourceText
import Syntax

/// Quick-fix edits that add entries to a mapping written under a key (`integration:`, `cycle:`),
/// at the indentation its entries already use: after the last line of a block mapping, before the
/// `}` of a flow mapping, or on new lines under a key that has no value yet.
enum MappingInsertion {
    /// An edit adding `lines` (each `key: value`, without indentation) to the value of `entry`;
    /// nil when the value is something else (text, a list) that entries cannot be added to.
    static func edit(adding lines: [String], to entry: MappingEntry, in source: SourceFile) -> TextEdit? {
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
