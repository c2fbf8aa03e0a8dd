import SourceText
import Syntax

/// The edit that adds one `key: value` line as the last entry of a block mapping, at the column
/// of the mapping's keys and with the document's own line break — the one place where an added
/// key is certainly valid YAML. Used by quick fixes that add a missing key (`finding:`, `purpose:`).
enum MappingKeyInsertion {
    /// Nil when there is no such safe place: a flow mapping (`{id: H1}`), an empty mapping, or
    /// keys preceded on their line by anything but spaces and a sequence dash.
    static func edit(adding line: String, to node: SyntaxNode, in source: SourceFile) -> TextEdit? {
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
}
