/// Where a term, section or activity comes from: `FILE:LINE` or `FILE:FIRST-LAST` in the seeds
/// (`000_5c1c6b30ea365b26.txt:48-52`). Every `x-source` in `Schemas/` has this form.
public struct SourceReference: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let lines: ClosedRange<Int>

    public init(file: String, lines: ClosedRange<Int>) {
        self.file = file
        self.lines = lines
    }

    /// Reads `FILE:LINE` or `FILE:FIRST-LAST`; nil for anything else (a missing line, a reversed range).
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        let file = String(text[..<colon])
        let range = text[text.index(after: colon)...].split(separator: "-", omittingEmptySubsequences: false)
        guard !file.isEmpty, (1...2).contains(range.count),
              let first = Int(range[0]), let last = Int(range[range.count - 1]),
              first >= 1, first <= last else { return nil }
        self.init(file: file, lines: first...last)
    }

    public var description: String {
        lines.count == 1 ? "\(file):\(lines.lowerBound)" : "\(file):\(lines.lowerBound)-\(lines.upperBound)"
    }
}
