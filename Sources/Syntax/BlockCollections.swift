import SourceText

extension ParserState {
    /// Parses a block mapping whose entries are at `indent`, its first key already read.
    /// Recovery: a line without a colon becomes an entry with no value (`syntax/missing-colon`);
    /// a line indented too far, a tab-indented line, or a `- ` item among keys is reported and
    /// skipped together with the lines nested under it; the mapping then goes on.
    mutating func parseBlockMapping(indent: Int, firstKey: SyntaxNode, colon: TextRange, depth: Int) -> SyntaxNode {
        guard depth <= limits.maximumDepth else { return skipTooDeep(firstKey.range.start, indent: indent - 1) }
        return parseBlockMappingEntries(indent: indent, entries: [], pending: (firstKey, colon), depth: depth)
    }

    /// A block mapping whose first line is a key without a colon (reported here); `position`
    /// is at the second line's content.
    mutating func parseBlockMapping(indent: Int, firstKeyWithoutColon key: SyntaxNode, depth: Int) -> SyntaxNode {
        reportMissingColon(key)
        guard depth <= limits.maximumDepth else { return skipTooDeep(key.range.start, indent: indent - 1) }
        let first = MappingEntry(key: key, colonRange: nil, value: nil, range: key.range)
        var pending: (SyntaxNode, TextRange)?
        var entries = [first]
        switch parseKeyLine(indent: indent, depth: depth) {
        case let .key(key, colon): pending = (key, colon)
        case let .missingColon(key): entries.append(MappingEntry(key: key, colonRange: nil, value: nil, range: key.range))
        case .skipped: break
        }
        return parseBlockMappingEntries(indent: indent, entries: entries, pending: pending, depth: depth)
    }

    /// The entries of a block mapping at `indent` from one that is not its first (`position` at
    /// its key): how the mapping's own loop reads its later lines.
    mutating func parseBlockMappingEntries(fromLaterEntryAt indent: Int, depth: Int) -> SyntaxNode {
        var entries: [MappingEntry] = []
        var pending: (SyntaxNode, TextRange)?
        switch parseKeyLine(indent: indent, depth: depth) {
        case let .key(key, colon): pending = (key, colon)
        case let .missingColon(key): entries.append(MappingEntry(key: key, colonRange: nil, value: nil, range: key.range))
        case .skipped: break
        }
        return parseBlockMappingEntries(indent: indent, entries: entries, pending: pending, depth: depth)
    }

    private mutating func parseBlockMappingEntries(indent: Int, entries: [MappingEntry], pending: (SyntaxNode, TextRange)?, depth: Int) -> SyntaxNode {
        var entries = entries
        // Room for a few entries at once: growing one by one reallocates at 1, 2 and 4.
        entries.reserveCapacity(4)
        var pending = pending
        var keys = KeyIndex(in: self)
        while true {
            if let (key, colon) = pending {
                checkKeyLength(key)
                let value = parseValueAfterIndicator(parentIndent: indent, context: .afterColon, indicatorEnd: colon.end, depth: depth)
                let entry = MappingEntry(key: key, colonRange: colon, value: value, range: key.range.union(colon).union(value.range))
                keys.add(entry, in: &self)
                entries.append(entry)
                pending = nil
            }
            guard !stopped, let probe = nextLineInBlock(indent: indent) else { break }
            position = probe.contentStart
            switch parseKeyLine(indent: indent, depth: depth) {
            case let .key(key, colon):
                pending = (key, colon)
            case let .missingColon(key):
                entries.append(MappingEntry(key: key, colonRange: nil, value: nil, range: key.range))
            case .skipped:
                break
            }
        }
        keys.close(in: &self)
        let range = TextRange(start: entries.first?.range.start ?? position, end: entries.last?.range.end ?? position)
        return makeNode(range, .mapping(SyntaxMapping(style: .block, entries: entries)))
    }

    /// Parses a block sequence whose dashes are at `indent`, from its first dash. A sequence
    /// that is a mapping's value at the mapping's own indentation (`key:` then `- a` below it)
    /// ends at the first line without a dash (`endsAtNonDash`); any other sequence reports it.
    mutating func parseBlockSequence(indent: Int, endsAtNonDash: Bool, depth: Int) -> SyntaxNode {
        guard depth <= limits.maximumDepth else { return skipTooDeep(position, indent: endsAtNonDash ? indent : indent - 1) }
        var items: [SequenceItem] = []
        items.reserveCapacity(4)
        while true {
            let dash = TextRange(start: position, end: position + 1)
            position += 1
            let value = parseValueAfterIndicator(parentIndent: indent, context: .afterDash, indicatorEnd: dash.end, depth: depth)
            items.append(SequenceItem(dashRange: dash, value: value, range: dash.union(value.range)))
            var next: LineProbe?
            while !stopped, let probe = nextLineInBlock(indent: indent) {
                if bytes[probe.contentStart] == Byte.minus, isBlankOrEnd(at: probe.contentStart + 1) {
                    next = probe
                    break
                }
                if endsAtNonDash { break }
                report(.mixedCollection, lineContentRange(probe),
                       "This line lines up with the list items above but does not start with '- '. Add '- ' to make it an item, or indent it under an item.")
                skipLineAndDeeper(than: indent)
            }
            guard let probe = next else { break }
            position = probe.contentStart
        }
        let range = TextRange(start: items.first?.range.start ?? position, end: items.last?.range.end ?? position)
        return makeNode(range, .sequence(SyntaxSequence(style: .block, items: items)))
    }

    /// A line of a block mapping after the first: `key: …`, or what went wrong with it.
    private mutating func parseKeyLine(indent: Int, depth: Int) -> KeyLine {
        if skipProperties(flow: false) != nil, isBreakOrEnd(at: position) || bytes[position] == Byte.hash {
            finishLine()
            skipDeeperLines(than: indent)
            return .skipped
        }
        switch scanBlockHead(parentIndent: indent, continueIfNotKey: false, lineIndent: indent, depth: depth) {
        case let .key(key, colon, multiLine):
            if multiLine { report(.multilineKey, key.range, "A key must be on one line with its ':'. Join the lines.") }
            return .key(key, colon: colon)
        case .dash:
            report(.mixedCollection, TextRange(start: position, end: position + 1),
                   "A list item cannot sit among the keys of a mapping. Indent it under a key ending with ':', or remove the '- '.")
            skipLineAndDeeper(than: indent)
            return .skipped
        case let .value(node):
            let isLineScalar = node.scalar.map { $0.style != .literal && $0.style != .folded } ?? false
            if isLineScalar {
                reportMissingColon(node)
            } else {
                report(.missingColon, node.range, "A mapping expects 'key: value' on this line. Add a key before the value.")
            }
            finishLine()
            skipDeeperLines(than: indent)
            return isLineScalar ? .missingColon(node) : .skipped
        case .skipped:
            return .skipped
        }
    }

    private mutating func reportMissingColon(_ key: SyntaxNode) {
        let text = key.scalar?.text ?? ""
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        report(.missingColon, key.range, "'\(shown)' has no ':' after it. Write '\(shown): value', or indent the line further if it continues the value above.")
    }

    /// The next line of the block collection at `indent`, or nil when the collection ends (a
    /// less-indented line, a document marker, the end). Lines indented further than `indent`
    /// (which no entry took as its value) are reported and skipped with the lines under them;
    /// a tab-indented line is reported and skipped alone.
    mutating func nextLineInBlock(indent: Int) -> LineProbe? {
        while !stopped {
            let probe = probeLine()
            guard probe.kind == .content, probe.lineStart < boundary else { return nil }
            if probe.hasTabInIndent {
                // Its nesting is unknowable, so the innermost collection reports the line alone
                // and goes on: the lines after it keep their place in the tree.
                let tabStart = probe.lineStart + probe.indent
                report(.tabIndentation, TextRange(start: tabStart, end: probe.contentStart),
                       "This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces.")
                moveToNextLine()
                continue
            }
            guard probe.indent >= indent else { return nil }
            if probe.indent > indent {
                report(.badIndentation, lineContentRange(probe),
                       "This line is indented more than the entries above it (column \(indent + 1)) but is not part of a value. Align it with them, or put it under a key that ends with ':'.")
                skipLineAndDeeper(than: indent)
                continue
            }
            return probe
        }
        return nil
    }

    /// The content of a probed line, trailing blanks and comment excluded when easy to tell.
    func lineContentRange(_ probe: LineProbe) -> TextRange {
        TextRange(start: probe.contentStart, end: trimmedEnd(lineEnd(from: probe.contentStart), floor: probe.contentStart))
    }

    /// Drops following lines indented more than `indent` (the current line is already finished).
    mutating func skipDeeperLines(than indent: Int) {
        while !stopped {
            let probe = probeLine()
            guard probe.kind == .content, probe.indent > indent else { return }
            moveToNextLine()
        }
    }

    /// A block collection beyond the depth limit: reported, and its lines (those indented more
    /// than `indent`) skipped.
    private mutating func skipTooDeep(_ start: Int, indent: Int) -> SyntaxNode {
        report(.tooDeep, TextRange(start: start, end: trimmedEnd(lineEnd(from: start), floor: start)),
               "Nesting deeper than \(limits.maximumDepth) levels; this part is ignored. Flatten the structure.")
        skipLineAndDeeper(than: indent)
        return makeEmptyNull(at: start)
    }

    /// YAML limits implicit keys to 1,024 characters.
    mutating func checkKeyLength(_ key: SyntaxNode) {
        guard key.range.length > 1024 else { return }
        var characters = 0
        for index in key.range.start ..< min(key.range.end, end) where bytes[index] & 0xC0 != 0x80 { characters += 1 }
        if characters > 1024 {
            report(.keyTooLong, key.range, "This key is \(characters) characters long; YAML allows 1,024. Use a short key and put the text in its value.")
        }
    }
}

/// The keys of one mapping seen so far, to report duplicates. Keys compare as the JSON object
/// keys they become (`Scalar.jsonKey`), so `1` and `"1"` clash as they would for any consumer.
/// Small mappings (most of them) are searched linearly; a dictionary is built past 16 keys.
/// The small lists of all open mappings share one stack, `ParserState.openMappingKeys`, so that
/// no mapping allocates its own: a nested mapping is complete (and closed) before its parent
/// adds its next key, so a mapping's keys are always the top of the stack from `base`.
struct KeyIndex {
    private static let dictionaryThreshold = 16
    private let base: Int
    private var large: [String: TextRange] = [:]

    init(in state: ParserState) {
        base = state.openMappingKeys.count
    }

    /// Drops this mapping's keys from the shared stack; called once the mapping is complete.
    func close(in state: inout ParserState) {
        state.openMappingKeys.removeLast(max(0, state.openMappingKeys.count - base))
    }

    mutating func add(_ entry: MappingEntry, in state: inout ParserState) {
        guard let scalar = entry.key.scalar else { return }
        let key = scalar.jsonKey
        let range = entry.key.range
        var first: TextRange?
        if state.openMappingKeys.count - base < KeyIndex.dictionaryThreshold {
            for index in base ..< state.openMappingKeys.count where state.openMappingKeys[index].key == key {
                first = state.openMappingKeys[index].range
                break
            }
            if first == nil { state.openMappingKeys.append((key, range)) }
        } else {
            if large.isEmpty { for (key, range) in state.openMappingKeys[base...].reversed() { large[key] = range } }
            first = large[key]
            if first == nil { large[key] = range }
        }
        guard let first else { return }
        let duplicate = KeyIndex.duplicate(key, at: range, first: first, line: state.lineNumber(of: first.start), documentName: state.documentName)
        state.report(.duplicateKey, range, duplicate.message, related: duplicate.related)
    }

    /// What `syntax/duplicate-key` says of `key` at `range`, first defined at `first` on `line`.
    static func duplicate(_ key: String, at range: TextRange, first: TextRange, line: Int, documentName: String) -> (message: String, related: [RelatedLocation]) {
        ("'\(key)' is already a key of this mapping (line \(line)). Merge the two entries or rename one.",
         [RelatedLocation(documentName: documentName, range: first, message: "'\(key)' is first defined here")])
    }
}
