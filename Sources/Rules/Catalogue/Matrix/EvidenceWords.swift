/// The words of a piece of evidence as the matrix comparison counts them: lower case, letters
/// only, English function words left out, and a light stemming so that "shared", "sharing" and
/// "share" — or "strategies" and "strategy" — count as one word. The lists here are English,
/// not commissioning vocabulary: the domain's words come from the matrix itself.
enum EvidenceWords {
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            if current.count > 1 {
                let word = String(decoding: current, as: UTF8.self)
                if !stopWords.contains(word) { result.append(stem(current)) }
            }
            current.removeAll(keepingCapacity: true)
        }
        // Bytes, not Characters: this runs on every keystroke. Only ASCII letters make words —
        // the matrix's own words are all ASCII, so a word with other letters could never match
        // one anyway, and apostrophes (’) and punctuation separate words.
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            default: flush()
            }
        }
        flush()
        return result
    }

    static func stem(_ word: String) -> String { stem(Array(word.utf8)) }

    /// The evidence's own spelling of the first word that counts as one of `stems` ("jointly"
    /// for `joint`), to quote it back to the writer.
    static func firstWritten(in text: String, stemmingTo stems: Set<String>) -> String? {
        text.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).lazy.map(String.init).first { written in
            let lowered = written.lowercased()
            return lowered.count > 1 && !stopWords.contains(lowered) && stems.contains(stem(lowered))
        }
    }

    /// Strips one common English ending, keeping at least a few letters, then a final "e"
    /// ("managed" → "manag", "manage" → "manag").
    static func stem(_ word: [UInt8]) -> String {
        var stem = word
        for ending in endings where stem.count - ending.suffix.count >= ending.keep && stem.hasSuffix(ending.suffix) {
            if ending.suffix == [UInt8(ascii: "s")] && stem.hasSuffix([UInt8(ascii: "s"), UInt8(ascii: "s")]) { break }
            stem.removeLast(ending.suffix.count)
            stem += ending.replacement
            break
        }
        if stem.count > 3, stem.last == UInt8(ascii: "e") { stem.removeLast() }
        return String(decoding: stem, as: UTF8.self)
    }

    /// Ending, replacement, letters that must remain; the first that fits is used.
    private static let endings: [(suffix: [UInt8], replacement: [UInt8], keep: Int)] = [
        ("yses", "ys", 3), ("ysis", "ys", 3), ("ies", "y", 2), ("ied", "y", 2),
        ("ing", "", 3), ("ly", "", 4), ("ed", "", 3), ("es", "", 3), ("s", "", 3),
    ].map { (Array($0.0.utf8), Array($0.1.utf8), $0.2) }

    static let stopWords: Set<String> = [
        "a", "about", "above", "across", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "done", "down", "during", "each", "eg", "either", "etc", "even", "every", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "ie", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "neither", "no", "nor",
        "not", "now", "of", "off", "on", "once", "only", "onto", "or", "other", "others", "our", "ours", "out", "over",
        "own", "per", "re", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
    ]
}

private extension Array where Element == UInt8 {
    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
