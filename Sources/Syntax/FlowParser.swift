import SourceText

extension ParserState {
    /// Parses `[…]` or `{…}` from its opening bracket. Entries are flow nodes separated by
    /// commas; a flow sequence may hold single `key: value` pairs (each becomes a one-entry
    /// mapping, as YAML reads it); a flow mapping's entry may omit `: value` (its value is null).
    /// Lines inside must be indented more than `parentIndent`.
    ///
    /// Recovery: a missing or extra comma is reported and parsing goes on with the next entry;
    /// a collection still open at the end of the input, at a document marker, at a line not
    /// indented enough, or at the wrong closing bracket is reported (`syntax/unclosed-flow`) and
    /// closed there with the entries read so far, so `[a, b` being typed keeps `a` and `b`.
    mutating func parseFlowCollection(parentIndent: Int, depth: Int) -> SyntaxNode {
        let open = position
        let isSequence = bytes[open] == Byte.openBracket
        guard depth <= limits.maximumDepth else {
            report(.tooDeep, TextRange(start: open, end: open + 1),
                   "Nesting deeper than \(limits.maximumDepth) levels; this part is ignored. Flatten the structure.")
            skipFlowCollection(parentIndent: parentIndent)
            return makeScalar(TextRange(start: open, end: position), .plain, "", .null)
        }
        let close = isSequence ? Byte.closeBracket : Byte.closeBrace
        position += 1
        var items: [SequenceItem] = []
        var entries: [MappingEntry] = []
        var keys = KeyIndex(in: self)
        var closed = false
        var lastEnd = open + 1
        while !stopped {
            guard skipFlowSpace(parentIndent: parentIndent) else { break }
            let byte = bytes[position]
            if byte == close {
                position += 1
                lastEnd = position
                closed = true
                break
            }
            if byte == Byte.closeBracket || byte == Byte.closeBrace { break }
            if byte == Byte.comma {
                report(.flowEntry, TextRange(start: position, end: position + 1), "Empty entry: remove this extra comma.")
                position += 1
                continue
            }
            let entryLineStart = lineStart
            guard let node = parseFlowNode(parentIndent: parentIndent, depth: depth) else {
                let length = max(utf8Length(at: position), 1)
                report(.flowEntry, TextRange(start: position, end: position + length),
                       "Unexpected '\(string(position ..< position + length))' in a bracketed \(isSequence ? "list" : "mapping"). Quote the value if the character belongs to it.")
                position += length
                continue
            }
            lastEnd = node.range.end
            let canContinue = skipFlowSpace(parentIndent: parentIndent)
            if canContinue, bytes[position] == Byte.colon, isFlowValueIndicator(at: position, afterJSONLikeKey: isJSONLike(node)) {
                let colon = TextRange(start: position, end: position + 1)
                position += 1
                // Only a pair inside [ ] must keep its key on one line; in { } a key may span lines.
                if isSequence, lineStart != entryLineStart {
                    report(.multilineKey, node.range, "A key inside brackets must be on one line with its ':'. Join the lines.")
                }
                if node.scalar == nil {
                    report(.complexKey, node.range, "A key cannot be a list or mapping. Use a plain name as the key.")
                }
                var value: SyntaxNode
                if skipFlowSpace(parentIndent: parentIndent), bytes[position] != Byte.comma, bytes[position] != close,
                   let parsed = parseFlowNode(parentIndent: parentIndent, depth: depth) {
                    value = parsed
                } else {
                    value = makeEmptyNull(at: colon.end)
                }
                if value.range.isEmpty { value = makeEmptyNull(at: colon.end) }
                let entry = MappingEntry(key: node, colonRange: colon, value: value, range: node.range.union(value.range).union(colon))
                lastEnd = entry.range.end
                if isSequence {
                    let pair = makeNode(entry.range, .mapping(SyntaxMapping(style: .flow, entries: [entry])))
                    items.append(SequenceItem(dashRange: nil, value: pair, range: entry.range))
                } else {
                    keys.add(entry, in: &self)
                    entries.append(entry)
                }
            } else {
                if isSequence {
                    items.append(SequenceItem(dashRange: nil, value: node, range: node.range))
                } else {
                    if node.scalar == nil {
                        report(.complexKey, node.range, "A key cannot be a list or mapping. Use a plain name as the key.")
                    }
                    let entry = MappingEntry(key: node, colonRange: nil, value: makeEmptyNull(at: node.range.end), range: node.range)
                    keys.add(entry, in: &self)
                    entries.append(entry)
                }
                guard canContinue else { break }
            }
            guard skipFlowSpace(parentIndent: parentIndent) else { break }
            let next = bytes[position]
            if next == Byte.comma {
                position += 1
            } else if next != close {
                // A wrong closing bracket ends this collection (reported as unclosed below).
                if next == Byte.closeBracket || next == Byte.closeBrace { break }
                report(.flowEntry, TextRange(start: position, end: position + max(utf8Length(at: position), 1)),
                       "Expected ',' or '\(isSequence ? "]" : "}")' here. Separate entries with a comma, or close the \(isSequence ? "list" : "mapping").")
            }
        }
        keys.close(in: &self)
        if !closed, !stopped {
            report(.unclosedFlow, TextRange(start: open, end: open + 1),
                   "This '\(isSequence ? "[" : "{")' is never closed. Add '\(isSequence ? "]" : "}")' after its last entry.")
        }
        let range = TextRange(start: open, end: max(lastEnd, open + 1))
        return isSequence
            ? makeNode(range, .sequence(SyntaxSequence(style: .flow, items: items)))
            : makeNode(range, .mapping(SyntaxMapping(style: .flow, entries: entries)))
    }

    /// One node inside brackets, or nil if none can start here (nothing is consumed then).
    /// Anchors and tags are reported and skipped; an alias becomes a null scalar.
    mutating func parseFlowNode(parentIndent: Int, depth: Int) -> SyntaxNode? {
        while !stopped, position < end {
            let byte = bytes[position]
            switch byte {
            case Byte.openBracket, Byte.openBrace:
                return parseFlowCollection(parentIndent: parentIndent, depth: depth + 1)
            case Byte.doubleQuote, Byte.singleQuote:
                return scanQuoted(parentIndent: parentIndent).node
            case Byte.ampersand, Byte.exclamation:
                let propertyEnd = skipProperty(flow: true)
                guard skipFlowSpace(parentIndent: parentIndent) else { return makeEmptyNull(at: propertyEnd) }
                let next = bytes[position]
                if next == Byte.comma || next == Byte.closeBracket || next == Byte.closeBrace || next == Byte.colon && isBlankOrEnd(at: position + 1) {
                    return makeEmptyNull(at: propertyEnd)
                }
            case Byte.asterisk:
                return scanAlias(flow: true)
            case Byte.question where isBlankOrEnd(at: position + 1) || Byte.isFlowIndicator(self.byte(at: position + 1)):
                report(.explicitKey, TextRange(start: position, end: position + 1), "Explicit keys ('? ') are not supported. Write 'key: value' instead.")
                position += 1
                guard skipFlowSpace(parentIndent: parentIndent) else { return makeEmptyNull(at: position) }
                let next = bytes[position]
                if next == Byte.comma || next == Byte.closeBracket || next == Byte.closeBrace { return makeEmptyNull(at: position) }
            case Byte.colon where isBlankOrEnd(at: position + 1) || Byte.isFlowIndicator(self.byte(at: position + 1)):
                report(.emptyKey, TextRange(start: position, end: position + 1), "This entry has ':' but no key. Write the key before the colon.")
                return makeEmptyNull(at: position)
            default:
                guard canStartPlain(at: position, flow: true) else { return nil }
                if byte == Byte.question || byte == Byte.colon {
                    // `[?x]` and `[:x]`: plain text in YAML 1.2, a key marker or an error in
                    // YAML 1.1 tools (PyYAML, libyaml). Rejected so nobody reads it differently.
                    let line = scanPlainLine(from: position, flow: true)
                    report(.ambiguousValue, TextRange(start: position, end: line.contentEnd),
                           "YAML tools disagree on a value that starts with '\(byte == Byte.question ? "?" : ":")' inside brackets. Put it in quotes.")
                }
                let line = scanPlainLine(from: position, flow: true)
                return scanPlainScalar(first: line, parentIndent: parentIndent, flow: true)
            }
        }
        return nil
    }

    private func isJSONLike(_ node: SyntaxNode) -> Bool {
        switch node.content {
        case let .scalar(scalar): return scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        case .mapping, .sequence: return true
        }
    }

    /// `:` separates a flow key from its value when followed by a blank, a line break, a flow
    /// indicator, or — after a quoted key or a collection — anything.
    private func isFlowValueIndicator(at index: Int, afterJSONLikeKey: Bool) -> Bool {
        afterJSONLikeKey || isBlankOrEnd(at: index + 1) || Byte.isFlowIndicator(byte(at: index + 1))
    }

    /// Skips blanks, comments and line breaks inside brackets. Returns false, with `position` on
    /// the last line break read (so the caller's line can be finished normally), when the
    /// collection cannot continue: end of input, a document marker, or a content line indented
    /// no more than `parentIndent`.
    mutating func skipFlowSpace(parentIndent: Int) -> Bool {
        var afterBlank = position == lineStart || (position > 0 && Byte.isBlank(bytes[position - 1]))
        while position < end {
            let byte = bytes[position]
            if Byte.isBlank(byte) {
                position += 1
                afterBlank = true
                continue
            }
            if byte == Byte.hash, afterBlank {
                recordComment(at: position)
                position = lineEnd(from: position)
                continue
            }
            guard Byte.isBreak(byte) else { return true }
            let next = afterBreak(at: position)
            var scan = next
            while scan < end, bytes[scan] == Byte.space { scan += 1 }
            let indent = scan - next
            while scan < end, Byte.isBlank(bytes[scan]) { scan += 1 }
            if scan < end, !Byte.isBreak(bytes[scan]), bytes[scan] != Byte.hash {
                if indent <= parentIndent || (indent == 0 && isDocumentMarker(at: next)) { return false }
            }
            position = next
            lineStart = next
            afterBlank = true
        }
        return false
    }

    /// Skips a flow collection too deep to parse, by counting brackets (quotes respected).
    mutating func skipFlowCollection(parentIndent: Int) {
        var level = 0
        while position < end {
            let byte = bytes[position]
            switch byte {
            case Byte.openBracket, Byte.openBrace:
                level += 1
            case Byte.closeBracket, Byte.closeBrace:
                level -= 1
                if level <= 0 {
                    position += 1
                    return
                }
            case Byte.doubleQuote, Byte.singleQuote:
                var index = position + 1
                while index < end, bytes[index] != byte, !Byte.isBreak(bytes[index]) {
                    index += byte == Byte.doubleQuote && bytes[index] == Byte.backslash ? 2 : 1
                }
                position = min(index, end - 1)
                if position < end, Byte.isBreak(bytes[position]) { continue }
            case Byte.hash where position > 0 && Byte.isBlank(bytes[position - 1]):
                position = lineEnd(from: position)
                continue
            case Byte.lineFeed, Byte.carriageReturn:
                let save = position
                guard skipFlowSpace(parentIndent: parentIndent) else { return }
                if position == save { position += 1 }
                continue
            default:
                break
            }
            position += 1
        }
    }
}
