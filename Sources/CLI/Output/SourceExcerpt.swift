import SourceText

/// The source line of a diagnostic and a `^~~~` underline of its range, as compilers print them.
/// The underline is placed by display columns (an emoji takes two, `£` one; tabs are copied),
/// so it sits under the right characters in a terminal. A range over several lines is
/// underlined to the end of its first line. A very long line is shown as a window around the
/// range, with `…` at the cut ends.
struct SourceExcerpt: Sendable, Hashable {
    let line: String
    let underline: String

    /// Lines longer than this (in bytes) are cut to a window around the range.
    static let longLine = 400
    /// How much of a long line is shown before the range starts.
    static let contextBefore = 120

    init(line: String, underline: String) {
        self.line = line
        self.underline = underline
    }

    init(range: TextRange, in source: SourceFile) {
        let bytes = source.bytes
        let index = source.lineIndex
        let lineNumber = index.line(containing: range.start)
        let content = index.contentRange(ofLine: lineNumber)
        var contentStart = content.start
        if lineNumber == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { contentStart = min(3, content.end) }
        let start = min(max(range.start, contentStart), content.end)
        let end = min(max(range.end, start), content.end)

        var windowStart = contentStart
        var windowEnd = content.end
        if content.end - contentStart > Self.longLine {
            windowStart = Self.scalarStart(in: bytes, atOrAfter: max(contentStart, start - Self.contextBefore), limit: start)
            windowEnd = Self.scalarStart(in: bytes, atOrBefore: min(content.end, windowStart + Self.longLine), floor: start)
        }
        let cutBefore = windowStart > contentStart
        let cutAfter = windowEnd < content.end
        let insideEnd = min(end, windowEnd)

        let before = String(decoding: bytes[windowStart..<start], as: UTF8.self)
        let inside = String(decoding: bytes[start..<insideEnd], as: UTF8.self)
        let after = String(decoding: bytes[insideEnd..<windowEnd], as: UTF8.self)

        var shown = cutBefore ? "…" : ""
        shown += TerminalText.sanitized(before + inside + after)
        if cutAfter { shown += "…" }

        var underline = cutBefore ? " " : ""
        for character in before {
            underline += character == "\t" ? "\t" : String(repeating: " ", count: TerminalText.width(of: character))
        }
        let width = inside.reduce(0) { $0 + ($1 == "\t" ? 1 : TerminalText.width(of: $1)) }
        underline += "^" + String(repeating: "~", count: max(0, width - 1))
        self.line = shown
        self.underline = underline
    }

    /// The first scalar boundary at or after `offset` (not past `limit`).
    private static func scalarStart(in bytes: [UInt8], atOrAfter offset: Int, limit: Int) -> Int {
        var offset = offset
        while offset < limit, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        return offset
    }

    /// The last scalar boundary at or before `offset` (not before `floor`).
    private static func scalarStart(in bytes: [UInt8], atOrBefore offset: Int, floor: Int) -> Int {
        var offset = offset
        while offset > floor, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }
}
