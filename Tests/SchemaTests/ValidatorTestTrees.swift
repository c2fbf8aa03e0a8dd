import SourceText
import Syntax

/// Builds syntax trees with exact byte ranges from small block-style YAML texts, for the
/// validator's range tests while the real parser is written in parallel. It reads only what these
/// tests use: `key: value`, `key:` with a nested block, `- item` (also `- key: value`), plain and
/// simply quoted scalars typed by the core schema. No comments, flow collections or block scalars.
enum ValidatorTestTrees {
    private struct Line {
        var start: Int  // offset of the first content byte
        var column: Int
        var end: Int  // offset after the last content byte
    }

    static func tree(_ text: String) -> SyntaxTree {
        let source = SourceFile(name: "test.yaml", text: text)
        var lines: [Line] = []
        for line in 0..<source.lineIndex.lineCount {
            let range = source.lineIndex.contentRange(ofLine: line)
            var start = range.start
            while start < range.end, source.bytes[start] == UInt8(ascii: " ") { start += 1 }
            var end = range.end
            while end > start, source.bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            if start < end { lines.append(Line(start: start, column: start - range.start, end: end)) }
        }
        var builder = Builder(bytes: source.bytes, lines: lines)
        let root = builder.lines.isEmpty ? nil : builder.node(column: builder.lines[0].column)
        return SyntaxTree(source: source, root: root, comments: [], diagnostics: [])
    }

    private struct Builder {
        let bytes: [UInt8]
        var lines: [Line]
        var index = 0

        func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

        func isDash(_ line: Line) -> Bool {
            bytes[line.start] == UInt8(ascii: "-") && (line.end == line.start + 1 || bytes[line.start + 1] == UInt8(ascii: " "))
        }

        mutating func node(column: Int) -> SyntaxNode {
            isDash(lines[index]) ? sequence(column: column) : mapping(column: column)
        }

        mutating func mapping(column: Int) -> SyntaxNode {
            var entries: [MappingEntry] = []
            while index < lines.count, lines[index].column == column, !isDash(lines[index]) {
                let line = lines[index]
                var colon = line.start
                while colon < line.end, !(bytes[colon] == UInt8(ascii: ":") && (colon + 1 == line.end || bytes[colon + 1] == UInt8(ascii: " "))) { colon += 1 }
                let key = scalar(line.start, min(colon, line.end))
                guard colon < line.end else {
                    // A key with no colon yet, as while typing.
                    entries.append(MappingEntry(key: key, colonRange: nil, value: nil, range: key.range))
                    index += 1
                    continue
                }
                let colonRange = TextRange(start: colon, end: colon + 1)
                var valueStart = colon + 1
                while valueStart < line.end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
                let value: SyntaxNode
                if valueStart < line.end {
                    value = scalar(valueStart, line.end)
                    index += 1
                } else {
                    index += 1
                    if index < lines.count, lines[index].column > column || (lines[index].column == column && isDash(lines[index])) {
                        value = node(column: lines[index].column)
                    } else {
                        value = SyntaxNode(range: .empty(at: colon + 1), content: .scalar(Scalar(style: .plain, text: "", value: .null)))
                    }
                }
                entries.append(MappingEntry(key: key, colonRange: colonRange, value: value, range: TextRange(start: key.range.start, end: value.range.end)))
            }
            let range = TextRange(start: entries.first?.range.start ?? 0, end: entries.last?.range.end ?? 0)
            return SyntaxNode(range: range, content: .mapping(SyntaxMapping(style: .block, entries: entries)))
        }

        mutating func sequence(column: Int) -> SyntaxNode {
            var items: [SequenceItem] = []
            while index < lines.count, lines[index].column == column, isDash(lines[index]) {
                let line = lines[index]
                let dash = TextRange(start: line.start, end: line.start + 1)
                var contentStart = line.start + 1
                while contentStart < line.end, bytes[contentStart] == UInt8(ascii: " ") { contentStart += 1 }
                let value: SyntaxNode
                if contentStart < line.end {
                    // `- key: value` or `- scalar`: the rest of the line is a node at its own column.
                    lines[index] = Line(start: contentStart, column: column + (contentStart - line.start), end: line.end)
                    let rest = lines[index]
                    if text(rest.start, rest.end).contains(": ") || text(rest.start, rest.end).hasSuffix(":") || isDash(rest) {
                        value = node(column: rest.column)
                    } else {
                        value = scalar(rest.start, rest.end)
                        index += 1
                    }
                } else {
                    index += 1
                    value = SyntaxNode(range: .empty(at: dash.end), content: .scalar(Scalar(style: .plain, text: "", value: .null)))
                }
                items.append(SequenceItem(dashRange: dash, value: value, range: TextRange(start: dash.start, end: value.range.end)))
            }
            let range = TextRange(start: items.first?.range.start ?? 0, end: items.last?.range.end ?? 0)
            return SyntaxNode(range: range, content: .sequence(SyntaxSequence(style: .block, items: items)))
        }

        func scalar(_ start: Int, _ end: Int) -> SyntaxNode {
            let raw = text(start, end)
            let range = TextRange(start: start, end: end)
            if raw.count >= 2, let first = raw.first, first == "'" || first == "\"", raw.last == first {
                let inner = String(raw.dropFirst().dropLast())
                return SyntaxNode(range: range, content: .scalar(Scalar(style: first == "'" ? .singleQuoted : .doubleQuoted, text: inner, value: .string(inner))))
            }
            let value: ScalarValue
            switch raw {
            case "null", "Null", "NULL", "~", "": value = .null
            case "true", "True", "TRUE": value = .bool(true)
            case "false", "False", "FALSE": value = .bool(false)
            default:
                if let integer = Int(raw) { value = .int(integer) }
                else if raw.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true, let number = Double(raw) { value = .float(number) }
                else { value = .string(raw) }
            }
            return SyntaxNode(range: range, content: .scalar(Scalar(style: .plain, text: raw, value: value)))
        }
    }
}
