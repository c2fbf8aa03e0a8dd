import Rules
import TestSupport
import Testing

/// `Glob` against `ReferenceGlob`, the naive matcher it replaced, on many small random patterns
/// and paths made of the characters that matter to globs: the same answer every time.
@Suite("Glob matching agrees with the naive matcher")
struct GlobModelTests {
    static let patternPieces = ["**", "*", "?", "/", "[", "]", "!", "-", "a", "b", ".", "./", "é", "[a-b]", "[!a]", "**/"]
    static let pathPieces = ["a", "b", "/", ".", "é", "-", "]", "ab", "aa"]

    @Test func randomPatternsAndPaths() {
        var random = SeededRandom(seed: 16)
        func pieces(_ from: [String], _ maximum: Int) -> String {
            (0..<random.below(maximum + 1)).map { _ in from[random.below(from.count)] }.joined()
        }
        var compared = 0
        var matched = 0
        for _ in 0..<20_000 {
            let pattern = pieces(Self.patternPieces, 10)
            let path = pieces(Self.pathPieces, 14)
            var reference = ReferenceGlob(pattern)
            guard let expected = reference.matches(path) else { continue }
            let answer = Glob(pattern).matches(path)
            #expect(answer == expected, "'\(pattern)' against '\(path)'")
            compared += 1
            if answer { matched += 1 }
        }
        // Both answers must be common, or the comparison shows little.
        #expect(compared > 19_000)
        #expect(matched > 1_000 && compared - matched > 1_000, "\(matched) of \(compared) matched")
    }
}
