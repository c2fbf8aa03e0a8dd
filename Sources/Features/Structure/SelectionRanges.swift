import SourceText
import Syntax

/// Selection ranges (expand selection): from the scalar under the cursor outwards — the value,
/// its entry or item, the mapping or list holding it, … — to the whole document. Each range
/// contains the one before it; repeats are dropped.
public enum SelectionRanges {
    public static func ranges(in tree: SyntaxTree, at offset: Int) -> [TextRange] {
        var ranges: [TextRange] = []
        for step in tree.chain(at: offset).reversed() {
            let range: TextRange
            switch step {
            case let .node(node): range = node.range
            case let .entry(entry, _): range = entry.range
            case let .item(item, _): range = item.range
            }
            // The chain may end in an entry whose line holds the cursor beyond its text, or an
            // empty value: only ranges holding the cursor, each holding the last, are kept.
            guard !range.isEmpty, range.touches(offset), ranges.last.map({ range.contains($0) && range != $0 }) ?? true else { continue }
            ranges.append(range)
        }
        let document = TextRange(start: 0, end: tree.source.bytes.count)
        if ranges.last != document { ranges.append(document) }
        return ranges
    }
}
