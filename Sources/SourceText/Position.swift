/// The unit an editor counts a line's characters in (LSP `PositionEncodingKind`).
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"
}

/// A 0-based line and a 0-based character offset in some `PositionEncoding` (as LSP's `Position`).
public struct LinePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: LinePosition, rhs: LinePosition) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.character < rhs.character
    }

    public var description: String { "\(line):\(character)" }
}

/// A start and end `LinePosition`, in one encoding.
public struct LineRange: Hashable, Sendable, CustomStringConvertible {
    public var start: LinePosition
    public var end: LinePosition

    public init(start: LinePosition, end: LinePosition) {
        self.start = start
        self.end = end
    }

    public var description: String { "\(start)-\(end)" }
}
