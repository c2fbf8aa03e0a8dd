import SourceText
import Testing
import TestSupport

/// `ByteChange` compares long texts block by block; what it finds must be what comparing byte
/// by byte finds, wherever the difference falls relative to the blocks' edges.
@Suite struct ByteChangeTests {
    /// The first and last differing bytes, found one byte at a time.
    static func expected(_ old: [UInt8], _ new: [UInt8]) -> [Int]? {
        let shorter = min(old.count, new.count)
        var prefix = 0
        while prefix < shorter, old[prefix] == new[prefix] { prefix += 1 }
        if prefix == shorter, old.count == new.count { return nil }
        var suffix = 0
        while suffix < shorter - prefix, old[old.count - suffix - 1] == new[new.count - suffix - 1] { suffix += 1 }
        return [prefix, old.count - suffix, new.count - old.count]
    }

    static func found(_ old: [UInt8], _ new: [UInt8]) -> [Int]? {
        ByteChange(from: old, to: new).map { [$0.start, $0.end, $0.delta] }
    }

    @Test func findsWhatAByteByByteComparisonFinds() {
        var random = SeededRandom(seed: 20)
        for length in [0, 1, 7, 8, 9, 4_095, 4_096, 4_097, 8_192, 12_289, 40_000] {
            let old = (0..<length).map { _ in UInt8(ascii: "a") + UInt8(random.below(3)) }
            for _ in 0..<40 {
                var new = old
                let start = random.below(length + 1)
                let removed = min(random.below(3), length - start)
                let inserted = (0..<random.below(3)).map { _ in UInt8(ascii: "a") + UInt8(random.below(3)) }
                new.replaceSubrange(start..<(start + removed), with: inserted)
                #expect(Self.found(old, new) == Self.expected(old, new), "length \(length), edit at \(start)")
            }
        }
    }

    @Test func aDifferenceOnEitherSideOfABlockEdgeIsFound() {
        let old = [UInt8](repeating: UInt8(ascii: "x"), count: 3 * 4_096)
        for offset in [0, 4_095, 4_096, 4_097, 8_191, 8_192, 3 * 4_096 - 1] {
            var new = old
            new[offset] = UInt8(ascii: "y")
            #expect(Self.found(old, new) == [offset, offset + 1, 0])
        }
    }
}
