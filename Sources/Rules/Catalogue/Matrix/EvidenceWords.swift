/// The words of a piece of evidence as the matrix comparison counts them: lower case, letters
/// only, English function words left out, and a light stemming so that "shared", "sharing" and
/// "share" — or "strategies" and "strategy" — count as one word. The lists here are English,
/// not commissioning vocabulary: the domain's words come from the matrix itself.
enum EvidenceWords {
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            if current.count > 1, !stopWords.contains(current) { result.append(stem(current)) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter { current.append(character) } else { flush() }
        }
        flush()
        return result
    }

    /// Strips one common English ending, keeping at least three letters, then a final "e"
    /// ("managed" → "manag", "manage" → "manag").
    static func stem(_ word: String) -> String {
        var stem = word
        for (suffix, replacement, keep) in endings where stem.hasSuffix(suffix) && stem.count - suffix.count >= keep {
            if suffix == "s" && stem.hasSuffix("ss") { break }
            stem = String(stem.dropLast(suffix.count)) + replacement
            break
        }
        if stem.count > 3, stem.hasSuffix("e") { stem.removeLast() }
        return stem
    }

    /// Ending, replacement, letters that must remain; the first that fits is used.
    private static let endings: [(String, String, Int)] = [
        ("yses", "ys", 3), ("ysis", "ys", 3), ("ies", "y", 2), ("ied", "y", 2),
        ("ing", "", 3), ("ly", "", 4), ("ed", "", 3), ("es", "", 3), ("s", "", 3),
    ]

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
