import SourceText

/// One step of the way from the root to a place in the document.
public enum SyntaxStep: Sendable {
    case node(SyntaxNode)
    /// An entry of the mapping node before it, with its index there.
    case entry(MappingEntry, index: Int)
    /// An item of the sequence node before it, with its index there.
    case item(SequenceItem, index: Int)

    public var node: SyntaxNode? { if case let .node(node) = self { return node }; return nil }
}

extension SyntaxNode {
    /// The node at `path` below this one (first entry for a key), or nil.
    public func node(at path: [PathComponent]) -> SyntaxNode? {
        var current = self
        for component in path {
            switch component {
            case let .key(key):
                guard let value = current.mapping?[key] else { return nil }
                current = value
            case let .index(index):
                guard let items = current.sequence?.items, items.indices.contains(index) else { return nil }
                current = items[index].value
            }
        }
        return current
    }
}

extension SyntaxTree {
    /// The nodes, entries and items that hold the byte `offset`, outermost first (innermost
    /// last): where the cursor is, for completion and hover. Made for documents being typed:
    /// - a cursor anywhere in the document is in the root;
    /// - a cursor on or just after a key, a value, or at the end of an entry's line is in that
    ///   entry (after `level: ` it is in the entry's empty value; on `purpose-and-`, which has no
    ///   colon yet, it is in the entry and on its key);
    /// - a cursor on a blank line indented under a key whose value is empty or a block
    ///   collection is in that entry's value (a new nested key is being typed); at the key's
    ///   own indentation it is in the enclosing mapping, between entries.
    public func chain(at offset: Int) -> [SyntaxStep] {
        guard let root else { return [] }
        var steps: [SyntaxStep] = [.node(root)]
        var node = root
        while true {
            switch node.content {
            case .scalar:
                return steps
            case let .mapping(mapping):
                guard let index = lastIndex(mapping.entries.count, startingAtOrBefore: offset, { mapping.entries[$0].range.start }) else { return steps }
                let entry = mapping.entries[index]
                guard holds(offset, range: entry.range, anchor: entry.key.range.start, value: entry.value, block: mapping.style == .block) else { return steps }
                steps.append(.entry(entry, index: index))
                if entry.key.range.touches(offset), entry.colonRange.map({ offset <= $0.start }) ?? true {
                    steps.append(.node(entry.key))
                    return steps
                }
                guard let value = entry.value else { return steps }
                steps.append(.node(value))
                node = value
            case let .sequence(sequence):
                guard let index = lastIndex(sequence.items.count, startingAtOrBefore: offset, { sequence.items[$0].range.start }) else { return steps }
                let item = sequence.items[index]
                guard holds(offset, range: item.range, anchor: item.range.start, value: item.value, block: sequence.style == .block) else { return steps }
                steps.append(.item(item, index: index))
                if let dash = item.dashRange, offset < dash.end { return steps }
                steps.append(.node(item.value))
                node = item.value
            }
        }
    }

    /// The path of keys and indices to the innermost node at `offset`.
    public func path(at offset: Int) -> [PathComponent] {
        chain(at: offset).compactMap { step in
            switch step {
            case let .entry(entry, _): .key(entry.keyText)
            case let .item(_, index): .index(index)
            case .node: nil
            }
        }
    }

    /// Binary search: the last of `count` elements whose start is ≤ offset.
    private func lastIndex(_ count: Int, startingAtOrBefore offset: Int, _ start: (Int) -> Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if start(middle) <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Whether an entry or item (starting at `anchor`) holds the offset, by the rules of `chain`.
    private func holds(_ offset: Int, range: TextRange, anchor: Int, value: SyntaxNode?, block: Bool) -> Bool {
        if range.touches(offset) { return true }
        let index = source.lineIndex
        let endLine = index.line(containing: range.end)
        let offsetLine = index.line(containing: offset)
        if offsetLine == endLine { return true }
        guard block else { return false }
        // A blank line below, indented under the key or dash.
        let valueIsOpen: Bool
        switch value?.content {
        case nil: valueIsOpen = true
        case let .scalar(scalar): valueIsOpen = value?.range.isEmpty == true && scalar.value == .null
        case let .mapping(mapping): valueIsOpen = mapping.style == .block
        case let .sequence(sequence): valueIsOpen = sequence.style == .block
        }
        guard valueIsOpen else { return false }
        let lineStart = index.lineStarts[offsetLine]
        let anchorColumn = anchor - index.lineStarts[index.line(containing: anchor)]
        guard offset - lineStart > anchorColumn, offset <= source.bytes.count else { return false }
        return source.bytes[lineStart ..< offset].allSatisfy { $0 == 0x20 }
    }
}
