import JSONSupport

/// The schemas attribute what they say to a seed by its number, for the tests that trace every
/// word to the sources: "… the population (001, element 3)", "(003 L297–322)", "003:1112 “…”".
/// A commissioner has the book, not our numbering, and every shown text is followed by the
/// citation of its source ("IPC, Commissioning for Health and Social Care, ch. 2, …"), so what
/// the tool shows keeps the locator ("element 3", "Table 2.7", a quotation) and drops the numbers
/// and line references. Descriptions name a seed outside brackets only where the sentence names
/// the book in words too ("the ten of 001" is written "the ten the sources list (001)"): a test
/// checks that no number is left in any shown description.
public enum SeedNumbers {
    /// `text` as a reader sees it: seed line references (`001:216`, `003:469-476`, `L297–322`)
    /// removed everywhere, seed numbers removed inside brackets, and brackets left empty dropped.
    public static func removed(from text: String) -> String {
        let bytes = Array(text.utf8)
        guard mayHoldReference(bytes) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if startsWord(bytes, at: index), let end = seedReference(bytes, at: index, insideBrackets: depth > 0) {
                index = skipSpaces(bytes, from: end)
                continue
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: tidyBrackets(output), as: UTF8.self)
    }

    /// Whether `text` still names a seed by number or line, as a shown text must not.
    public static func mentionsSeed(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.indices.contains { startsWord(bytes, at: $0) && seedReference(bytes, at: $0, insideBrackets: true) != nil }
    }

    // MARK: Recognising a reference

    private static let space = UInt8(ascii: " ")

    /// Every reference starts with `0` (a seed number) or `L` (a line); a text with neither is
    /// returned as it is, without copying.
    private static func mayHoldReference(_ bytes: [UInt8]) -> Bool {
        bytes.indices.contains { bytes[$0] == UInt8(ascii: "0") || bytes[$0] == UInt8(ascii: "L") }
    }

    /// A reference begins a word: after a space, a bracket or the start; so `1,000` and `£250,000`
    /// are amounts, not seed 000.
    private static func startsWord(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index > 0 else { return true }
        return [space, UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "\n")].contains(bytes[index - 1])
    }

    /// The end of the reference starting at `index`, with what belongs to it (`'s`, a colon), or
    /// nil. A line reference is removed anywhere; a bare seed number only inside brackets, where
    /// it attributes ("(001 Table 2.7)"), not in a sentence where it is the subject.
    private static func seedReference(_ bytes: [UInt8], at index: Int, insideBrackets: Bool) -> Int? {
        if let end = seedNumber(bytes, at: index) {
            if bytes.count > end + 1, bytes[end] == UInt8(ascii: ":"), isDigit(bytes[end + 1]) {
                var after = lineRange(bytes, from: end + 1)
                if after < bytes.count, bytes[after] == UInt8(ascii: ":") { after += 1 }
                return after
            }
            guard insideBrackets else { return nil }
            var after = end
            if bytes.count > after + 1, bytes[after] == UInt8(ascii: "'"), bytes[after + 1] == UInt8(ascii: "s") { after += 2 }
            if after < bytes.count, bytes[after] == UInt8(ascii: ":") { after += 1 }
            return after
        }
        // `L297–322`: two digits at least, so that a level written `L1` is not taken for a line.
        if insideBrackets, bytes[index] == UInt8(ascii: "L"), digits(bytes, from: index + 1) >= index + 3 {
            let end = lineRange(bytes, from: index + 1)
            return end == bytes.count || !isLetter(bytes[end]) ? end : nil
        }
        return nil
    }

    /// `000` to `004`, not followed by another digit or letter.
    private static func seedNumber(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "0"), bytes[index + 1] == UInt8(ascii: "0"),
              (UInt8(ascii: "0")...UInt8(ascii: "4")).contains(bytes[index + 2]) else { return nil }
        let end = index + 3
        if end < bytes.count, isDigit(bytes[end]) || isLetter(bytes[end]) { return nil }
        return end
    }

    /// `216`, `469-476` or `297–322` from `index`: the end of the digits and any range.
    private static func lineRange(_ bytes: [UInt8], from index: Int) -> Int {
        var end = digits(bytes, from: index)
        let enDash: [UInt8] = [0xE2, 0x80, 0x93]
        if end < bytes.count, bytes[end] == UInt8(ascii: "-"), end + 1 < bytes.count, isDigit(bytes[end + 1]) {
            end = digits(bytes, from: end + 1)
        } else if end + 3 < bytes.count, Array(bytes[end..<end + 3]) == enDash, isDigit(bytes[end + 3]) {
            end = digits(bytes, from: end + 3)
        }
        return end
    }

    private static func digits(_ bytes: [UInt8], from index: Int) -> Int {
        var end = index
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return end
    }

    private static func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] == space { end += 1 }
        return end
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    // MARK: Tidying what is left

    /// Inside each pair of brackets, separators left at either end or doubled by a removal are
    /// dropped (`(; also Table 2.6)` → `(also Table 2.6)`, `(Figure 18, )` → `(Figure 18)`);
    /// a pair left empty goes, with the space before it.
    private static func tidyBrackets(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var openings: [Int] = []
        for byte in bytes {
            if byte == UInt8(ascii: "(") {
                openings.append(output.count)
                output.append(byte)
            } else if byte == UInt8(ascii: ")"), let opening = openings.popLast() {
                close(at: opening, &output)
            } else if let opening = openings.last, dropsLeftOver(byte, from: &output, after: opening) {
                continue
            } else {
                output.append(byte)
            }
        }
        return output
    }

    /// Whether `byte` is left over and goes: a space just inside an opening bracket, or a
    /// separator with nothing before it to separate ("(, ", ", ;"), taking the spaces before it.
    private static func dropsLeftOver(_ byte: UInt8, from output: inout [UInt8], after opening: Int) -> Bool {
        if byte == space { return output.count - 1 == opening }
        guard isSeparator(byte) else { return false }
        let last = lastNonSpace(output, after: opening)
        guard last == opening || isSeparator(output[last]) else { return false }
        output.removeSubrange((last + 1)...)
        return true
    }

    /// Ends the bracket opened at `opening`: separators and spaces before it go, and a pair left
    /// empty goes whole, with the space before it.
    private static func close(at opening: Int, _ output: inout [UInt8]) {
        while let last = output.last, last == space || isSeparator(last), output.count - 1 > opening { output.removeLast() }
        guard output.count - 1 == opening else {
            output.append(UInt8(ascii: ")"))
            return
        }
        output.removeLast()
        if output.last == space { output.removeLast() }
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") }

    /// The index of the last byte of `output` that is not a space, no further back than the
    /// innermost opening bracket.
    private static func lastNonSpace(_ output: [UInt8], after opening: Int) -> Int {
        var index = output.count - 1
        while index > opening, output[index] == space { index -= 1 }
        return index
    }
}

extension JSONValue {
    /// This schema object's `description`, as shown to a reader (`SeedNumbers.removed`).
    public var shownDescription: String? {
        self["description"]?.stringValue.map(SeedNumbers.removed)
    }
}
