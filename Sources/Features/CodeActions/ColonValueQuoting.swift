import SourceText
import Syntax

/// `summary: Our aim: more people at home` is a syntax error: the second `: ` would start a
/// mapping inside the value. When the value is plain text on its key's line, the fix quotes it,
/// as the parser's message suggests when the colon belongs to the text.
enum ColonValueQuoting {
    static let code = SyntaxRule.collectionOnKeyLine.id

    /// The edit quoting the value on the diagnostic's line, or nil when the line is not a key and a
    /// plain value with another `: ` in it.
    static func fix(for diagnostic: Diagnostic, in tree: SyntaxTree) -> Fix? {
        guard diagnostic.code == code else { return nil }
        let source = tree.source
        let line = source.lineIndex.contentRange(ofLine: source.lineIndex.line(containing: diagnostic.range.start))
        let bytes = Array(source.bytes[line.start..<line.end])
        var index = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: " ") { index += 2 }
        // The key's colon: the first `: ` on the line.
        guard let colon = colonSpace(in: bytes, from: index) else { return nil }
        var start = colon + 2
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = bytes.count
        if let comment = commentStart(in: bytes, from: start) { end = comment }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard start < end, !"\"'[{|>&*!%@`#-?".utf8.contains(bytes[start]),
              colonSpace(in: bytes, from: start) != nil || bytes[end - 1] == UInt8(ascii: ":") else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let quoted = "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return Fix(title: "Quote the value so that its colon belongs to the text",
                   edits: [TextEdit(range: TextRange(start: line.start + start, end: line.start + end), newText: quoted)], isSafe: true)
    }

    private static func colonSpace(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: " ") { return index }
            index += 1
        }
        return nil
    }

    /// ` #` starts a comment in plain text.
    private static func commentStart(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: "#") { return index }
            index += 1
        }
        return nil
    }
}
