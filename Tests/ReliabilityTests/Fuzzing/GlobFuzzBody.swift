import Foundation
import Rules

/// Fuzz body (5): `ignore:` glob matching on a pattern and a path read from the input. Besides
/// not trapping, and answering in time (run.sh gives this target a short `-timeout`, and the
/// matcher is linear in pattern × path, so no input may come near it):
/// - the answer is the one `ReferenceGlob`, the naive matcher, gives, whenever it gives one
///   within its budget;
/// - a run of `**` segments means one `**`.
/// The input is read two ways, by its first byte: even, pieces of glob syntax chosen byte by byte
/// (so mutations stay meaningful); odd, raw text, pattern and path separated by the first line break.
enum GlobFuzzBody {
    static let patternPieces = ["**", "*", "?", "/", "[", "]", "!", "^", "-", "a", "b", "c", ".", "./", "é", "😀", "[a-c]", "[!a]", "**/", "\\", "z"]
    static let pathPieces = ["a", "b", "c", "/", "/", ".", "é", "😀", "-", "]", "[", "*", "ab", "aaaa", "z", "!"]

    static func run(_ data: [UInt8]) -> String? {
        let (pattern, path) = read(data)
        let glob = Glob(pattern)
        let answer = glob.matches(path)
        // The naive matcher's steps are the input's main cost: a small budget keeps each input
        // to milliseconds, so that the time bound measures Glob, even on a loaded machine.
        var reference = ReferenceGlob(pattern, budget: 20_000)
        if let expected = reference.matches(path), expected != answer {
            return "'\(pattern)' against '\(path)': \(answer), the reference says \(expected)"
        }
        let collapsed = collapsingDoubleStars(pattern)
        if collapsed != pattern, Glob(collapsed).matches(path) != answer {
            return "'\(pattern)' and '\(collapsed)' differ on '\(path)'"
        }
        return nil
    }

    /// The pattern with each run of whole `**` segments written once (`a/**/**/b` → `a/**/b`);
    /// a `**` inside a longer segment (`x**/**`) is left alone, being two `*`.
    static func collapsingDoubleStars(_ pattern: String) -> String {
        var segments: [Substring] = []
        for segment in pattern.split(separator: "/", omittingEmptySubsequences: false) {
            if segment == "**", segments.last == "**" { continue }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }

    static func read(_ data: [UInt8]) -> (pattern: String, path: String) {
        guard let first = data.first, first % 2 == 0 else {
            let rest = data.dropFirst()
            let cut = rest.firstIndex(of: 0x0A) ?? rest.endIndex
            return (String(decoding: rest[..<cut], as: UTF8.self), String(decoding: rest[cut...].dropFirst(), as: UTF8.self))
        }
        var input = FuzzInput(Array(data.dropFirst()))
        func pieces(_ from: [String], _ count: Int) -> String {
            (0..<count).map { _ in from[input.below(from.count)] }.joined()
        }
        let patternCount = input.below(64)
        let pattern = pieces(patternPieces, patternCount)
        let path = pieces(pathPieces, input.below(128))
        return (pattern, path)
    }
}
