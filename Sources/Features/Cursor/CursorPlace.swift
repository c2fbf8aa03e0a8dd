import SourceText
import Syntax

/// Where a cursor is, in the terms completion needs: typing a key of some mapping, or a value at
/// some path. Read from `SyntaxTree.chain(at:)`, which is made for lines being typed, plus the
/// line's text where the tree cannot tell (a plain word on a new line is a value to YAML, but a
/// key being typed to the writer).
struct CursorPlace {
    enum Role {
        /// A key of the mapping at `container` is being typed; `mapping` is that mapping when it
        /// exists; `editing` is the entry whose key is under the cursor.
        case key(container: [PathComponent], mapping: SyntaxMapping?, editing: MappingEntry?)
        /// The value at `path`. `node` is the value as parsed so far. `mayBeKey`: a bare word
        /// that may as well be the first key of a new mapping at `path` (`- sta`, or a word on
        /// the line below `key:`).
        case value(path: [PathComponent], node: SyntaxNode?, mayBeKey: Bool)
        case nothing
    }

    let role: Role
    /// The bytes a completion replaces: the word being typed.
    let word: TextRange

    static func at(_ offset: Int, in tree: SyntaxTree) -> CursorPlace {
        let bytes = tree.source.bytes
        let word = TextScan.word(around: offset, in: bytes)
        if TextScan.isInComment(offset, comments: tree.comments) { return CursorPlace(role: .nothing, word: word) }
        let steps = tree.chain(at: offset)
        guard let last = steps.last else { return CursorPlace(role: .key(container: [], mapping: nil, editing: nil), word: word) }
        let path = tree.path(at: offset)
        let lines = tree.source.lineIndex
        let cursorLine = lines.line(containing: offset)
        let previous = steps.count >= 2 ? steps[steps.count - 2] : nil

        switch last {
        case let .entry(entry, _):
            // A key without a colon, the cursor after it: still typing that key.
            return CursorPlace(role: .key(container: Array(path.dropLast()), mapping: container(of: steps), editing: entry),
                               word: entry.key.range.union(word))
        case .item:
            return CursorPlace(role: .nothing, word: word)
        case let .node(node):
            if case let .entry(entry, _)? = previous, node === entry.key {
                let range = entry.key.scalar?.style == .plain ? entry.key.range : word
                return CursorPlace(role: .key(container: Array(path.dropLast()), mapping: container(of: steps), editing: entry), word: range)
            }
            switch node.content {
            case let .mapping(mapping):
                if mapping.style == .flow || offset < node.range.start { return CursorPlace(role: .nothing, word: word) }
                return CursorPlace(role: .key(container: path, mapping: mapping, editing: nil), word: word)
            case let .sequence(sequence):
                if sequence.style == .flow {
                    // A new item of `[a, b, ‸`: the item under the cursor, or one after the last.
                    let index = sequence.items.firstIndex { $0.value.range.touches(word.start) && !$0.value.range.isEmpty } ?? sequence.items.count
                    return CursorPlace(role: .value(path: path + [.index(index)], node: nil, mayBeKey: false), word: word)
                }
                return CursorPlace(role: .nothing, word: word)
            case let .scalar(scalar):
                if steps.count == 1 {
                    // A lone word is the whole document: the first key being typed.
                    guard scalar.style == .plain, lines.line(containing: node.range.start) == cursorLine else { return CursorPlace(role: .nothing, word: word) }
                    return CursorPlace(role: .key(container: [], mapping: nil, editing: nil), word: word)
                }
                if case let .item(item, _)? = previous, let parent = steps.dropLast(2).last?.node, parent.sequence?.style == .flow {
                    _ = item
                    return CursorPlace(role: .value(path: path, node: node, mayBeKey: false), word: word)
                }
                let anchor: Int
                switch previous {
                case let .entry(entry, _)?: anchor = entry.colonRange?.start ?? entry.key.range.start
                case let .item(item, _)?: anchor = item.dashRange?.start ?? item.range.start
                default: return CursorPlace(role: .nothing, word: word)
                }
                let anchorLine = lines.line(containing: anchor)
                let isOpen = node.range.isEmpty && scalar.value == .null
                if isOpen {
                    // `key:` then an indented blank line: the first key of a new mapping.
                    if cursorLine > anchorLine { return CursorPlace(role: .key(container: path, mapping: nil, editing: nil), word: word) }
                    return CursorPlace(role: .value(path: path, node: node, mayBeKey: isItem(previous)), word: word)
                }
                // The cursor must be on the value, not after it on the line.
                guard node.range.touches(offset) else { return CursorPlace(role: .nothing, word: word) }
                let startLine = lines.line(containing: node.range.start)
                let endLine = lines.line(containing: max(node.range.start, node.range.end - 1))
                let bareWord = scalar.style == .plain && startLine == endLine
                let onNewLine = startLine > anchorLine
                return CursorPlace(role: .value(path: path, node: node, mayBeKey: bareWord && (onNewLine || isItem(previous))), word: word)
            }
        }
    }

    private static func isItem(_ step: SyntaxStep?) -> Bool {
        if case .item? = step { return true }
        return false
    }

    /// The mapping holding the last entry of the chain.
    private static func container(of steps: [SyntaxStep]) -> SyntaxMapping? {
        for step in steps.reversed() {
            if let mapping = step.node?.mapping { return mapping }
        }
        return nil
    }
}
