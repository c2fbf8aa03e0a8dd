import Foundation

/// A handful of strings found by their exact UTF-8 bytes with a scan. The names an object schema
/// lists and the values a vocabulary allows are a few short strings, looked up once per key or
/// value of every document: comparing lengths and then bytes costs less than hashing the text
/// for a dictionary.
struct ShortStringTable: Sendable {
    /// Beyond this many entries a dictionary is the better choice.
    static let maximumCount = 16

    private let entries: [[UInt8]]
    /// Every entry is ASCII, so byte equality is also `String` equality (see `slot(of:)`).
    let isASCII: Bool

    /// Nil when there are too many strings for a scan to pay.
    init?(_ strings: [String]) {
        guard strings.count <= Self.maximumCount else { return nil }
        entries = strings.map { Array($0.utf8) }
        isASCII = entries.allSatisfy { $0.allSatisfy { $0 < 0x80 } }
    }

    /// The position of the entry with exactly the bytes of `text`, or nil.
    func index(ofBytes text: String) -> Int? {
        var text = text
        return text.withUTF8 { index(of: $0) }
    }

    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for (position, entry) in entries.enumerated() where entry.count == bytes.count {
            let same = entry.withUnsafeBufferPointer { stored -> Bool in
                guard let left = stored.baseAddress, let right = bytes.baseAddress else { return true } // both empty
                return memcmp(left, right, bytes.count) == 0
            }
            if same { return position }
        }
        return nil
    }
}
