import SourceText
import Syntax

/// The quick fix for a missing key: a `key:` line after the mapping's last entry, at its indentation
/// (or `, key: ` inside a flow mapping). The server may refine it into a full snippet.
enum SkeletonInsertion {
    static func edit(adding key: String, toMappingAt range: TextRange, in tree: SyntaxTree) -> TextEdit? {
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
    static func lineBreak(after line: Int, in source: SourceFile) -> String {
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
    static func find(_ range: TextRange, in root: SyntaxNode?) -> SyntaxNode? {
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
