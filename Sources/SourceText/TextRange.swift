/// A half-open range of UTF-8 byte offsets into a document. Everything inside the pipeline
/// (parser, schema, rules) speaks bytes; editors' units are named only at the edges (`LineIndex`).
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty range at `offset`, for something missing at a place.
    public static func empty(at offset: Int) -> TextRange { TextRange(start: offset, end: offset) }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// True when `offset` lies inside the range or on its end (a cursor just after a word is "in" it).
    public func touches(_ offset: Int) -> Bool { offset >= start && offset <= end }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    /// The smallest range covering both.
    public func union(_ other: TextRange) -> TextRange {
        TextRange(start: min(start, other.start), end: max(end, other.end))
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
