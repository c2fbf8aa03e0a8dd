import SourceText

/// The compiler-style one-line form of a diagnostic, shared by `dump` and `lint`:
/// `path:line:col: severity: message [code]`, with 1-based line and column. The column counts
/// characters as an editor shows them (grapheme clusters: `£`, `’`, an emoji or a flag are one
/// each; a byte that is not UTF-8 is one), and a byte-order mark is not counted.
enum DiagnosticLine {
    static func format(_ diagnostic: Diagnostic, in source: SourceFile, path: String) -> String {
        let place = location(of: diagnostic.range.start, in: source)
        var line = text(path: path, line: place.line, column: place.column, severity: diagnostic.severity.rawValue,
                        message: diagnostic.message, code: diagnostic.code)
        for related in diagnostic.related where related.documentName == source.name {
            let relatedPlace = location(of: related.range.start, in: source)
            line += "\n" + text(path: path, line: relatedPlace.line, column: relatedPlace.column, severity: "note", message: related.message)
        }
        return line
    }

    /// The one writer of the line: `path:line:col: severity: message [code]` (a note has no code).
    static func text(path: String, line: Int, column: Int, severity: String, message: String, code: String? = nil) -> String {
        "\(path):\(line):\(column): \(severity): \(message)" + (code.map { " [\($0)]" } ?? "")
    }

    /// 1-based line and column of a byte offset (clamped into the document).
    static func location(of offset: Int, in source: SourceFile) -> (line: Int, column: Int) {
        let index = source.lineIndex
        let offset = min(max(offset, 0), source.bytes.count)
        let line = index.line(containing: offset)
        var start = index.lineStarts[line]
        if line == 0, source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = min(3, offset) }
        let stop = min(max(offset, start), index.contentRange(ofLine: line).end)
        // Fast paths that keep `lint` linear on huge lines: an ASCII prefix (as many scalars as
        // bytes) has one character per byte; a very long prefix is counted in scalars, which
        // differs from characters only where combining marks or emoji sequences precede.
        let bytes = source.position(of: stop, in: .utf8).character - (start - index.lineStarts[line])
        let scalars = source.position(of: stop, in: .utf32).character - (start > index.lineStarts[line] ? 1 : 0)
        if bytes == scalars || stop - start > longPrefix { return (line + 1, scalars + 1) }
        let prefix = String(decoding: source.bytes[start ..< stop], as: UTF8.self)
        return (line + 1, prefix.count + 1)
    }

    /// Prefixes longer than this (bytes) are counted in scalars rather than characters.
    static let longPrefix = 1 << 16
}
