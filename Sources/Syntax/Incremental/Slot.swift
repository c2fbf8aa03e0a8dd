import SourceText

/// The children of one block collection: a mapping's entries or a sequence's items.
enum Children {
    case entries([MappingEntry])
    case items([SequenceItem])

    var count: Int {
        switch self {
        case let .entries(entries): entries.count
        case let .items(items): items.count
        }
    }

    /// Where child `index` begins: its key or its dash.
    func start(_ index: Int) -> Int {
        switch self {
        case let .entries(entries): entries[index].key.range.start
        case let .items(items): items[index].dashRange?.start ?? items[index].range.start
        }
    }

    /// The value of child `index`, which a deeper slot may be inside.
    func value(_ index: Int) -> SyntaxNode? {
        switch self {
        case let .entries(entries): entries[index].value
        case let .items(items): items[index].value
        }
    }

    /// A mapping whose first line has no colon is one only because of the line after it
    /// (`purpose-and-` being typed above `level: 2`), which an edit of that line may undo.
    var startsWithKeyWithoutColon: Bool {
        guard case let .entries(entries) = self else { return false }
        return entries.first?.colonRange == nil
    }

    /// The ranges of the keys that take part in duplicate-key checks (those with a colon).
    var keyRanges: [TextRange] {
        guard case let .entries(entries) = self else { return [] }
        return entries.filter { $0.colonRange != nil }.map(\.key.range)
    }

    init?(_ node: SyntaxNode) {
        switch node.content {
        case let .mapping(mapping) where mapping.style == .block: self = .entries(mapping.entries)
        case let .sequence(sequence) where sequence.style == .block: self = .items(sequence.items)
        default: return nil
        }
    }
}

/// The entry or item an edit falls in, found in the previous tree: the block collection it
/// belongs to (with the way down to it from the root) and the lines it spans, from the start of
/// its first line to the start of the line that begins the next node (or the document's end).
struct Slot {
    /// One step down: a collection and the index of the child on the way.
    struct Frame {
        let node: SyntaxNode
        let children: Children
        let index: Int
    }

    /// From the root's collection to the one holding the slot (its child `index` is the slot).
    let frames: [Frame]
    let spanStart: Int
    let spanEnd: Int
    /// The column of the collection's keys or dashes.
    let indent: Int
    /// How deep the collection is among block collections (the root's is 1), as the parser counts.
    let depth: Int
    /// For a sequence that is a mapping's value at the mapping's own indentation: a line without
    /// a dash ends it.
    let endsAtNonDash: Bool

    var parent: Frame { frames[frames.count - 1] }
    var isMapping: Bool { if case .entries = parent.children { return true }; return false }

    /// The deepest slot that holds the whole change: a child after its collection's first (whose
    /// line the parser reads differently, and which may decide what the collection is) whose first line keeps its indentation, its first
    /// character and the one after it (so what comes before cannot reach into it), ending before
    /// the line break that precedes the next node.
    static func find(for change: ByteChange, in root: SyntaxNode, tree: SyntaxTree) -> Slot? {
        let lines = tree.source.lineIndex
        let documentEnd = tree.source.bytes.count
        func lineStart(_ offset: Int) -> Int { lines.contentRange(ofLine: lines.line(containing: offset)).start }
        var best: Slot?
        var frames: [Frame] = []
        var node = root
        var spanEnd = topSpanEnd(tree, root: root)
        var depth = 1
        var endsAtNonDash = false
        while let children = Children(node), children.count >= 2, !children.startsWithKeyWithoutColon {
            let indent = children.start(0) - lineStart(children.start(0))
            // The last child starting on a line at or before the change.
            var low = 1, high = children.count - 1, found = -1
            while low <= high {
                let middle = (low + high) / 2
                if children.start(middle) <= change.start { found = middle; low = middle + 1 } else { high = middle - 1 }
            }
            guard found >= 1 else { break }
            let start = lineStart(children.start(found))
            guard children.start(found) == start + indent else { break }
            let end = found + 1 < children.count ? lineStart(children.start(found + 1)) : spanEnd
            let lastChangeable = end == documentEnd ? end : end - 1
            guard change.start >= start + indent + 2, change.end <= lastChangeable else { break }
            frames.append(Frame(node: node, children: children, index: found))
            best = Slot(frames: frames, spanStart: start, spanEnd: end, indent: indent, depth: depth, endsAtNonDash: endsAtNonDash)
            guard let value = children.value(found), let inner = Children(value) else { break }
            if case .items = inner, case .entries = children {
                endsAtNonDash = inner.start(0) - lineStart(inner.start(0)) == indent
            } else {
                endsAtNonDash = false
            }
            node = value
            spanEnd = end
            depth += 1
        }
        return best
    }

    /// Where the top collection's last child ends as a span: the document's end, or the first
    /// line after the collection that holds something other than blanks and comments (`...`).
    private static func topSpanEnd(_ tree: SyntaxTree, root: SyntaxNode) -> Int {
        let lines = tree.source.lineIndex
        let bytes = tree.source.bytes
        var line = lines.line(containing: root.range.end) + 1
        while line < lines.lineCount {
            let content = lines.contentRange(ofLine: line)
            var index = content.start
            while index < content.end, bytes[index] == Byte.space || bytes[index] == Byte.tab { index += 1 }
            if index < content.end, bytes[index] != Byte.hash { return content.start }
            line += 1
        }
        return bytes.count
    }

    /// The ranges of the parent mapping's keys that take part in duplicate-key checks.
    func parentKeyRanges() -> [TextRange] { parent.children.keyRanges }

    /// The new root: the slot's child replaced by `replacement`, the children after it moved,
    /// and each collection on the way up rebuilt around its new child.
    func splice(_ replacement: Children, shift: Shift) -> SyntaxNode {
        var node = rebuild(parent, replacing: replacement, shift: shift)
        for frame in frames.dropLast().reversed() {
            node = rebuild(frame, replacingValueWith: node, shift: shift)
        }
        return node
    }

    /// The parent collection in a tree made by `splice`.
    func newParent(in root: SyntaxNode) -> SyntaxNode? {
        var node = root
        for frame in frames.dropLast() {
            guard let value = Children(node)?.value(frame.index) else { return nil }
            node = value
        }
        return node
    }

    private func rebuild(_ frame: Frame, replacing replacement: Children, shift: Shift) -> SyntaxNode {
        switch (frame.children, replacement) {
        case let (.entries(entries), .entries(new)):
            return Self.mapping(Array(entries[..<frame.index]) + new + entries[(frame.index + 1)...].map(shift.apply))
        case let (.items(items), .items(new)):
            return Self.sequence(Array(items[..<frame.index]) + new + items[(frame.index + 1)...].map(shift.apply))
        default:
            preconditionFailure("a fragment is parsed as its parent's kind of collection")
        }
    }

    private func rebuild(_ frame: Frame, replacingValueWith value: SyntaxNode, shift: Shift) -> SyntaxNode {
        switch frame.children {
        case let .entries(entries):
            let old = entries[frame.index]
            let range = old.colonRange.map { old.key.range.union($0) } ?? old.key.range
            let entry = MappingEntry(key: old.key, colonRange: old.colonRange, value: value, range: range.union(value.range))
            return Self.mapping(Array(entries[..<frame.index]) + [entry] + entries[(frame.index + 1)...].map(shift.apply))
        case let .items(items):
            let old = items[frame.index]
            let item = SequenceItem(dashRange: old.dashRange, value: value, range: old.dashRange.map { $0.union(value.range) } ?? value.range)
            return Self.sequence(Array(items[..<frame.index]) + [item] + items[(frame.index + 1)...].map(shift.apply))
        }
    }

    /// A block mapping's node, its range from its first entry to its last, as the parser makes it.
    private static func mapping(_ entries: [MappingEntry]) -> SyntaxNode {
        SyntaxNode(range: TextRange(start: entries[0].range.start, end: entries[entries.count - 1].range.end),
                   content: .mapping(SyntaxMapping(style: .block, entries: entries)))
    }

    private static func sequence(_ items: [SequenceItem]) -> SyntaxNode {
        SyntaxNode(range: TextRange(start: items[0].range.start, end: items[items.count - 1].range.end),
                   content: .sequence(SyntaxSequence(style: .block, items: items)))
    }
}
