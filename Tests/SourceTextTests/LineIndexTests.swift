import SourceText
import Testing
import TestSupport

/// `LineIndex` against a slow reference built on the standard library's UTF-8 decoder, on
/// documents mixing `£` (2 bytes), `’` and `–` (3), emoji (4 bytes, a UTF-16 surrogate pair),
/// CRLF, lone CR, a BOM, invalid bytes and a last line without a line break.
@Suite struct LineIndexTests {
    /// One character (or invalid byte) of a line: its byte offset and length, and its size in
    /// each encoding.
    struct Unit {
        let offset: Int
        let length: Int
        let utf16: Int

        func size(_ encoding: PositionEncoding) -> Int {
            switch encoding {
            case .utf8: length
            case .utf16: utf16
            case .utf32: 1
            }
        }
    }

    struct Reference {
        var lines: [[Unit]] = [[]]
        var lineStarts = [0]
        var contentEnds: [Int] = []
        let count: Int

        init(_ bytes: [UInt8]) {
            count = bytes.count
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0A || bytes[index] == 0x0D {
                    contentEnds.append(index)
                    index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                    lineStarts.append(index)
                    lines.append([])
                    continue
                }
                var iterator = bytes[index...].makeIterator()
                var parser = Unicode.UTF8.ForwardParser()
                switch parser.parseScalar(from: &iterator) {
                case let .valid(encoded):
                    let scalar = Unicode.UTF8.decode(encoded)
                    lines[lines.count - 1].append(Unit(offset: index, length: encoded.count, utf16: scalar.utf16.count))
                    index += encoded.count
                case let .error(length):
                    for offset in 0 ..< length { lines[lines.count - 1].append(Unit(offset: index + offset, length: 1, utf16: 1)) }
                    index += length
                case .emptyInput:
                    index = bytes.count
                }
            }
            contentEnds.append(bytes.count)
        }

        func position(of offset: Int, _ encoding: PositionEncoding) -> LinePosition {
            let offset = min(max(offset, 0), count)
            let line = lineStarts.lastIndex { $0 <= offset } ?? 0
            let clamped = min(offset, contentEnds[line])
            var character = 0
            for unit in lines[line] where unit.offset + unit.length <= clamped { character += unit.size(encoding) }
            return LinePosition(line: line, character: character)
        }

        func offset(of position: LinePosition, _ encoding: PositionEncoding) -> Int {
            if position.line < 0 { return 0 }
            if position.line >= lines.count { return count }
            var start = 0
            for unit in lines[position.line] {
                let end = start + unit.size(encoding)
                if position.character < end { return unit.offset }
                start = end
            }
            return contentEnds[position.line]
        }
    }

    static let pieces: [[UInt8]] = ["a", "b ", "£", "’", "–", "😀", "\n", "\r\n", "\r", "\r\n\r\n"].map { Array($0.utf8) }
        + [[0xFF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC3]]

    static func documents() -> [[UInt8]] {
        var generator = SeededRandom(seed: 7)
        var documents: [[UInt8]] = [
            [],
            Array("\u{FEFF}title: Older people’s – services 😀\r\nbudget: £5\rlast line".utf8),
            Array("a\n".utf8),
            Array("😀😀\n\n£".utf8),
        ]
        for _ in 0 ..< 150 {
            var bytes: [UInt8] = generator.next() % 4 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0 ..< Int(generator.next() % 25) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            documents.append(bytes)
        }
        return documents
    }

    @Test func positionsOfEveryOffsetMatchTheReference() {
        for bytes in Self.documents() {
            let index = LineIndex(bytes)
            let reference = Reference(bytes)
            #expect(index.lineCount == reference.lines.count)
            for encoding in PositionEncoding.allCases {
                for offset in -2 ... bytes.count + 2 {
                    let expected = reference.position(of: offset, encoding)
                    let actual = index.position(of: offset, in: encoding)
                    if actual != expected { Issue.record("\(bytes) offset \(offset) \(encoding): \(actual) ≠ \(expected)"); break }
                }
            }
        }
    }

    @Test func offsetsOfEveryPositionMatchTheReference() {
        for bytes in Self.documents() {
            let index = LineIndex(bytes)
            let reference = Reference(bytes)
            for encoding in PositionEncoding.allCases {
                for line in -1 ... reference.lines.count {
                    let width = reference.lines.indices.contains(line) ? reference.lines[line].reduce(0) { $0 + $1.size(encoding) } : 2
                    for character in -1 ... width + 2 {
                        let position = LinePosition(line: line, character: character)
                        let expected = reference.offset(of: position, encoding)
                        let actual = index.offset(of: position, in: encoding)
                        if actual != expected { Issue.record("\(bytes) \(position) \(encoding): \(actual) ≠ \(expected)") }
                    }
                }
            }
        }
    }

    @Test func characterStartsRoundTrip() {
        for bytes in Self.documents() {
            let index = LineIndex(bytes)
            let reference = Reference(bytes)
            let starts = reference.lines.flatMap { $0.map(\.offset) } + reference.contentEnds
            for encoding in PositionEncoding.allCases {
                for offset in starts {
                    let position = index.position(of: offset, in: encoding)
                    #expect(index.offset(of: position, in: encoding) == offset, "\(bytes) \(offset) \(encoding)")
                }
            }
        }
    }

    @Test func knownPositions() {
        let text = "£’–😀x\r\nb"
        let index = LineIndex(Array(text.utf8))
        // x is after 2 + 3 + 3 + 4 bytes.
        #expect(index.position(of: 12, in: .utf8) == LinePosition(line: 0, character: 12))
        #expect(index.position(of: 12, in: .utf16) == LinePosition(line: 0, character: 5))
        #expect(index.position(of: 12, in: .utf32) == LinePosition(line: 0, character: 4))
        // Inside the emoji: moved back to its start.
        #expect(index.position(of: 10, in: .utf16) == LinePosition(line: 0, character: 3))
        // Between the surrogates of the emoji: its start.
        #expect(index.offset(of: LinePosition(line: 0, character: 4), in: .utf16) == 8)
        // Inside CRLF: the end of the line's content.
        #expect(index.position(of: 14, in: .utf16) == LinePosition(line: 0, character: 6))
        #expect(index.position(of: 15, in: .utf16) == LinePosition(line: 1, character: 0))
        // Clamping.
        #expect(index.offset(of: LinePosition(line: 0, character: 99), in: .utf16) == 13)
        #expect(index.offset(of: LinePosition(line: 7, character: 0), in: .utf16) == text.utf8.count)
        #expect(index.position(of: 999, in: .utf32) == LinePosition(line: 1, character: 1))
        #expect(index.lineCount == 2)
        #expect(index.contentRange(ofLine: 0) == TextRange(start: 0, end: 13))
        #expect(index.contentRange(ofLine: 5) == TextRange(start: 15, end: 16))
    }

    @Test func lineBreaks() {
        let index = LineIndex(Array("a\rb\r\nc\n\nd".utf8))
        #expect(index.lineStarts == [0, 2, 5, 7, 8])
        #expect(index.line(containing: 3) == 1)
        #expect(index.line(containing: 4) == 1)
        #expect(index.line(containing: 100) == 4)
        #expect(index.line(containing: -3) == 0)
    }

    @Test func byteOrderMarkIsOneCharacter() {
        let index = LineIndex(Array("\u{FEFF}a".utf8))
        #expect(index.position(of: 3, in: .utf16) == LinePosition(line: 0, character: 1))
        #expect(index.position(of: 3, in: .utf8) == LinePosition(line: 0, character: 3))
    }
}

/// `hasUnusualCharacters` lets the parser skip its character check, so it must be true whenever
/// a document holds any character that check reports, wherever it sits (in the eight-byte scan
/// or in the last few bytes, which are looked at one by one).
@Suite struct UnusualCharacterTests {
    static let ordinary = "title: Older people’s – services 😀\tx\r\nbudget: £5\rlast ~ line é"

    @Test func ordinaryTextHasNone() {
        #expect(!LineIndex(Array(Self.ordinary.utf8)).hasUnusualCharacters)
        #expect(!LineIndex([UInt8]()).hasUnusualCharacters)
        #expect(!LineIndex(Array("a\u{A0}b\u{FEFE}c\u{FFFD}".utf8)).hasUnusualCharacters)
    }

    @Test(arguments: [
        [0x00], [0x01], [0x1B], [0x7F],              // C0 controls and DEL
        [0xC2, 0x80], [0xC2, 0x85], [0xC2, 0x9F],   // C1 controls
        [0xEF, 0xBB, 0xBF],                         // U+FEFF
        [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF],     // U+FFFE, U+FFFF
        [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF],   // not UTF-8
    ] as [[UInt8]])
    func eachUnusualCharacterIsSeenAnywhere(_ character: [UInt8]) {
        let text = Array(Self.ordinary.utf8)
        for offset in [0, 5, 17, text.count - 3, text.count] {
            var bytes = text
            bytes.insert(contentsOf: character, at: offset)
            #expect(LineIndex(bytes).hasUnusualCharacters, "\(character) at \(offset)")
        }
    }
}
