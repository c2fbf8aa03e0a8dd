import SourceText

/// Edits that add keys to a block or flow mapping, at the indentation its entries use and with
/// the document's own line break: the one place where the schema's fixes, the rules' fixes and
/// the editor's quick fixes decide where an added key goes.
public enum MappingInsertion {
    /// Adds one line as the last entry of a block mapping (a list item's `{id, statement…}` written
    /// as block lines), at the column of its keys and with the document's own line break. Used by
    /// fixes that add a missing key (`finding:`, `purpose:`).
    ///
    /// Nil when there is no such safe place: a flow mapping (`{id: H1}`), an empty mapping, or
    /// keys preceded on their line by anything but spaces and a sequence dash.
    public static func edit(adding line: String, toMapping node: SyntaxNode, in source: SourceFile) -> TextEdit? {
        guard let mapping = node.mapping, mapping.style == .block,
              let first = mapping.entries.first, let last = mapping.entries.last else { return nil }
        let lines = source.lineIndex
        let keyStart = first.key.range.start
        let lineStart = lines.lineStarts[lines.line(containing: keyStart)]
        let prefix = source.bytes[lineStart..<keyStart]
        guard prefix.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) else { return nil }
        let indentation = String(repeating: " ", count: prefix.count)
        // The entry's range ends at its value's last byte, which may be the line break of a block scalar.
        let lastLine = lines.line(containing: max(last.range.start, last.range.end - 1))
        guard lastLine + 1 < lines.lineCount else {
            // The mapping ends the document without a final line break.
            return TextEdit(range: .empty(at: lines.byteCount), newText: "\n" + indentation + line)
        }
        let insertion = lines.lineStarts[lastLine + 1]
        let breakBytes = source.bytes[lines.contentRange(ofLine: lastLine).end..<insertion]
        return TextEdit(range: .empty(at: insertion), newText: indentation + line + String(decoding: breakBytes, as: UTF8.self))
    }

    /// Adds entries to the mapping written under a key (`integration:`, `cycle:`): after the last
    /// line of a block mapping, before the `}` of a flow mapping, or on new lines under a key that
    /// has no value yet.
    /// An edit adding `lines` (each `key: value`, without indentation) to the value of `entry`;
    /// nil when the value is something else (text, a list) that entries cannot be added to.
    public static func edit(adding lines: [String], toValueOf entry: MappingEntry, in source: SourceFile) -> TextEdit? {
        guard !lines.isEmpty else { return nil }
        let index = source.lineIndex
        let lineBreak = lineBreak(after: index.line(containing: entry.range.start), in: source)
        func column(of offset: Int) -> Int { offset - index.lineStarts[index.line(containing: offset)] }

        if let value = entry.value, let mapping = value.mapping {
            if mapping.style == .flow {
                let closing = max(value.range.start, value.range.end - 1)
                // An unclosed `{` (being typed) has no brace of its own to insert before: its last
                // byte is then the end of its last entry (perhaps an inner mapping's `}`).
                let lastEntryEnd = mapping.entries.last?.range.end ?? value.range.start + 1
                guard closing >= lastEntryEnd, closing < source.bytes.count, source.bytes[closing] == UInt8(ascii: "}") else { return nil }
                let separator = mapping.entries.isEmpty ? "" : ", "
                return TextEdit(range: .empty(at: closing), newText: separator + lines.joined(separator: ", "))
            }
            let indentation = String(repeating: " ", count: column(of: value.range.start))
            let lastLine = index.line(containing: max(value.range.start, value.range.end - 1))
            let end = index.contentRange(ofLine: lastLine).end
            return TextEdit(range: .empty(at: end), newText: lines.map { lineBreak + indentation + $0 }.joined())
        }
        // `key:` with nothing after it: the entries go on the following lines, two spaces deeper.
        guard entry.colonRange != nil, entry.value?.scalar?.value == .null else { return nil }
        let indentation = String(repeating: " ", count: column(of: entry.key.range.start) + 2)
        let end = index.contentRange(ofLine: index.line(containing: entry.key.range.start)).end
        return TextEdit(range: .empty(at: end), newText: lines.map { lineBreak + indentation + $0 }.joined())
    }

    /// Lines for a new key (indented already) where it belongs in a block mapping: after the
    /// present key that comes last before it in `order`, else before the first entry;
    /// `separatedByBlankLine` puts a blank line between the new lines and the entry they follow
    /// (or precede), as between the sections of a new document.
    public static func edit(inserting lines: [String], named key: String, into node: SyntaxNode, order: [String], source: SourceFile,
                     separatedByBlankLine: Bool = false) -> TextEdit? {
        guard let mapping = node.mapping, let first = mapping.entries.first, !lines.isEmpty else { return nil }
        let index = source.lineIndex
        let lineBreak = lineBreak(after: index.line(containing: first.range.start), in: source)
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        guard let target = rank[key] else { return nil }
        let before = mapping.entries.filter { (rank[$0.keyText] ?? Int.max) < target }.max { (rank[$0.keyText] ?? 0) < (rank[$1.keyText] ?? 0) }
        if let before {
            let lastLine = index.line(containing: max(before.range.start, before.range.end - 1))
            let end = index.contentRange(ofLine: lastLine).end
            return TextEdit(range: .empty(at: end), newText: (separatedByBlankLine ? lineBreak : "") + lines.map { lineBreak + $0 }.joined())
        }
        let lineStart = index.lineStarts[index.line(containing: first.range.start)]
        return TextEdit(range: .empty(at: lineStart), newText: lines.map { $0 + lineBreak }.joined() + (separatedByBlankLine ? lineBreak : ""))
    }

    /// The quick fix for a missing key: a `key:` line after the mapping's last entry, at its
    /// indentation (or `, key: ` inside a flow mapping); the editor features may refine it.
    public static func edit(addingKey key: String, toMappingAt range: TextRange, in tree: SyntaxTree) -> TextEdit? {
        guard let node = find(range, in: tree.root), let mapping = node.mapping else { return nil }
        let source = tree.source
        if mapping.style == .flow {
            let closing = max(range.start, range.end - 1)
            return TextEdit(range: .empty(at: closing), newText: (mapping.entries.isEmpty ? "" : ", ") + key + ": ")
        }
        let lines = source.lineIndex
        let firstLine = lines.line(containing: range.start)
        let indentation = range.start - lines.lineStarts[firstLine]
        let lastLine = lines.line(containing: max(range.start, range.end - 1))
        let insertion = lines.contentRange(ofLine: lastLine).end
        let lineBreak = lineBreak(after: lastLine, in: source)
        return TextEdit(range: .empty(at: insertion), newText: lineBreak + String(repeating: " ", count: indentation) + key + ":")
    }

    /// The line break the document uses where the key goes: the one ending `line`, else the one
    /// before it (the last line may have none). Looking only there keeps each fix's cost
    /// independent of the document's size: a configuration with thousands of incomplete entries
    /// gets thousands of these fixes.
    public static func lineBreak(after line: Int, in source: SourceFile) -> String {
        let lines = source.lineIndex
        for candidate in [line, line - 1] where candidate >= 0 {
            let end = lines.contentRange(ofLine: candidate).end
            if end < source.bytes.count { return source.bytes[end] == 0x0D ? "\r\n" : "\n" }
        }
        return "\n"
    }

    /// The mapping node whose range is exactly `range`, found by descending into the child that
    /// contains it. Children are in document order, so each level is a binary search: a fix per
    /// item of a long list must not walk the list each time.
    public static func find(_ range: TextRange, in root: SyntaxNode?) -> SyntaxNode? {
        var current = root
        while let node = current {
            if node.range == range, node.mapping != nil { return node }
            current = nil
            switch node.content {
            case let .mapping(mapping):
                current = lastStarting(atOrBefore: range.start, in: mapping.entries, start: \.key.range.start)?.value
            case let .sequence(sequence):
                current = lastStarting(atOrBefore: range.start, in: sequence.items, start: \.value.range.start)?.value
            case .scalar:
                break
            }
            if let child = current, !child.range.contains(range) { current = nil }
        }
        return nil
    }

    /// The last element whose start is at or before `offset`, in elements sorted by start.
    private static func lastStarting<Element>(atOrBefore offset: Int, in elements: [Element], start: (Element) -> Int) -> Element? {
        var low = 0
        var high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if start(elements[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : elements[low - 1]
    }
}
