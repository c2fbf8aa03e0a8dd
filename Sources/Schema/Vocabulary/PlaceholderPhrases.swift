import JSONSupport

/// The words writers put in place of content not yet written (`TODO`, `TBC`, `Not stated…`),
/// read from `content.schema.json` so that the list is data, not Swift. `content.schema.json`'s
/// description says how a value is matched; `match` does what it says.
public struct PlaceholderPhrases: Sendable {
    public static let file = "content.schema.json"
    public static let definition = "placeholder"

    public static let shared = PlaceholderPhrases(documents: SchemaDocuments.documents)

    /// Values that are placeholders on their own, normalised (lower case, single spaces).
    public let wholeValues: Set<String>
    /// Openings that make the whole value a placeholder (`TBC – awaiting the budget`).
    public let leadingPhrases: [String]
    /// The phrases as bytes, by their first byte: most text is rejected on its first letter, and
    /// the rest is compared byte by byte, without building any string.
    private let candidates: [[Pattern]]

    struct Pattern: Sendable {
        let bytes: [UInt8]
        let phrase: String
        /// A whole value must be all of the text (wrapping aside); an opening only its start.
        let isWhole: Bool
    }

    public init(wholeValues: [String], leadingPhrases: [String]) {
        self.wholeValues = Set(wholeValues.map(Self.normalised))
        self.leadingPhrases = leadingPhrases.map(Self.normalised).filter { !$0.isEmpty }
        var candidates = [[Pattern]](repeating: [], count: 256)
        let patterns = self.wholeValues.sorted().map { Pattern(bytes: Array($0.utf8), phrase: $0, isWhole: true) }
            + self.leadingPhrases.map { Pattern(bytes: Array($0.utf8), phrase: $0, isWhole: false) }
        for pattern in patterns {
            guard let first = pattern.bytes.first else { continue }
            candidates[Int(first)].append(pattern)
        }
        self.candidates = candidates
    }

    init(documents: [String: JSONValue]) {
        let definition = documents[Self.file]?["$defs"]?[Self.definition]
        let strings = { (key: String) in definition?[key]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        self.init(wholeValues: strings("x-whole-values"), leadingPhrases: strings("x-leading-phrases"))
    }

    /// The placeholder phrase `text` is, or starts with; nil when it is content. Runs on every
    /// string of every document, so it reads the text's bytes in place.
    public func match(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { match(bytes: $0) }
    }

    private func match(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        while start < bytes.count, Self.isWrapping(bytes[start]) { start += 1 }
        // Text of wrapping characters only (`...`, `-` is not one) is compared as written.
        if start == bytes.count {
            start = 0
            while start < bytes.count, Self.isSpace(bytes[start]) { start += 1 }
        }
        guard start < bytes.count else { return nil }
        for pattern in candidates[Int(Self.lowered(bytes[start]))] {
            guard let end = Self.prefixEnd(of: pattern.bytes, in: bytes, from: start) else { continue }
            if pattern.isWhole {
                if bytes[end...].allSatisfy(Self.isWrapping) { return pattern.phrase }
            } else if end == bytes.count || !Self.startsAWord(bytes, at: end) {
                return pattern.phrase
            }
        }
        return nil
    }

    /// Where `pattern` ends in `bytes` from `start`, ignoring ASCII case, with a space in the
    /// pattern matching any run of white space; nil when it does not match.
    private static func prefixEnd(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var position = start
        for expected in pattern {
            guard position < bytes.count else { return nil }
            if expected == UInt8(ascii: " ") {
                guard isSpace(bytes[position]) else { return nil }
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            } else {
                guard lowered(bytes[position]) == expected else { return nil }
                position += 1
            }
        }
        return position
    }

    /// True when a letter or digit starts at `index` (so `TODOs` or `Tbcare` is not `TODO`/`TBC`).
    private static func startsAWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte >= 0x30 && byte <= 0x39) || (lowered(byte) >= 0x61 && lowered(byte) <= 0x7A) }
        var decoder = UTF8()
        var iterator = bytes[index...].makeIterator()
        guard case let .scalarValue(scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Characters that wrap a placeholder without changing it: `[TBC]`, `*TODO*`, `TBC.`, `TODO:`.
    private static func isWrapping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"):
            true
        default:
            false
        }
    }

    /// Lower case, spaces trimmed and runs of white space made one space (how the phrases are
    /// kept; no phrase is anywhere near 200 characters).
    static func normalised(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.prefix(200) {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result += character.lowercased()
        }
        return result
    }
}
