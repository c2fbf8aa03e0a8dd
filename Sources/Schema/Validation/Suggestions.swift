/// "Did you mean": the allowed ids nearest to what was typed, by optimal-string-alignment distance
/// (Damerau–Levenshtein with adjacent transpositions), ignoring case and treating `_` and spaces
/// as `-`, so `monitering` finds `monitoring` and `Purpose_and_strategy` finds `purpose-and-strategy`.
public enum Suggestions {
    /// The candidates at the smallest distance within the threshold, in the candidates' order
    /// (at most `limit`). Empty when nothing is close enough to be a plausible typo.
    public static func nearest(to typed: String, among candidates: [String], limit: Int = 3) -> [String] {
        let source = normalized(typed)
        guard !source.isEmpty else { return [] }
        var best = Int.max
        var found: [String] = []
        for candidate in candidates {
            let target = normalized(candidate)
            let threshold = self.threshold(max(source.count, target.count))
            guard abs(source.count - target.count) <= threshold else { continue }
            let distance = self.distance(source, target, limit: threshold)
            guard distance <= threshold, !areOpposites(source, target) else { continue }
            if distance < best {
                best = distance
                found = [candidate]
            } else if distance == best {
                found.append(candidate)
            }
        }
        return Array(found.prefix(limit))
    }

    /// Prefixes that turn a word into its opposite.
    static let negatingPrefixes: [[Unicode.Scalar]] = ["de", "dis", "un", "non", "in"].map { Array($0.unicodeScalars) }

    /// True when one word is the other with a negating prefix put on or swapped (`decommission`
    /// and `re-commission` or `commission`, `increase` and `decrease`): close in spelling, opposite
    /// in meaning, so never offered as a typo's correction. Hyphens are ignored.
    static func areOpposites(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Bool {
        let a = first.filter { $0 != "-" }
        let b = second.filter { $0 != "-" }
        for (word, other) in [(a, b), (b, a)] {
            for prefix in negatingPrefixes where word.starts(with: prefix) {
                let stem = word.dropFirst(prefix.count)
                guard stem.count >= 4, other.count >= stem.count, other.suffix(stem.count).elementsEqual(stem) else { continue }
                if !other.dropLast(stem.count).elementsEqual(prefix) { return true }
            }
        }
        return false
    }

    /// How many edits still look like a typo: 1 for short words, up to 3 for long ids.
    static func threshold(_ length: Int) -> Int {
        switch length {
        case ..<4: return 1
        case ..<9: return 2
        default: return 3
        }
    }

    static func normalized(_ text: String) -> [Unicode.Scalar] {
        text.lowercased().unicodeScalars.map { $0 == "_" || $0 == " " ? "-" : $0 }
    }

    /// Optimal string alignment distance; stops early (returning `limit + 1`) once every path
    /// is over `limit`, so long unrelated words cost little.
    static func distance(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar], limit: Int) -> Int {
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var previousPrevious = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[target.count]
    }
}
