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
        let lineBreak = source.bytes.contains(0x0D) ? "\r\n" : "\n"
        return TextEdit(range: .empty(at: insertion), newText: lineBreak + String(repeating: " ", count: indentation) + key + ":")
    }

    /// The mapping node whose range is exactly `range`, found by descending into the child that
    /// contains it.
    static func find(_ range: TextRange, in root: SyntaxNode?) -> SyntaxNode? {
        var current = root
        while let node = current {
            if node.range == range, node.mapping != nil { return node }
            current = nil
            switch node.content {
            case let .mapping(mapping):
                current = mapping.entries.lazy.compactMap(\.value).first { $0.range.contains(range) }
            case let .sequence(sequence):
                current = sequence.items.lazy.map(\.value).first { $0.range.contains(range) }
            case .scalar:
                break
            }
        }
        return nil
    }
}
