import SourceText

extension ParserState {
    /// Scans a single- or double-quoted scalar starting at its opening quote.
    ///
    /// A quoted scalar may continue over lines indented more than `parentIndent`; line breaks
    /// fold as in YAML (one break → a space, n empty lines → n line feeds; blanks around a
    /// break are dropped; in double quotes `\` before a break joins the lines without a space).
    /// If the closing quote is missing, the scalar is closed at the end of the last line it may
    /// cover (never past a less-indented line or a document marker), reported, and parsing
    /// goes on from the next line: a quote typed on one line never swallows the document.
    ///
    /// Returns the node and whether it spans lines (a key must not).
    mutating func scanQuoted(parentIndent: Int) -> (node: SyntaxNode, multiLine: Bool) {
        let open = position
        let quote = bytes[open]
        let isDouble = quote == Byte.doubleQuote
        let style: ScalarStyle = isDouble ? .doubleQuoted : .singleQuoted
        var index = open + 1
        // Fast path: one line, no escapes.
        while index < end {
            let byte = bytes[index]
            if byte == quote || byte == Byte.backslash || byte == Byte.lineFeed || byte == Byte.carriageReturn { break }
            index += 1
        }
        if index < end, bytes[index] == quote, isDouble || index + 1 >= end || bytes[index + 1] != quote {
            position = index + 1
            let text = string(open + 1 ..< index)
            return (makeScalar(TextRange(start: open, end: index + 1), style, text, .string(text)), false)
        }
        var text: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[open + 1 ..< index]))
        // Length of `text` without the blanks that a following line break would drop.
        var keep = text.count
        while keep > 0, Byte.isBlank(text[keep - 1]) { keep -= 1 }
        var multiLine = false
        var lastLineStart = lineStart
        var escapedBreak = false
        while index < end {
            let byte = bytes[index]
            if byte == quote {
                if !isDouble, index + 1 < end, bytes[index + 1] == quote {
                    text.append(quote)
                    keep = text.count
                    index += 2
                    continue
                }
                position = index + 1
                lineStart = lastLineStart
                let string = String(decoding: text, as: UTF8.self)
                return (makeScalar(TextRange(start: open, end: index + 1), style, string, .string(string)), multiLine)
            }
            if isDouble, byte == Byte.backslash {
                if index + 1 < end, Byte.isBreak(bytes[index + 1]) {
                    // The blanks before an escaped break are content.
                    keep = text.count
                    escapedBreak = true
                    index += 1
                    continue
                }
                index = decodeEscape(at: index, into: &text)
                keep = text.count
                continue
            }
            if byte == Byte.lineFeed || byte == Byte.carriageReturn {
                if !escapedBreak { text.removeLast(text.count - keep) }
                // Look at the following lines: empty ones fold to line feeds; the next line with
                // content must be indented more than the parent and not be a document marker.
                var emptyLines = 0
                var lineBegin = afterBreak(at: index)
                var contentAt = lineBegin
                var indent = 0
                while true {
                    var scan = lineBegin
                    while scan < end, bytes[scan] == Byte.space { scan += 1 }
                    indent = scan - lineBegin
                    while scan < end, Byte.isBlank(bytes[scan]) { scan += 1 }
                    if scan < end, Byte.isBreak(bytes[scan]) {
                        emptyLines += 1
                        lineBegin = afterBreak(at: scan)
                        continue
                    }
                    contentAt = scan
                    break
                }
                if contentAt >= end || indent <= parentIndent || (indent == 0 && isDocumentMarker(at: lineBegin)) {
                    return unclosedQuote(open: open, style: style, text: text, lastContentEnd: trimmedEnd(index, floor: open + 1), lastLineStart: lastLineStart, multiLine: multiLine)
                }
                if emptyLines == 0 {
                    if !escapedBreak { text.append(Byte.space) }
                } else {
                    for _ in 0 ..< emptyLines { text.append(Byte.lineFeed) }
                }
                keep = text.count
                escapedBreak = false
                multiLine = true
                lastLineStart = lineBegin
                index = contentAt
                continue
            }
            text.append(byte)
            if !Byte.isBlank(byte) { keep = text.count }
            index += 1
        }
        return unclosedQuote(open: open, style: style, text: text, lastContentEnd: trimmedEnd(end, floor: open + 1), lastLineStart: lastLineStart, multiLine: multiLine)
    }

    private mutating func unclosedQuote(open: Int, style: ScalarStyle, text: [UInt8], lastContentEnd: Int, lastLineStart: Int, multiLine: Bool) -> (node: SyntaxNode, multiLine: Bool) {
        let quote = style == .doubleQuoted ? "\"" : "'"
        let openingLineEnd = trimmedEnd(lineEnd(from: open), floor: open + 1)
        report(.unclosedQuote, TextRange(start: open, end: openingLineEnd),
               "This quoted value has no closing \(quote). Add \(quote) at the end of the value\(style == .singleQuoted ? " (write a quote inside it as '')" : "").")
        position = lastContentEnd
        lineStart = lastLineStart
        var text = text
        while let last = text.last, Byte.isBlank(last) { text.removeLast() }
        let string = String(decoding: text, as: UTF8.self)
        return (makeScalar(TextRange(start: open, end: lastContentEnd), style, string, .string(string)), multiLine)
    }

    /// Decodes the escape whose backslash is at `index`, appends its UTF-8 to `text`, and
    /// returns the offset after it. An invalid escape is reported and kept as written.
    private mutating func decodeEscape(at index: Int, into text: inout [UInt8]) -> Int {
        guard index + 1 < end else {
            report(.invalidEscape, TextRange(start: index, end: index + 1), "A '\\' ends the document. Write '\\\\' for a backslash.")
            text.append(Byte.backslash)
            return index + 1
        }
        let code = bytes[index + 1]
        let simple: UInt32?
        switch code {
        case UInt8(ascii: "0"): simple = 0x00
        case UInt8(ascii: "a"): simple = 0x07
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "t"), Byte.tab: simple = 0x09
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "v"): simple = 0x0B
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "e"): simple = 0x1B
        case Byte.space: simple = 0x20
        case Byte.doubleQuote: simple = 0x22
        case UInt8(ascii: "/"): simple = 0x2F
        case Byte.backslash: simple = 0x5C
        case UInt8(ascii: "N"): simple = 0x85
        case UInt8(ascii: "_"): simple = 0xA0
        case UInt8(ascii: "L"): simple = 0x2028
        case UInt8(ascii: "P"): simple = 0x2029
        default: simple = nil
        }
        if let simple {
            appendUTF8(simple, to: &text)
            return index + 2
        }
        let digits: Int
        switch code {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            let length = utf8Length(at: index + 1)
            let shown = string(index ..< index + 1 + length)
            report(.invalidEscape, TextRange(start: index, end: index + 1 + length),
                   "'\(shown)' is not a YAML escape. Write '\\\\' for a backslash, or use single quotes, where '\\' has no special meaning.")
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index ..< index + 1 + length]))
            return index + 1 + length
        }
        var value: UInt32 = 0
        var scan = index + 2
        while scan < index + 2 + digits, scan < end, let digit = hexValue(bytes[scan]) {
            value = value << 4 | digit
            scan += 1
        }
        guard scan == index + 2 + digits, value <= 0x10FFFF, !(0xD800 ... 0xDFFF).contains(value) else {
            let stop = max(scan, index + 2)
            report(.invalidEscape, TextRange(start: index, end: stop),
                   scan == index + 2 + digits
                       ? "'\(string(index ..< stop))' is not a Unicode character (surrogate or beyond U+10FFFF)."
                       : "'\\\(Character(Unicode.Scalar(code)))' must be followed by \(digits) hexadecimal digits, as in '\\u00A3' for £.")
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index ..< stop]))
            return stop
        }
        appendUTF8(value, to: &text)
        return scan
    }

    /// Bytes in the UTF-8 character starting at `index` (1 for an invalid lead byte).
    func utf8Length(at index: Int) -> Int {
        guard index < end else { return 0 }
        let lead = bytes[index]
        let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return min(length, end - index)
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}

/// Appends the UTF-8 encoding of a Unicode scalar value (the caller has checked it is one).
func appendUTF8(_ value: UInt32, to text: inout [UInt8]) {
    switch value {
    case 0 ..< 0x80:
        text.append(UInt8(value))
    case 0x80 ..< 0x800:
        text.append(UInt8(0xC0 | value >> 6))
        text.append(UInt8(0x80 | value & 0x3F))
    case 0x800 ..< 0x10000:
        text.append(UInt8(0xE0 | value >> 12))
        text.append(UInt8(0x80 | value >> 6 & 0x3F))
        text.append(UInt8(0x80 | value & 0x3F))
    default:
        text.append(UInt8(0xF0 | value >> 18))
        text.append(UInt8(0x80 | value >> 12 & 0x3F))
        text.append(UInt8(0x80 | value >> 6 & 0x3F))
        text.append(UInt8(0x80 | value & 0x3F))
    }
}
