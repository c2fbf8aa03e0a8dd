import SourceText
import Syntax

/// What the editor's formatting requests change (`textDocument/formatting`, `rangeFormatting`):
/// the `DocumentFormatter`'s result (the one `fmt` writes) as the smallest edit that makes it.
/// A range is widened to the whole top-level sections it touches: the formatter's indentation
/// depends on the lines around, so a section is the smallest piece that is formatted alone.
public enum FormattingEdits {
    public enum Outcome: Equatable, Sendable {
        case edits([TextEdit])
        /// Not formatted, and why.
        case refused(String)
    }

    /// Edits to format `bytes`, all of it or (with `range`) the top-level sections that range touches.
    public static func edits(for bytes: [UInt8], in range: TextRange? = nil, name: String = "<document>") -> Outcome {
        let formatted: [UInt8]
        switch DocumentFormatter.format(bytes, name: name) {
        case let .formatted(result): formatted = result
        case let .refused(reason): return .refused(reason)
        }
        guard formatted != bytes else { return .edits([]) }
        guard let range else { return .edits([smallestEdit(from: bytes, to: formatted)]) }
        // The sections of both texts, matched by position: formatting keeps every key, in order.
        let before = sectionStarts(bytes), after = sectionStarts(formatted)
        guard before.count == after.count else { return .edits([]) }
        let boundaries = before + [bytes.count], formattedBoundaries = after + [formatted.count]
        let touched = before.indices.filter { index in
            let (start, end) = (boundaries[index], boundaries[index + 1])
            return range.isEmpty ? (start <= range.start && range.start < end) || (index == before.count - 1 && range.start == end)
                : start < range.end && range.start < end
        }
        guard let first = touched.first, let last = touched.last else { return .edits([]) }
        let original = Array(bytes[boundaries[first]..<boundaries[last + 1]])
        let replacement = Array(formatted[formattedBoundaries[first]..<formattedBoundaries[last + 1]])
        guard original != replacement else { return .edits([]) }
        var edit = smallestEdit(from: original, to: replacement)
        edit.range = TextRange(start: edit.range.start + boundaries[first], end: edit.range.end + boundaries[first])
        return .edits([edit])
    }

    /// Where each piece of a document begins: 0 (what comes before the first key: comments, `---`),
    /// then each top-level key's line. A document that is not a block mapping is one piece.
    static func sectionStarts(_ bytes: [UInt8]) -> [Int] {
        let tree = Parser.parse(SourceFile(name: "<document>", bytes: bytes))
        guard let mapping = tree.root?.mapping, mapping.style == .block else { return [0] }
        let lines = tree.source.lineIndex
        let starts = mapping.entries.map { lines.lineStarts[lines.line(containing: $0.range.start)] }
        return [0] + starts.filter { $0 > 0 }
    }

    /// One edit replacing the lines that differ (the common first and last lines left alone), so
    /// that the editor keeps the cursor and folds of the rest.
    static func smallestEdit(from old: [UInt8], to new: [UInt8]) -> TextEdit {
        let oldLines = linesKeepingBreaks(old), newLines = linesKeepingBreaks(new)
        var prefix = 0
        while prefix < min(oldLines.count, newLines.count), oldLines[prefix] == newLines[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(oldLines.count, newLines.count) - prefix,
              oldLines[oldLines.count - 1 - suffix] == newLines[newLines.count - 1 - suffix] { suffix += 1 }
        let start = oldLines[..<prefix].reduce(0) { $0 + $1.count }
        let end = old.count - oldLines.suffix(suffix).reduce(0) { $0 + $1.count }
        let text = newLines[prefix..<(newLines.count - suffix)].flatMap { $0 }
        return TextEdit(range: TextRange(start: start, end: end), newText: String(decoding: text, as: UTF8.self))
    }

    /// The lines of a text, each with its line break (the last perhaps without).
    static func linesKeepingBreaks(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }
}
