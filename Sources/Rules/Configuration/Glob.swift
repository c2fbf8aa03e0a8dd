/// A gitignore-style glob for `ignore:` in `.commissioning.yaml`, matched against paths relative to
/// the workspace root with `/` separators: `*` matches within one path segment, `**` any number of
/// segments, `?` one character, `[abc]` a set. A pattern without `/` matches a name at any depth.
///
/// **Cost.** The pattern is compiled once. Matching takes time proportional to the pattern's
/// length times the path's, whatever the pattern: a `**` is to segments what a `*` is to
/// characters, and both levels use the same wildcard walk, which backtracks only to the last star.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [Segment]

    public init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = pattern
        if trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        if trimmed.hasPrefix("/") { trimmed.removeFirst() }
        if trimmed.hasSuffix("/") { trimmed += "**" }
        var texts = trimmed.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !pattern.contains("/") || (pattern.hasSuffix("/") && pattern.dropLast().contains("/") == false) {
            texts.insert("**", at: 0)
        }
        var segments: [Segment] = []
        for text in texts {
            let segment = text == "**" ? Segment.anyDepth : .name(NameToken.compile(Array(text.unicodeScalars)))
            // `**/**` means what `**` means; keeping one keeps the walk to one star per run.
            if segment == .anyDepth, segments.last == .anyDepth { continue }
            segments.append(segment)
        }
        self.segments = segments
    }

    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        return Glob.wildcardMatch(patternCount: segments.count, subjectCount: parts.count,
                                  isStar: { segments[$0] == .anyDepth },
                                  matchesOne: { pattern, subject in
                                      guard case let .name(tokens) = segments[pattern] else { return false }
                                      return Glob.matchName(tokens, parts[subject])
                                  })
    }

    private static func matchName(_ tokens: [NameToken], _ name: [Unicode.Scalar]) -> Bool {
        wildcardMatch(patternCount: tokens.count, subjectCount: name.count,
                      isStar: { tokens[$0] == .anyRun },
                      matchesOne: { tokens[$0].matches(name[$1]) })
    }

    /// Whether a pattern of stars (any run of subject elements, none included) and single-element
    /// tokens matches the whole subject. On a mismatch the walk goes back to the last star and lets
    /// it take one element more; earlier stars never need revisiting, because the last one can
    /// absorb whatever they would have. Each star position is retried at most once per subject
    /// element, so the work is at most patternCount × subjectCount steps.
    private static func wildcardMatch(patternCount: Int, subjectCount: Int, isStar: (Int) -> Bool, matchesOne: (Int, Int) -> Bool) -> Bool {
        var p = 0
        var s = 0
        var lastStar: Int?
        var lastStarSubject = 0
        while s < subjectCount {
            if p < patternCount {
                if isStar(p) {
                    lastStar = p
                    lastStarSubject = s
                    p += 1
                    continue
                }
                if matchesOne(p, s) {
                    p += 1
                    s += 1
                    continue
                }
            }
            guard let star = lastStar else { return false }
            p = star + 1
            lastStarSubject += 1
            s = lastStarSubject
        }
        while p < patternCount, isStar(p) { p += 1 }
        return p == patternCount
    }
}

/// One `/`-separated part of a glob: `**`, or a name pattern.
private enum Segment: Sendable, Hashable {
    case anyDepth
    case name([NameToken])
}

/// One element of a name pattern.
private enum NameToken: Sendable, Hashable {
    case scalar(Unicode.Scalar)
    /// `?`
    case anyScalar
    /// `*`, any run within the name.
    case anyRun
    /// `[abc]`, `[a-z]`, `[!abc]` (or `[^abc]`).
    case set(ranges: [ClosedRange<UInt32>], negated: Bool)

    func matches(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case let .scalar(expected): return expected == scalar
        case .anyScalar: return true
        case .anyRun: return false
        case let .set(ranges, negated): return ranges.contains { $0.contains(scalar.value) } != negated
        }
    }

    static func compile(_ pattern: [Unicode.Scalar]) -> [NameToken] {
        var tokens: [NameToken] = []
        var index = 0
        while index < pattern.count {
            let scalar = pattern[index]
            switch scalar {
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
                index += 1
            case "?":
                tokens.append(.anyScalar)
                index += 1
            case "[":
                if let (set, next) = compileSet(pattern, from: index) {
                    tokens.append(set)
                    index = next
                } else {
                    tokens.append(.scalar(scalar))
                    index += 1
                }
            default:
                tokens.append(.scalar(scalar))
                index += 1
            }
        }
        return tokens
    }

    /// The set `[abc]`, `[a-z]` or `[!abc]` at `start`, and the index after it; nil when the
    /// bracket is not closed (then it is a literal `[`). A `]` right after the opening (or after
    /// `!`) is a member, not the end.
    private static func compileSet(_ pattern: [Unicode.Scalar], from start: Int) -> (NameToken, Int)? {
        var index = start + 1
        var negated = false
        if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while index < pattern.count {
            let token = pattern[index]
            if token == "]", !first { return (.set(ranges: ranges, negated: negated), index + 1) }
            first = false
            if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                let (low, high) = (token.value, pattern[index + 2].value)
                // A reversed range (`[z-a]`) holds nothing.
                if low <= high { ranges.append(low...high) }
                index += 3
            } else {
                ranges.append(token.value...token.value)
                index += 1
            }
        }
        return nil
    }
}
