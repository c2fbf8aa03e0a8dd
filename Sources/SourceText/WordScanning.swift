/// Looking at text eight bytes at a time: most bytes of a document are printable ASCII that
/// needs no byte-by-byte look, and one 64-bit test tells whether a word holds any other.
/// Shared by the line index, the parser's encoding check and its plain-scalar scanner.
public enum WordScanning {
    /// The first index at or after `index` whose 8-byte word is not all printable ASCII
    /// (0x20...0x7E), positioned at the first such byte of that word; or the first index from
    /// which fewer than eight bytes remain before `end`. The caller looks at the rest byte by byte.
    @inlinable
    public static func skipPrintableASCII(in bytes: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        var index = index
        while index + 8 <= end {
            let found = notPrintableASCII(word(at: base + index))
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        return index
    }

    /// The eight bytes at `address`, the first in the lowest byte.
    @inlinable @inline(__always)
    public static func word(at address: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(address).loadUnaligned(as: UInt64.self))
    }

    /// A mask with the high bit set in the lowest byte of `word` outside 0x20...0x7E (a control
    /// character or line break, DEL, or non-ASCII), or 0 if there is none. Bits for later bytes
    /// may be set spuriously (a borrow carries past a match), which is harmless: only the lowest
    /// is used.
    @inlinable @inline(__always)
    public static func notPrintableASCII(_ word: UInt64) -> UInt64 {
        let below = (word &- ones &* 0x20) & ~word & highs   // exact up to the first non-ASCII byte
        return (word & highs) | below | zeroBytes(word ^ (ones &* 0x7F))
    }

    /// The high bit of each byte of `word` equal to `byte`; only the lowest set bit is exact.
    @inlinable @inline(__always)
    public static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }

    /// The high bit of each zero byte of `value`; only the lowest set bit is exact.
    @inlinable @inline(__always)
    public static func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }

    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080
}
