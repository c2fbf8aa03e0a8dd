import SourceText

/// A deliberately naive model of LSP positions over bytes, written independently of `LineIndex`
/// (it walks the text from the start with the standard library's UTF-8 decoder every time), to
/// check the fast index against. The rules are those the server documents: line breaks are
/// `\n`, `\r\n` and a lone `\r`; a byte that is not part of well-formed UTF-8 is one unit in
/// every encoding; positions past a line's end clamp to it, a line past the last clamps to the
/// document's end, a negative line to its start; a position inside a character moves to its start.
struct ReferenceText {
    var bytes: [UInt8]

    /// `(start, contentEnd)` of every line; a text always has at least one line.
    var lines: [(start: Int, contentEnd: Int)] {
        var result: [(Int, Int)] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                result.append((start, index))
                index += 1
                start = index
            case 0x0D:
                result.append((start, index))
                index += (index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                start = index
            default:
                index += 1
            }
        }
        result.append((start, bytes.count))
        return result
    }

    /// Byte length and width in `encoding` of the character at `offset`.
    func character(at offset: Int, in encoding: PositionEncoding) -> (length: Int, units: Int) {
        var iterator = bytes[offset...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        guard case let .valid(encoded) = parser.parseScalar(from: &iterator) else { return (1, 1) }
        let scalar = Unicode.UTF8.decode(encoded)
        switch encoding {
        case .utf8: return (encoded.count, encoded.count)
        case .utf16: return (encoded.count, UTF16.width(scalar))
        case .utf32: return (encoded.count, 1)
        }
    }

    func offset(line: Int, character: Int, in encoding: PositionEncoding) -> Int {
        let lines = self.lines
        guard line >= 0 else { return 0 }
        guard line < lines.count else { return bytes.count }
        var offset = lines[line].start
        var units = 0
        while offset < lines[line].contentEnd, units < character {
            let next = self.character(at: offset, in: encoding)
            if units + next.units > character { break }
            units += next.units
            offset += next.length
        }
        return offset
    }

    func position(of offset: Int, in encoding: PositionEncoding) -> LinePosition {
        let offset = min(max(offset, 0), bytes.count)
        let lines = self.lines
        let line = lines.lastIndex { $0.start <= offset } ?? 0
        var cursor = lines[line].start
        var units = 0
        let target = min(offset, lines[line].contentEnd)
        while cursor < target {
            let next = character(at: cursor, in: encoding)
            if cursor + next.length > target { break }
            units += next.units
            cursor += next.length
        }
        return LinePosition(line: line, character: units)
    }

    mutating func replace(from first: Int, to second: Int, with text: String) {
        let (start, end) = (min(first, second), max(first, second))
        bytes = Array(bytes[..<start]) + Array(text.utf8) + Array(bytes[end...])
    }
}
