/// A document's bytes with their line index. The bytes are kept as given (a BOM, CRLF and
/// invalid UTF-8 included) so that every range refers to exactly what is on disk or in the editor.
public struct SourceFile: Sendable {
    /// Where the document came from: a path for the CLI, a URI for the server; used in messages only.
    public let name: String
    public let bytes: [UInt8]
    public let lineIndex: LineIndex

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        self.lineIndex = LineIndex(bytes)
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    private init(name: String, bytes: [UInt8], lineIndex: LineIndex) {
        self.name = name
        self.bytes = bytes
        self.lineIndex = lineIndex
    }

    /// This text with the bytes of `range` (clamped) replaced: the line index is updated around
    /// the edit rather than rebuilt, so a keystroke costs what it changes, not the document's length.
    public func replacing(_ range: TextRange, with inserted: [UInt8]) -> SourceFile {
        let start = min(max(range.start, 0), bytes.count)
        let end = min(max(range.end, start), bytes.count)
        var edited: [UInt8] = []
        edited.reserveCapacity(bytes.count - (end - start) + inserted.count)
        edited.append(contentsOf: bytes[0..<start])
        edited.append(contentsOf: inserted)
        edited.append(contentsOf: bytes[end...])
        let index = lineIndex.replacing(TextRange(start: start, end: end), insertedCount: inserted.count, in: edited)
        return SourceFile(name: name, bytes: edited, lineIndex: index)
    }

    /// The text (invalid UTF-8 shown as U+FFFD).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of a byte range (clamped), decoded leniently.
    public func text(in range: TextRange) -> String {
        let start = min(max(range.start, 0), bytes.count)
        let end = min(max(range.end, start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    public func position(of offset: Int, in encoding: PositionEncoding) -> LinePosition {
        lineIndex.position(of: offset, in: encoding)
    }

    public func offset(of position: LinePosition, in encoding: PositionEncoding) -> Int {
        lineIndex.offset(of: position, in: encoding)
    }

    public func lineRange(of range: TextRange, in encoding: PositionEncoding) -> LineRange {
        lineIndex.lineRange(of: range, in: encoding)
    }
}
