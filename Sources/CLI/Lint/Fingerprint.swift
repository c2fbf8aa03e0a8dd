import SourceText
import Syntax

/// A finding's identity that survives edits elsewhere in its file: a hash of its code, the path
/// of keys from the root to where it is (list positions left out, so inserting an item above
/// does not change it), the text it marks (spaces folded), and which occurrence of that same
/// triple it is in the file. Line numbers are not part of it. Baselines and SARIF's
/// `partialFingerprints` use it.
enum Fingerprint {
    /// Fingerprints for a file's diagnostics, in the order given (document order).
    static func fingerprints(for diagnostics: [Diagnostic], in tree: SyntaxTree) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let keys = tree.path(at: diagnostic.range.start).map { component -> String in
                if case let .key(key) = component { return key }
                return "[]"
            }
            let identity = diagnostic.code + "\u{0}" + keys.joined(separator: "\u{1}") + "\u{0}"
                + folded(tree.source.text(in: cappedRange(diagnostic.range)))
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            return hexadecimal(fnv1a(identity + "\u{0}" + String(occurrence)))
        }
    }

    /// Long ranges (a whole section) are identified by their first 4 KB: enough to tell them
    /// apart, and it keeps the cost of huge documents linear.
    private static func cappedRange(_ range: TextRange) -> TextRange {
        TextRange(start: range.start, end: min(range.end, range.start + 4096))
    }

    /// Runs of white space as one space, trimmed: re-indenting or re-wrapping keeps the identity.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// 64-bit FNV-1a: stable across runs and platforms (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hexadecimal(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
