#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The first and last bytes that differ between two texts: the old text's `start ..< end`
/// became the new text's `start ..< end + delta`.
public struct ByteChange: Sendable, Equatable {
    /// The first byte that differs (in both texts).
    public let start: Int
    /// Where the old text starts to agree again with the new text's end.
    public let end: Int
    /// The new text's length less the old's.
    public let delta: Int

    /// Nil when the texts are the same.
    public init?(from old: [UInt8], to new: [UInt8]) {
        let shorter = min(old.count, new.count)
        let prefix = old.withUnsafeBufferPointer { o in new.withUnsafeBufferPointer { n in Self.commonPrefix(o, n, limit: shorter) } }
        if prefix == shorter, old.count == new.count { return nil }
        let suffix = old.withUnsafeBufferPointer { o in new.withUnsafeBufferPointer { n in Self.commonSuffix(o, n, limit: shorter - prefix) } }
        start = prefix
        end = old.count - suffix
        delta = new.count - old.count
    }

    /// Whole blocks are compared by `memcmp` (vectorised: a keystroke in a long document leaves
    /// hundreds of kilobytes the same on each side), the block that differs eight bytes at a
    /// time, then byte by byte.
    private static let block = 4_096

    private static func commonPrefix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var index = 0
        guard let rawA = UnsafeRawPointer(a.baseAddress), let rawB = UnsafeRawPointer(b.baseAddress) else { return 0 }
        while index + block <= limit, memcmp(rawA + index, rawB + index, block) == 0 { index += block }
        while index + 8 <= limit, rawA.loadUnaligned(fromByteOffset: index, as: UInt64.self) == rawB.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
            index += 8
        }
        while index < limit, a[index] == b[index] { index += 1 }
        return index
    }

    private static func commonSuffix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var count = 0
        guard let rawA = UnsafeRawPointer(a.baseAddress), let rawB = UnsafeRawPointer(b.baseAddress) else { return 0 }
        while count + block <= limit, memcmp(rawA + (a.count - count - block), rawB + (b.count - count - block), block) == 0 { count += block }
        while count + 8 <= limit,
              rawA.loadUnaligned(fromByteOffset: a.count - count - 8, as: UInt64.self) == rawB.loadUnaligned(fromByteOffset: b.count - count - 8, as: UInt64.self) {
            count += 8
        }
        while count < limit, a[a.count - count - 1] == b[b.count - count - 1] { count += 1 }
        return count
    }
}
