import SourceText

/// What the first token of a block node says it is.
enum BlockHead {
    /// `- `: a block sequence item.
    case dash
    /// A scalar followed by `:`: the first key of a block mapping (`position` is after the colon).
    case key(SyntaxNode, colon: TextRange, multiLine: Bool)
    /// A complete scalar or flow collection.
    case value(SyntaxNode)
    /// An error was reported and the line (with its deeper lines) skipped.
    case skipped
}

/// A line of a block mapping after its first.
enum KeyLine {
    case key(SyntaxNode, colon: TextRange)
    /// `purpose-and-` being typed: a key without its colon (reported).
    case missingColon(SyntaxNode)
    case skipped
}

extension ParserState {
    // MARK: Nodes

    /// Parses the block node whose first token is at `position`, with `column` the indentation a
    /// block collection starting here would have. Returns nil when the first line was broken and
    /// skipped (the caller may try the next line). Returns with `position` at a line start.
    mutating func parseBlockNode(parentIndent: Int, column: Int, context: NodeContext, tabBefore: Bool, sameIndentSequence: Bool, depth: Int) -> SyntaxNode? {
        if let propertyEnd = skipProperties(flow: false), isBreakOrEnd(at: position) || byte(at: position) == Byte.hash {
            // `key: &anchor` with the node on the following lines.
            finishLine()
            return parseNodeOnFollowingLines(parentIndent: parentIndent, allowSameIndentSequence: context == .afterColon, depth: depth)
                ?? makeEmptyNull(at: propertyEnd)
        }
        let lineIndent = currentLineIndent()
        switch scanBlockHead(parentIndent: parentIndent, continueIfNotKey: true, lineIndent: lineIndent, depth: depth) {
        case .dash:
            guard context.allowsBlockCollection, !tabBefore else {
                reportMisplacedCollection(TextRange(start: position, end: position + 1), tab: tabBefore, isSequence: true)
                skipLineAndDeeper(than: lineIndent)
                return nil
            }
            return parseBlockSequence(indent: column, endsAtNonDash: sameIndentSequence, depth: depth + 1)
        case let .key(key, colon, multiLine):
            guard context.allowsBlockCollection, !tabBefore else {
                reportMisplacedCollection(colon, tab: tabBefore, isSequence: false)
                skipLineAndDeeper(than: lineIndent)
                return context == .lineStart ? nil : key
            }
            if multiLine { report(.multilineKey, key.range, "A key must be on one line with its ':'. Join the lines.") }
            return parseBlockMapping(indent: column, firstKey: key, colon: colon, depth: depth + 1)
        case let .value(node):
            finishLine()
            if context == .lineStart, isOneLineScalar(node), let probe = sameIndentLine(column) {
                // A one-line scalar followed by a line at its indentation is a mapping whose
                // first key is still being typed (`purpose-and-` above `level: 2`).
                position = probe.contentStart
                return parseBlockMapping(indent: column, firstKeyWithoutColon: node, depth: depth + 1)
            }
            return node
        case .skipped:
            return nil
        }
    }

    private func isOneLineScalar(_ node: SyntaxNode) -> Bool {
        guard let scalar = node.scalar, scalar.style != .literal, scalar.style != .folded, node.range.length > 0 else { return false }
        return !bytes[node.range.start ..< node.range.end].contains { Byte.isBreak($0) }
    }

    /// The next content line if it is at exactly `indent` (spaces only) and not a `- ` item.
    private mutating func sameIndentLine(_ indent: Int) -> LineProbe? {
        let probe = probeLine()
        guard probe.kind == .content, probe.indent == indent, !probe.hasTabInIndent,
              !(bytes[probe.contentStart] == Byte.minus && isBlankOrEnd(at: probe.contentStart + 1)) else { return nil }
        return probe
    }

    /// After `key:`, `- ` or `---`: the value on the rest of the line or, if there is none, on the
    /// following lines; else the null YAML reads, as an empty range just after the indicator.
    mutating func parseValueAfterIndicator(parentIndent: Int, context: NodeContext, indicatorEnd: Int, depth: Int) -> SyntaxNode {
        var sawTab = false
        while position < end, Byte.isBlank(bytes[position]) {
            if bytes[position] == Byte.tab { sawTab = true }
            position += 1
        }
        if isBreakOrEnd(at: position) || bytes[position] == Byte.hash {
            finishLine()
            return parseNodeOnFollowingLines(parentIndent: parentIndent, allowSameIndentSequence: context == .afterColon, depth: depth)
                ?? makeEmptyNull(at: indicatorEnd)
        }
        return parseBlockNode(parentIndent: parentIndent, column: column, context: context, tabBefore: sawTab, sameIndentSequence: false, depth: depth)
            ?? makeEmptyNull(at: indicatorEnd)
    }

    /// A node that starts on a following line: indented more than `parentIndent`, or (for a
    /// mapping's value) a `- ` list at the mapping's own indentation. Broken first lines are
    /// skipped and the next deeper line tried.
    mutating func parseNodeOnFollowingLines(parentIndent: Int, allowSameIndentSequence: Bool, depth: Int) -> SyntaxNode? {
        while !stopped {
            let probe = probeLine()
            guard probe.kind == .content else { return nil }
            let isDash = bytes[probe.contentStart] == Byte.minus && isBlankOrEnd(at: probe.contentStart + 1)
            let sameIndentSequence = allowSameIndentSequence && probe.indent == parentIndent && isDash && !probe.hasTabInIndent
            guard probe.indent > parentIndent || sameIndentSequence else { return nil }
            position = probe.contentStart
            if let node = parseBlockNode(parentIndent: parentIndent, column: probe.indent, context: .lineStart, tabBefore: probe.hasTabInIndent,
                                         sameIndentSequence: sameIndentSequence, depth: depth) {
                return node
            }
        }
        return nil
    }

    private mutating func reportMisplacedCollection(_ range: TextRange, tab: Bool, isSequence: Bool) {
        if tab {
            report(.tabIndentation, range, "A tab before a nested \(isSequence ? "list" : "mapping") makes its indentation ambiguous. Use spaces only.")
        } else if isSequence {
            report(.collectionOnKeyLine, range, "A list cannot start on the same line as its key. Put '- item' on the next line, indented; or quote the value if it starts with '-'.")
        } else {
            report(.collectionOnKeyLine, range, "A second ':' on this line would start a mapping inside a value, which YAML does not allow. Put the nested entry on its own line, indented; or quote the value if the colon belongs to it.")
        }
    }

    /// Leading spaces of the current line.
    func currentLineIndent() -> Int {
        var index = lineStart
        while index < end, bytes[index] == Byte.space { index += 1 }
        return index - lineStart
    }

    // MARK: Heads

    /// Reads the first token of a block node. A plain scalar that is not a key continues over
    /// following lines only if `continueIfNotKey` (a key line in a mapping reads one line).
    mutating func scanBlockHead(parentIndent: Int, continueIfNotKey: Bool, lineIndent: Int, depth: Int) -> BlockHead {
        let start = position
        let first = bytes[start]
        switch first {
        case Byte.minus where isBlankOrEnd(at: start + 1):
            return .dash
        case Byte.question where isBlankOrEnd(at: start + 1):
            report(.explicitKey, TextRange(start: start, end: start + 1), "Explicit keys ('? ') are not supported. Write the entry as 'key: value' on one line.")
            skipLineAndDeeper(than: lineIndent)
            // The `: value` line that belongs to the explicit key goes with it.
            let next = probeLine()
            if next.kind == .content, next.indent == lineIndent, bytes[next.contentStart] == Byte.colon, isBlankOrEnd(at: next.contentStart + 1) {
                skipLineAndDeeper(than: lineIndent)
            }
            return .skipped
        case Byte.colon where isBlankOrEnd(at: start + 1):
            report(.emptyKey, TextRange(start: start, end: start + 1), "This line has ':' but no key. Write the key before the colon.")
            skipLineAndDeeper(than: lineIndent)
            return .skipped
        case Byte.pipe, Byte.greaterThan:
            return .value(scanBlockScalar(parentIndent: parentIndent))
        case Byte.openBracket, Byte.openBrace:
            let node = parseFlowCollection(parentIndent: parentIndent, depth: depth + 1)
            var index = position
            while index < end, Byte.isBlank(bytes[index]) { index += 1 }
            if index < end, bytes[index] == Byte.colon {
                report(.complexKey, node.range, "A key cannot be a list or mapping. Use a plain name as the key.")
                skipLineAndDeeper(than: lineIndent)
                return .skipped
            }
            return .value(node)
        case Byte.doubleQuote, Byte.singleQuote:
            let (node, multiLine) = scanQuoted(parentIndent: parentIndent)
            if let colon = colonAfterKey() { return .key(node, colon: colon, multiLine: multiLine) }
            return .value(node)
        case Byte.asterisk:
            let node = scanAlias(flow: false)
            if let colon = colonAfterKey() { return .key(node, colon: colon, multiLine: false) }
            return .value(node)
        case Byte.percent where start == lineStart:
            report(.directive, TextRange(start: start, end: trimmedEnd(lineEnd(from: start), floor: start)),
                   "Directives ('%YAML', '%TAG') are not supported, and must come before '---'. Delete this line.")
            skipLineAndDeeper(than: lineIndent)
            return .skipped
        default:
            guard canStartPlain(at: start, flow: false) else {
                let length = max(utf8Length(at: start), 1)
                let shown = string(start ..< start + length)
                if first == Byte.at || first == Byte.backtick || first == Byte.percent {
                    report(.reservedIndicator, TextRange(start: start, end: start + length), "A value cannot start with '\(shown)'. Put the value in quotes.")
                } else {
                    report(.unexpectedText, TextRange(start: start, end: start + length), "Unexpected '\(shown)'. Quote the value if the character belongs to it.")
                }
                skipLineAndDeeper(than: lineIndent)
                return .skipped
            }
            let line = scanPlainLine(from: start, flow: false)
            if case let .mappingIndicator(colonAt) = line.stop {
                let key = finishPlain(line)
                position = colonAt + 1
                return .key(key, colon: TextRange(start: colonAt, end: colonAt + 1), multiLine: false)
            }
            return .value(continueIfNotKey ? scanPlainScalar(first: line, parentIndent: parentIndent, flow: false) : finishPlain(line))
        }
    }

    /// After a quoted key or an alias: `:` (after optional blanks) makes it a key.
    private mutating func colonAfterKey() -> TextRange? {
        var index = position
        while index < end, Byte.isBlank(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == Byte.colon else { return nil }
        if !isBlankOrEnd(at: index + 1) {
            report(.unexpectedText, TextRange(start: index, end: index + 1), "Put a space after ':' to separate the key from its value.")
        }
        position = index + 1
        return TextRange(start: index, end: index + 1)
    }

    // MARK: Properties and aliases

    /// Reports and skips anchors (`&a`) and tags (`!t`) at `position`, and the blanks after each.
    /// Returns the end of the last one, or nil if there was none.
    mutating func skipProperties(flow: Bool) -> Int? {
        var last: Int?
        while position < end, bytes[position] == Byte.ampersand || bytes[position] == Byte.exclamation {
            last = skipProperty(flow: flow)
            while position < end, Byte.isBlank(bytes[position]) { position += 1 }
        }
        return last
    }

    /// Reports and skips one anchor or tag; returns its end.
    mutating func skipProperty(flow: Bool) -> Int {
        let start = position
        let isAnchor = bytes[start] == Byte.ampersand
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if Byte.isBlank(byte) || Byte.isBreak(byte) || ((flow || isAnchor) && Byte.isFlowIndicator(byte)) { break }
            index += 1
        }
        let shown = string(start ..< min(index, start + 40))
        if isAnchor {
            report(.anchor, TextRange(start: start, end: index), "Anchors are not supported: remove '\(shown)' and write the content out in full where it is reused.")
        } else {
            report(.tag, TextRange(start: start, end: index), "Tags are not supported: remove '\(shown)'. Quote the value if it must be read as text.")
        }
        position = index
        return index
    }

    /// Reports an alias (`*a`) and stands in a null for it, so the structure around it survives.
    mutating func scanAlias(flow: Bool) -> SyntaxNode {
        let start = position
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if Byte.isBlank(byte) || Byte.isBreak(byte) || Byte.isFlowIndicator(byte) { break }
            index += 1
        }
        let range = TextRange(start: start, end: index)
        report(.alias, range, "Aliases are not supported: replace '\(string(start ..< min(index, start + 40)))' with the content it refers to.")
        position = index
        return makeScalar(range, .plain, string(start ..< index), .null)
    }
}
