/// Reads structured choices out of the raw bytes a fuzzer hands over, so that every byte string
/// is a valid test case and small mutations make small changes. Past the end it reads zeros.
struct FuzzInput {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A number in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(byte()) % bound }

    /// A small line or character number, occasionally negative or far out of range, as a
    /// careless or hostile client might send.
    mutating func coordinate() -> Int {
        let value = byte()
        switch value {
        case 255: return Int(Int32.max)
        case 254: return 1_000_000
        case 253: return -1
        case 252: return -1_000
        default: return Int(value % 24)
        }
    }

    /// Text built from pieces that matter to positions: line breaks of all three kinds, one to
    /// four byte UTF-8 characters, the YAML indicators.
    mutating func text(maximumPieces: Int) -> String {
        let count = below(maximumPieces + 1)
        var text = ""
        for _ in 0..<count { text += FuzzInput.pieces[below(FuzzInput.pieces.count)] }
        return text
    }

    static let pieces = [
        "a", "b", "key", ": ", "- ", "  ", "\n", "\r\n", "\r", "£", "’", "–", "😀", "é", "𝄞", "\t", "#", "[", "]", "{", "}",
        ",", "\"", "'", "|", ">", "\u{FEFF}", "\u{10FFFF}", "\u{0}", "\u{85}", "\u{2028}",
    ]

    /// Bytes, some of them invalid UTF-8, for a document that came from a file rather than a client.
    mutating func rawBytes(maximumPieces: Int) -> [UInt8] {
        let count = below(maximumPieces + 1)
        var result: [UInt8] = []
        for _ in 0..<count {
            let choice = below(FuzzInput.pieces.count + FuzzInput.invalidPieces.count)
            if choice < FuzzInput.pieces.count {
                result += Array(FuzzInput.pieces[choice].utf8)
            } else {
                result += FuzzInput.invalidPieces[choice - FuzzInput.pieces.count]
            }
        }
        return result
    }

    /// Broken UTF-8: a lone continuation byte, cut sequences, an overlong form, a surrogate.
    static let invalidPieces: [[UInt8]] = [[0x80], [0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80]]
}
