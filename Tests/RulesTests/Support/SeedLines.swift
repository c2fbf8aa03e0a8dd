import Foundation

/// The seed texts in ../shared/seeds, read where they are (never copied into the repository).
enum SeedLines {
    /// Repository root = three levels up from Tests/RulesTests/Support/…; shared sits beside it.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// The file's lines (1-based line N is element N-1); nil when the file cannot be read.
    static func lines(of file: String) -> [String]? {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whitespace collapsed, curly quotes straightened, HTML tags, bullets and `**` removed: how a
    /// quote in a rule's metadata is compared with its seed line.
    static func normalise(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            .replacingOccurrences(of: "•", with: " ").replacingOccurrences(of: "·", with: " ")
            .replacingOccurrences(of: "**", with: "")
        result = result.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return result.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
