/// Converts between UTF-8 byte offsets and (line, character) positions in UTF-8, UTF-16 or UTF-32,
/// in O(log n) per conversion whatever the text: line starts are binary-searched, and within a
/// line only the non-ASCII characters (kept in one sorted table with running totals) are searched.
///
/// Line breaks are `\n`, `\r\n` and a lone `\r`, as in YAML and LSP. Bytes that are not valid
/// UTF-8 count as one unit each in every encoding (as the U+FFFD an editor would show).
/// Positions past the end of a line or of the document are clamped, never trapped on.
public struct LineIndex: Sendable, Equatable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Byte offset at which each line's content ends (before its line break).
    private let lineContentEnds: [Int]
    /// Total byte count.
    public let byteCount: Int
    /// Offsets of the non-ASCII scalars, ascending.
    private let wideOffsets: [Int]
    /// UTF-8 length of each non-ASCII scalar (2, 3 or 4).
    private let wideLengths: [UInt8]
    /// `firstWide[line]`: index into `wideOffsets` of the line's first non-ASCII scalar.
    private let firstWide: [Int]
    /// Running totals of how many fewer units than bytes the scalars before each index take:
    /// `utf16Savings[i]` covers `wideOffsets[0..<i]`. They make every conversion a binary search.
    private let utf16Savings: [Int]
    private let utf32Savings: [Int]
    /// True when the text may hold something a reader would not see as text: bytes that are
    /// not UTF-8, control characters other than tab and line breaks (C0, DEL, C1), a byte-order
    /// mark (U+FEFF) or the noncharacters U+FFFE and U+FFFF. False guarantees there are none,
    /// so a parser may skip its own character check; the scan for line breaks finds them for free.
    public let hasUnusualCharacters: Bool

    public init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        // Offsets are relative to the collection's start, so a contiguous buffer (indexed from 0)
        // gives the same index; scanning one is several times faster than a generic collection.
        if let index = bytes.withContiguousStorageIfAvailable({ LineIndex(contiguous: $0) }) {
            self = index
        } else {
            self = Array(bytes).withUnsafeBufferPointer { LineIndex(contiguous: $0) }
        }
    }

    private init(lineStarts: [Int], lineContentEnds: [Int], byteCount: Int, wideOffsets: [Int], wideLengths: [UInt8], firstWide: [Int],
                 hasUnusualCharacters: Bool) {
        self.lineStarts = lineStarts
        self.lineContentEnds = lineContentEnds
        self.byteCount = byteCount
        self.wideOffsets = wideOffsets
        self.wideLengths = wideLengths
        self.firstWide = firstWide
        self.hasUnusualCharacters = hasUnusualCharacters
        (utf16Savings, utf32Savings) = LineIndex.runningSavings(wideLengths)
    }

    private static func runningSavings(_ wideLengths: [UInt8]) -> ([Int], [Int]) {
        var utf16Savings = [0]
        var utf32Savings = [0]
        utf16Savings.reserveCapacity(wideLengths.count + 1)
        utf32Savings.reserveCapacity(wideLengths.count + 1)
        for length in wideLengths {
            utf16Savings.append(utf16Savings[utf16Savings.count - 1] + LineIndex.saving(length: Int(length), encoding: .utf16))
            utf32Savings.append(utf32Savings[utf32Savings.count - 1] + LineIndex.saving(length: Int(length), encoding: .utf32))
        }
        return (utf16Savings, utf32Savings)
    }

    /// The index of `newBytes`, which are this index's text with the bytes of `range` replaced by
    /// `insertedCount` bytes: only the lines the edit touches, and one on each side, are scanned
    /// again (a line break may join or split across the edit's ends — `\r` then `\n` — but never
    /// further); the rest is shifted. Equal to `LineIndex(newBytes)`.
    public func replacing(_ range: TextRange, insertedCount: Int, in newBytes: [UInt8]) -> LineIndex {
        let start = min(max(range.start, 0), byteCount)
        let end = min(max(range.end, start), byteCount)
        let delta = insertedCount - (end - start)
        // Whether a character the check stands for was only in the removed bytes is not known
        // without a scan; such texts are rare, so they are indexed whole.
        guard !hasUnusualCharacters, newBytes.count == byteCount + delta else { return LineIndex(newBytes) }
        // Old lines `firstLine..<pastLine` are scanned again: the line before the edit's first,
        // through the line after its last. Each boundary sits just after a line break that the
        // edit does not touch, so no character or break straddles it.
        let firstLine = max(line(containing: start) - 1, 0)
        let pastLine = line(containing: end) + 2
        let regionStart = lineStarts[firstLine]
        let oldRegionEnd = pastLine < lineCount ? lineStarts[pastLine] : byteCount
        let newRegionEnd = oldRegionEnd + delta
        let region = newBytes.withUnsafeBufferPointer { buffer in
            LineIndex(contiguous: UnsafeBufferPointer(rebasing: buffer[regionStart..<newRegionEnd]))
        }
        // The region's own last line is the suffix's first when the region ends at a line start.
        let regionLines = pastLine < lineCount ? region.lineCount - 1 : region.lineCount
        let oldWideStart = firstWide[firstLine]
        let oldWideEnd = pastLine < lineCount ? firstWide[pastLine] : wideOffsets.count
        let wideDelta = region.wideOffsets.count - (oldWideEnd - oldWideStart)

        var starts = Array(lineStarts[0..<firstLine])
        var contentEnds = Array(lineContentEnds[0..<firstLine])
        var first = Array(firstWide[0..<firstLine])
        let newLineCount = lineCount - (pastLine < lineCount ? pastLine - firstLine : lineCount - firstLine) + regionLines
        starts.reserveCapacity(newLineCount)
        contentEnds.reserveCapacity(newLineCount)
        first.reserveCapacity(newLineCount)
        for line in 0..<regionLines {
            starts.append(region.lineStarts[line] + regionStart)
            contentEnds.append(region.lineContentEnds[line] + regionStart)
            first.append(region.firstWide[line] + oldWideStart)
        }
        if pastLine < lineCount {
            for line in pastLine..<lineCount {
                starts.append(lineStarts[line] + delta)
                contentEnds.append(lineContentEnds[line] + delta)
                first.append(firstWide[line] + wideDelta)
            }
        }
        var offsets = Array(wideOffsets[0..<oldWideStart])
        var lengths = Array(wideLengths[0..<oldWideStart])
        offsets.reserveCapacity(wideOffsets.count + wideDelta)
        lengths.reserveCapacity(wideOffsets.count + wideDelta)
        for index in region.wideOffsets.indices {
            offsets.append(region.wideOffsets[index] + regionStart)
            lengths.append(region.wideLengths[index])
        }
        for index in oldWideEnd..<wideOffsets.count {
            offsets.append(wideOffsets[index] + delta)
            lengths.append(wideLengths[index])
        }
        return LineIndex(lineStarts: starts, lineContentEnds: contentEnds, byteCount: newBytes.count, wideOffsets: offsets,
                         wideLengths: lengths, firstWide: first, hasUnusualCharacters: region.hasUnusualCharacters)
    }

    private init(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        var lineStarts = [0]
        var lineContentEnds: [Int] = []
        var wideOffsets: [Int] = []
        var wideLengths: [UInt8] = []
        var firstWide = [0]
        var unusual = false
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            // Skip to the next control character (line breaks included), DEL or non-ASCII byte,
            // eight bytes at a time: most bytes are none of these, so the byte-by-byte work
            // below runs only where something happens.
            index = WordScanning.skipPrintableASCII(in: bytes, from: index, to: end)
            guard index < end else { break }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A || byte == 0x0D {
                    lineContentEnds.append(index - bytes.startIndex)
                    if byte == 0x0D, index + 1 < end, bytes[index + 1] == 0x0A { index += 1 }
                    index += 1
                    lineStarts.append(index - bytes.startIndex)
                    firstWide.append(wideOffsets.count)
                    continue
                }
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F { unusual = true }
                index += 1
                continue
            }
            let length = LineIndex.scalarLength(bytes, at: index)
            if LineIndex.isUnusual(bytes, at: index, length: length) { unusual = true }
            if length > 1 {
                wideOffsets.append(index - bytes.startIndex)
                wideLengths.append(UInt8(length))
            }
            index += length
        }
        lineContentEnds.append(end - bytes.startIndex)
        self.lineStarts = lineStarts
        self.lineContentEnds = lineContentEnds
        self.byteCount = end - bytes.startIndex
        self.hasUnusualCharacters = unusual
        self.wideOffsets = wideOffsets
        self.wideLengths = wideLengths
        self.firstWide = firstWide
        var utf16Savings = [0]
        var utf32Savings = [0]
        utf16Savings.reserveCapacity(wideLengths.count + 1)
        utf32Savings.reserveCapacity(wideLengths.count + 1)
        for length in wideLengths {
            utf16Savings.append(utf16Savings[utf16Savings.count - 1] + LineIndex.saving(length: Int(length), encoding: .utf16))
            utf32Savings.append(utf32Savings[utf32Savings.count - 1] + LineIndex.saving(length: Int(length), encoding: .utf32))
        }
        self.utf16Savings = utf16Savings
        self.utf32Savings = utf32Savings
    }

    private func savings(_ encoding: PositionEncoding, from first: Int, to last: Int) -> Int {
        switch encoding {
        case .utf8: return 0
        case .utf16: return utf16Savings[last] - utf16Savings[first]
        case .utf32: return utf32Savings[last] - utf32Savings[first]
        }
    }

    /// Whether the non-ASCII scalar (or invalid byte, `length` 1) at `index` is one that
    /// `hasUnusualCharacters` stands for: not UTF-8, a C1 control (U+0080–U+009F, `C2 80`–`C2 9F`),
    /// U+FEFF (`EF BB BF`), U+FFFE or U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func isUnusual(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        switch length {
        case 1: return true
        case 2: return bytes[index] == 0xC2 && bytes[index + 1] < 0xA0
        case 3:
            guard bytes[index] == 0xEF else { return false }
            return (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
        default: return false
        }
    }

    /// Length of the well-formed UTF-8 scalar starting at `index`, or 1 for an invalid byte.
    private static func scalarLength<Bytes: Collection>(_ bytes: Bytes, at index: Int) -> Int where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 1
        }
        guard index + length <= bytes.endIndex else { return 1 }
        let second = bytes[index + 1]
        // Reject overlong forms, surrogates and scalars past U+10FFFF, as Swift's decoder does.
        switch lead {
        case 0xE0: if second < 0xA0 || second > 0xBF { return 1 }
        case 0xED: if second < 0x80 || second > 0x9F { return 1 }
        case 0xF0: if second < 0x90 || second > 0xBF { return 1 }
        case 0xF4: if second < 0x80 || second > 0x8F { return 1 }
        default: if second & 0xC0 != 0x80 { return 1 }
        }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 1 }
        return length
    }

    public var lineCount: Int { lineStarts.count }

    /// The line holding `offset` (clamped into the document).
    public func line(containing offset: Int) -> Int {
        let offset = min(max(offset, 0), byteCount)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Byte range of a line's content, without its line break (clamped to the document's lines).
    public func contentRange(ofLine line: Int) -> TextRange {
        let line = min(max(line, 0), lineCount - 1)
        return TextRange(start: lineStarts[line], end: lineContentEnds[line])
    }

    /// The position of a byte offset. An offset inside a line break or a multi-byte character
    /// is moved back to the start of it.
    public func position(of offset: Int, in encoding: PositionEncoding) -> LinePosition {
        let offset = min(max(offset, 0), byteCount)
        let line = line(containing: offset)
        let start = lineStarts[line]
        var clamped = min(offset, lineContentEnds[line])
        let (first, limit) = wideBounds(ofLine: line)
        // Non-ASCII scalars of this line that start before `clamped`.
        let before = lowerBound(wideOffsets, clamped, from: first, to: limit)
        if before > first {
            let previous = before - 1
            let previousEnd = wideOffsets[previous] + Int(wideLengths[previous])
            if clamped < previousEnd { clamped = wideOffsets[previous] }
        }
        let bytes = clamped - start
        let fullyBefore = lowerBound(wideOffsets, clamped, from: first, to: limit)
        return LinePosition(line: line, character: bytes - savings(encoding, from: first, to: fullyBefore))
    }

    /// The byte offset of a position. A line past the end clamps to the document's end; a
    /// character past the end of its line clamps to the line's end; a position inside a
    /// character (half of a UTF-16 surrogate pair) moves to its start.
    public func offset(of position: LinePosition, in encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineCount else { return byteCount }
        let line = position.line
        let start = lineStarts[line]
        let contentEnd = lineContentEnds[line]
        let character = max(position.character, 0)
        if encoding == .utf8 {
            var offset = min(start + character, contentEnd)
            let (first, limit) = wideBounds(ofLine: line)
            let after = lowerBound(wideOffsets, offset + 1, from: first, to: limit)
            if after > first {
                let candidate = after - 1
                if offset < wideOffsets[candidate] + Int(wideLengths[candidate]) { offset = wideOffsets[candidate] }
            }
            return offset
        }
        let (first, limit) = wideBounds(ofLine: line)
        // Units from the line start to the end of non-ASCII scalar `index`; increasing in `index`.
        func unitsThrough(_ index: Int) -> Int {
            wideOffsets[index] + Int(wideLengths[index]) - start - savings(encoding, from: first, to: index + 1)
        }
        var low = first
        var high = limit
        while low < high {
            let mid = (low + high) / 2
            if unitsThrough(mid) <= character { low = mid + 1 } else { high = mid }
        }
        // `low` is the first scalar that does not end at or before `character`.
        if low < limit {
            let unitsBefore = wideOffsets[low] - start - savings(encoding, from: first, to: low)
            if unitsBefore < character { return wideOffsets[low] }
        }
        return min(start + character + savings(encoding, from: first, to: low), contentEnd)
    }

    public func lineRange(of range: TextRange, in encoding: PositionEncoding) -> LineRange {
        LineRange(start: position(of: range.start, in: encoding), end: position(of: range.end, in: encoding))
    }

    public func textRange(of range: LineRange, in encoding: PositionEncoding) -> TextRange {
        TextRange(start: offset(of: range.start, in: encoding), end: offset(of: range.end, in: encoding))
    }

    /// How many fewer units than bytes a scalar of `length` UTF-8 bytes takes in `encoding`.
    private static func saving(length: Int, encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return 0
        case .utf16: return length == 4 ? 2 : length - 1
        case .utf32: return length - 1
        }
    }

    /// The indices into `wideOffsets` of a line's non-ASCII scalars.
    private func wideBounds(ofLine line: Int) -> (Int, Int) {
        (firstWide[line], line + 1 < firstWide.count ? firstWide[line + 1] : wideOffsets.count)
    }

    /// First index in `values[from..<to]` whose value is ≥ `target`.
    private func lowerBound(_ values: [Int], _ target: Int, from: Int, to: Int) -> Int {
        var low = from
        var high = to
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
