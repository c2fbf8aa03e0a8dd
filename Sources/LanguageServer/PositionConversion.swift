import LanguageServerProtocol
import SourceText

/// Converts between the client's positions (in the negotiated encoding) and byte offsets, for one
/// document. Positions from the client are clamped into the document by `LineIndex`.
struct PositionConverter {
    let lineIndex: LineIndex
    let encoding: PositionEncoding

    init(_ lineIndex: LineIndex, _ encoding: PositionEncoding) {
        self.lineIndex = lineIndex
        self.encoding = encoding
    }

    func offset(of position: Position) -> Int {
        lineIndex.offset(of: LinePosition(line: position.line, character: position.character), in: encoding)
    }

    /// A client range as bytes; a range given end first is taken in order.
    func textRange(of range: PositionRange) -> TextRange {
        let first = offset(of: range.start)
        let second = offset(of: range.end)
        return TextRange(start: min(first, second), end: max(first, second))
    }

    func position(of offset: Int) -> Position {
        let position = lineIndex.position(of: offset, in: encoding)
        return Position(line: position.line, character: position.character)
    }

    func range(of range: TextRange) -> PositionRange {
        PositionRange(start: position(of: range.start), end: position(of: range.end))
    }
}

extension DocumentEdits {
    func textEdits(in encoding: PositionEncoding) -> [LanguageServerProtocol.TextEdit] {
        let converter = PositionConverter(lineIndex, encoding)
        return edits.map { LanguageServerProtocol.TextEdit(range: converter.range(of: $0.range), newText: $0.newText) }
    }
}
