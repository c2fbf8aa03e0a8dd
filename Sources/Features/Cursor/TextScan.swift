import SourceText
import Syntax

/// Byte-level looks at the text around a cursor, for what the tree cannot say about a line being
/// typed (the word under the cursor, whether a comment has started).
enum TextScan {
    /// Bytes that end a word: blanks, line breaks, YAML indicators that separate values.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    /// The word around `offset` (possibly empty): what a completion replaces.
    static func word(around offset: Int, in bytes: [UInt8]) -> TextRange {
        let offset = min(max(offset, 0), bytes.count)
        var start = offset
        while start > 0, !isDelimiter(bytes[start - 1]) { start -= 1 }
        var end = offset
        while end < bytes.count, !isDelimiter(bytes[end]) { end += 1 }
        return TextRange(start: start, end: end)
    }

    /// True when the cursor is inside a comment (after its `#`).
    static func isInComment(_ offset: Int, comments: [Comment]) -> Bool {
        var low = 0
        var high = comments.count
        while low < high {
            let middle = (low + high) / 2
            if comments[middle].range.start < offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return false }
        let comment = comments[low - 1]
        return offset > comment.range.start && offset <= comment.range.end
    }

    /// The column (in bytes) of `offset` on its line.
    static func column(of offset: Int, in source: SourceFile) -> Int {
        offset - source.lineIndex.lineStarts[source.lineIndex.line(containing: offset)]
    }

    /// The byte just before `offset`, if any.
    static func byte(before offset: Int, in bytes: [UInt8]) -> UInt8? {
        offset > 0 && offset <= bytes.count ? bytes[offset - 1] : nil
    }
}
