/// A gitignore-style glob for `ignore:` in `.commissioning.yaml`, matched against paths relative to
/// the workspace root with `/` separators: `*` matches within one path segment, `**` any number of
/// segments, `?` one character, `[abc]` a set. A pattern without `/` matches a name at any depth.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [String]

    public init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = pattern
        if trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        if trimmed.hasPrefix("/") { trimmed.removeFirst() }
        if trimmed.hasSuffix("/") { trimmed += "**" }
        var segments = trimmed.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !pattern.contains("/") || (pattern.hasSuffix("/") && pattern.dropLast().contains("/") == false) {
            segments.insert("**", at: 0)
        }
        self.segments = segments
    }

    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return Glob.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        // Iterative over `**` positions to stay linear-ish on long paths: at most one branch per `**`.
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(Array(first.unicodeScalars)[...], Array(segment.unicodeScalars)[...]) else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex
        var n = name.startIndex
        var starP: Int?
        var starN = 0
        while n < name.endIndex {
            if p < pattern.endIndex {
                let token = pattern[p]
                if token == "*" {
                    starP = p
                    starN = n
                    p += 1
                    continue
                }
                if token == "?" {
                    p += 1
                    n += 1
                    continue
                }
                if token == "[", let (matched, next) = matchSet(pattern, from: p, name[n]) {
                    if matched {
                        p = next
                        n += 1
                        continue
                    }
                } else if token == name[n] {
                    p += 1
                    n += 1
                    continue
                }
            }
            guard let star = starP else { return false }
            p = star + 1
            starN += 1
            n = starN
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// Matches `[abc]`, `[a-z]` or `[!abc]` at `start`; nil when the bracket is not closed (then it is literal).
    private static func matchSet(_ pattern: ArraySlice<Unicode.Scalar>, from start: Int, _ scalar: Unicode.Scalar) -> (Bool, Int)? {
        var index = start + 1
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
