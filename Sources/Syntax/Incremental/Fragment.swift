import SourceText

/// The slot's lines of the edited text, read as its collection's own loop reads them, with
/// everything after them in view but not read.
struct Fragment {
    let children: Children
    let diagnostics: [Diagnostic]
    let comments: [Comment]
    let nodeCount: Int

    /// Nil when the read did not end exactly at `spanEnd` (a line of the slot now belongs
    /// elsewhere), or a limit stopped it.
    static func parse(_ source: SourceFile, slot: Slot, spanEnd: Int, limits: ParserLimits) -> Fragment? {
        source.bytes.withUnsafeBufferPointer { buffer -> Fragment? in
            var state = ParserState(bytes: buffer, limits: limits, documentName: source.name, lineIndex: source.lineIndex)
            state.boundary = spanEnd
            state.checkEncoding(from: slot.spanStart, to: spanEnd)
            state.position = slot.spanStart
            state.lineStart = slot.spanStart
            let first = state.probeLine()
            guard first.kind == .content, first.lineStart == slot.spanStart, first.indent == slot.indent, !first.hasTabInIndent else { return nil }
            state.position = first.contentStart
            let node = slot.isMapping
                ? state.parseBlockMappingEntries(fromLaterEntryAt: slot.indent, depth: slot.depth)
                : state.parseBlockSequence(indent: slot.indent, endsAtNonDash: slot.endsAtNonDash, depth: slot.depth)
            guard !state.stopped, !state.reportedTooManyErrors, state.position == spanEnd else { return nil }
            let children: Children
            switch node.content {
            case let .mapping(mapping) where slot.isMapping: children = .entries(mapping.entries)
            case let .sequence(sequence) where !slot.isMapping: children = .items(sequence.items)
            default: return nil
            }
            return Fragment(children: children, diagnostics: state.diagnostics, comments: state.comments, nodeCount: state.nodeCount)
        }
    }
}

/// Moves what lies at or after an offset of the previous text by the edit's length.
struct Shift {
    let from: Int
    let delta: Int

    func apply(_ range: TextRange) -> TextRange {
        range.start >= from ? TextRange(start: range.start + delta, end: range.end + delta) : range
    }

    func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        var moved = diagnostic
        moved.range = apply(diagnostic.range)
        for index in moved.related.indices { moved.related[index].range = apply(moved.related[index].range) }
        for fix in moved.fixes.indices {
            for edit in moved.fixes[fix].edits.indices { moved.fixes[fix].edits[edit].range = apply(moved.fixes[fix].edits[edit].range) }
        }
        return moved
    }

    /// A copy of a subtree that lies wholly after `from`.
    func apply(_ node: SyntaxNode) -> SyntaxNode {
        let range = TextRange(start: node.range.start + delta, end: node.range.end + delta)
        switch node.content {
        case let .mapping(mapping):
            return SyntaxNode(range: range, content: .mapping(SyntaxMapping(style: mapping.style, entries: mapping.entries.map(apply))))
        case let .sequence(sequence):
            return SyntaxNode(range: range, content: .sequence(SyntaxSequence(style: sequence.style, items: sequence.items.map(apply))))
        case .scalar:
            return SyntaxNode(range: range, content: node.content)
        }
    }

    func apply(_ entry: MappingEntry) -> MappingEntry {
        MappingEntry(key: apply(entry.key), colonRange: entry.colonRange.map(moved), value: entry.value.map(apply), range: moved(entry.range))
    }

    func apply(_ item: SequenceItem) -> SequenceItem {
        SequenceItem(dashRange: item.dashRange.map(moved), value: apply(item.value), range: moved(item.range))
    }

    private func moved(_ range: TextRange) -> TextRange { TextRange(start: range.start + delta, end: range.end + delta) }
}
