/// The glob matcher as first written, kept as a model to check `Glob` against: obviously right
/// (it tries every split a `**` allows, recursively) and exponential in the number of `**`, so it
/// is given a budget of steps and gives no answer past it. It reads the pattern the same way:
/// a leading `./` or `/` dropped, a trailing `/` meaning everything below, a pattern without `/`
/// matching at any depth.
struct ReferenceGlob {
    private let segments: [[Unicode.Scalar]]
    private var steps = 0
    private let budget: Int

    init(_ pattern: String, budget: Int = 200_000) {
        var trimmed = pattern
        if trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        if trimmed.hasPrefix("/") { trimmed.removeFirst() }
        if trimmed.hasSuffix("/") { trimmed += "**" }
        var segments = trimmed.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !pattern.contains("/") || (pattern.hasSuffix("/") && pattern.dropLast().contains("/") == false) {
            segments.insert("**", at: 0)
        }
        self.segments = segments.map { Array($0.unicodeScalars) }
        self.budget = budget
    }

    /// Whether the path matches; nil when the budget ran out first.
    mutating func matches(_ relativePath: String) -> Bool? {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        steps = 0
        let answer = match(0, parts[...])
        return steps > budget ? nil : answer
    }

    private mutating func match(_ index: Int, _ path: ArraySlice<[Unicode.Scalar]>) -> Bool {
        steps += 1
        guard steps <= budget else { return false }
        guard index < segments.count else { return path.isEmpty }
        if segments[index] == ["*", "*"] {
            var remaining = path
            while true {
                if match(index + 1, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let segment = path.first, matchName(segments[index][...], segment[...]) else { return false }
        return match(index + 1, path.dropFirst())
    }

    /// Name matching by plain recursion: `*` tries every length.
    private mutating func matchName(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        steps += 1
        guard steps <= budget else { return false }
        guard let token = pattern.first else { return name.isEmpty }
        if token == "*" {
            var rest = name
            while true {
                if matchName(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let scalar = name.first else { return false }
        if token == "?" { return matchName(pattern.dropFirst(), name.dropFirst()) }
        if token == "[", let (matched, next) = Self.set(pattern, scalar) {
            return matched && matchName(pattern[next...], name.dropFirst())
        }
        return token == scalar && matchName(pattern.dropFirst(), name.dropFirst())
    }

    /// `[abc]`, `[a-z]`, `[!abc]` or `[^abc]` at the start of `pattern`: whether `scalar` is in it
    /// and where the pattern continues; nil when it is not closed (a literal `[`). A `]` first
    /// (after any `!`) is a member.
    private static func set(_ pattern: ArraySlice<Unicode.Scalar>, _ scalar: Unicode.Scalar) -> (Bool, Int)? {
        var index = pattern.startIndex + 1
        var negated = false
        if index < pattern.endIndex, pattern[index] == "!" || pattern[index] == "^" {
            negated = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.endIndex {
            let token = pattern[index]
            if token == "]", !first { return (matched != negated, index + 1) }
            first = false
            if index + 2 < pattern.endIndex, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                if token.value <= scalar.value, scalar.value <= pattern[index + 2].value { matched = true }
                index += 3
            } else {
                if token == scalar { matched = true }
                index += 1
            }
        }
        return nil
    }
}
