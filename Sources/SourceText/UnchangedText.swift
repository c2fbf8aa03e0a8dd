/// Which parts of an edited text are the old text's, unchanged: what lies before the edit, and
/// whole lines after it (moved by the edit's length). A part whose bytes and line are the same
/// reads the same, so what an earlier check found in it can be kept.
public struct UnchangedText: Sendable {
    let change: ByteChange?
    /// New-text offsets from here on are after the edit and on lines it did not touch.
    let unchangedLinesFrom: Int

    public init(from old: SourceFile, to new: SourceFile) {
        change = ByteChange(from: old.bytes, to: new.bytes)
        guard let change else {
            unchangedLinesFrom = 0
            return
        }
        // After the first line break that follows the edit, both the bytes and where each line
        // starts agree (a range starting on the edited line may sit at another column).
        var index = change.end + change.delta
        let bytes = new.bytes
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        unchangedLinesFrom = index + 1
    }

    /// Where `range` of the old text is in the new, when it lies wholly before or after the edit.
    public func newRange(ofOld range: TextRange) -> TextRange? {
        guard let change else { return range }
        if range.end <= change.start { return range }
        if range.start >= change.end { return TextRange(start: range.start + change.delta, end: range.end + change.delta) }
        return nil
    }

    /// Where `range` of the new text started in the old, when its text and its line are
    /// unchanged; nil when the edit may have touched it.
    public func oldStart(of range: TextRange) -> Int? {
        guard let change else { return range.start }
        if range.end <= change.start { return range.start }
        if range.start >= unchangedLinesFrom { return range.start - change.delta }
        return nil
    }
}
