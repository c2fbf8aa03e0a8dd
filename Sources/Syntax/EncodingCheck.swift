import SourceText

extension ParserState {
    /// One pass over the bytes before parsing: reports bytes that are not UTF-8
    /// (`syntax/invalid-utf8`) and characters YAML does not allow (`syntax/invalid-character`:
    /// C0/C1 controls other than tab and line breaks, DEL, U+FFFE, U+FFFF, and a BOM after the
    /// start). Runs of bad bytes become one diagnostic each. The parser then reads such bytes as
    /// ordinary content, so the rest of the document is still parsed.
    /// `bytes` from `start` to `stop`: whole lines (a run of bad bytes never spans a line break).
    mutating func checkEncoding(from start: Int = 0, to stop: Int? = nil) {
        // The line index has already looked at every byte: when it saw nothing unusual, there is
        // nothing to report (its test is a superset of the one below).
        guard lineIndex.hasUnusualCharacters else { return }
        let end = stop ?? self.end
        var index = max(start, end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0)
        var run: (rule: SyntaxRule, start: Int, end: Int)?
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x20 && byte != 0x7F || byte == Byte.tab || byte == Byte.lineFeed || byte == Byte.carriageReturn {
                    if let pending = run { reportEncoding(pending); run = nil }
                    index += 1
                    // Plain ASCII text: skip to the next byte that needs a look (a control
                    // character, a line break, DEL or non-ASCII), eight bytes at a time.
                    index = WordScanning.skipPrintableASCII(in: bytes, from: index, to: end)
                    while index < end {
                        let next = bytes[index]
                        guard next >= 0x20, next < 0x7F else { break }
                        index += 1
                    }
                    continue
                }
                extend(&run, .invalidCharacter, index, index + 1)
                index += 1
                continue
            }
            let length = validUTF8Length(at: index)
            guard length > 0 else {
                extend(&run, .invalidUTF8, index, index + 1)
                index += 1
                continue
            }
            let scalar = decodeScalar(at: index, length: length)
            let printable = scalar == 0x85 || (scalar >= 0xA0 && scalar != 0xFEFF && scalar != 0xFFFE && scalar != 0xFFFF)
            if printable {
                if let pending = run { reportEncoding(pending); run = nil }
            } else {
                extend(&run, .invalidCharacter, index, index + length)
            }
            index += length
        }
        if let pending = run { reportEncoding(pending) }
    }

    private mutating func extend(_ run: inout (rule: SyntaxRule, start: Int, end: Int)?, _ rule: SyntaxRule, _ start: Int, _ stop: Int) {
        if let current = run, current.rule == rule, current.end == start {
            run = (rule, current.start, stop)
        } else {
            if let current = run { reportEncoding(current) }
            run = (rule, start, stop)
        }
    }

    private mutating func reportEncoding(_ run: (rule: SyntaxRule, start: Int, end: Int)) {
        let range = TextRange(start: run.start, end: run.end)
        if run.rule == .invalidUTF8 {
            report(.invalidUTF8, range, "\(run.end - run.start == 1 ? "This byte is" : "These \(run.end - run.start) bytes are") not UTF-8 text (was the file saved as Windows-1252 or Latin-1?). Save the file as UTF-8 and retype the character.")
        } else {
            let scalar = run.end - run.start <= 4 ? decodeScalar(at: run.start, length: run.end - run.start) : 0
            let name = scalar == 0xFEFF ? "a byte-order mark (U+FEFF), which may only start the file"
                : "an invisible control character\(scalar > 0 || run.end - run.start == 1 ? " (U+\(hex(scalar)))" : "s")"
            report(.invalidCharacter, range, "This is \(name); YAML does not allow it here. Delete it.")
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Length of the well-formed UTF-8 sequence at `index` (2–4), or 0 if it is not one
    /// (overlong forms, surrogates and values past U+10FFFF are not well formed).
    func validUTF8Length(at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2 ... 0xDF: length = 2
        case 0xE0 ... 0xEF: length = 3
        case 0xF0 ... 0xF4: length = 4
        default: return 0
        }
        guard index + length <= end else { return 0 }
        let second = bytes[index + 1]
        switch lead {
        case 0xE0: guard second >= 0xA0, second <= 0xBF else { return 0 }
        case 0xED: guard second >= 0x80, second <= 0x9F else { return 0 }
        case 0xF0: guard second >= 0x90, second <= 0xBF else { return 0 }
        case 0xF4: guard second >= 0x80, second <= 0x8F else { return 0 }
        default: guard second & 0xC0 == 0x80 else { return 0 }
        }
        for offset in 2 ..< length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    func decodeScalar(at index: Int, length: Int) -> UInt32 {
        guard length > 1 else { return UInt32(bytes[index]) }
        var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1 ..< length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }
}
