import SourceText

/// Why the first line of a plain scalar ended.
enum PlainStop {
    case lineEnd
    /// ` #`: a comment follows.
    case comment
    /// `: ` (or `:` before a flow indicator in flow context) at this offset.
    case mappingIndicator(Int)
    /// `,` `[` `]` `{` `}` in flow context.
    case flowIndicator
}

/// The first line of a plain scalar, before deciding whether it is a key.
struct PlainLine {
    var start: Int
    /// End of the content (trailing blanks excluded).
    var contentEnd: Int
    var stop: PlainStop
}

extension ParserState {
    /// Whether a plain scalar may start here (YAML 1.2 `ns-plain-first`): not an indicator,
    /// except `-`, `?`, `:` followed by a non-blank (and, in flow context, non-flow-indicator).
    func canStartPlain(at index: Int, flow: Bool) -> Bool {
        guard index < end else { return false }
        let byte = bytes[index]
        switch byte {
        case Byte.space, Byte.tab, Byte.lineFeed, Byte.carriageReturn, Byte.comma, Byte.openBracket, Byte.closeBracket,
             Byte.openBrace, Byte.closeBrace, Byte.hash, Byte.ampersand, Byte.asterisk, Byte.exclamation, Byte.pipe,
             Byte.greaterThan, Byte.singleQuote, Byte.doubleQuote, Byte.percent, Byte.at, Byte.backtick:
            return false
        case Byte.minus, Byte.question, Byte.colon:
            guard index + 1 < end else { return false }
            let next = bytes[index + 1]
            if Byte.isBlank(next) || Byte.isBreak(next) { return false }
            if flow, Byte.isFlowIndicator(next) { return false }
            return true
        default:
            return true
        }
    }

    /// Whether a continuation line of a plain scalar may start here (`ns-plain-char` with no
    /// character before it): anything but `#`, a `:` not followed by a non-blank, and (in flow
    /// context) a flow indicator. Note that `- x` or `&x` on a more-indented line continue the
    /// scalar, as YAML reads them.
    func canContinuePlain(at index: Int, flow: Bool) -> Bool {
        guard index < end else { return false }
        let byte = bytes[index]
        if byte == Byte.hash || Byte.isBlank(byte) || Byte.isBreak(byte) { return false }
        if flow, Byte.isFlowIndicator(byte) { return false }
        if byte == Byte.colon {
            let next = self.byte(at: index + 1)
            if isBlankOrEnd(at: index + 1) || (flow && Byte.isFlowIndicator(next)) { return false }
        }
        return true
    }

    /// Scans one line of plain scalar text from `start`, stopping before ` #`, `: `, a line
    /// break, or (in flow context) a flow indicator. The content ends at the last non-blank
    /// before the stop.
    func scanPlainLine(from start: Int, flow: Bool) -> PlainLine {
        var index = start
        while index < end {
            // In block context only `#`, `:` and line breaks can end the line: jump to the next.
            if !flow {
                index = nextBlockPlainStop(from: index)
                guard index < end else { break }
            }
            let byte = bytes[index]
            if Byte.isBreak(byte) { break }
            if byte == Byte.hash, index > start, Byte.isBlank(bytes[index - 1]) {
                return PlainLine(start: start, contentEnd: trimmedEnd(index, floor: start), stop: .comment)
            }
            if byte == Byte.colon {
                let next = self.byte(at: index + 1)
                if index + 1 >= end || Byte.isBlank(next) || Byte.isBreak(next) || (flow && Byte.isFlowIndicator(next)) {
                    return PlainLine(start: start, contentEnd: trimmedEnd(index, floor: start), stop: .mappingIndicator(index))
                }
            } else if flow, Byte.isFlowIndicator(byte) {
                return PlainLine(start: start, contentEnd: trimmedEnd(index, floor: start), stop: .flowIndicator)
            }
            index += 1
        }
        return PlainLine(start: start, contentEnd: trimmedEnd(index, floor: start), stop: .lineEnd)
    }

    /// The first `#`, `:`, `\n` or `\r` at or after `index` (or `end`), eight bytes at a time:
    /// plain text is most of a document, and most of its bytes are none of these.
    private func nextBlockPlainStop(from index: Int) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            while index + 8 <= end {
                let word = WordScanning.word(at: base + index)
                let found = WordScanning.bytes(word, equalTo: Byte.hash) | WordScanning.bytes(word, equalTo: Byte.colon)
                    | WordScanning.bytes(word, equalTo: Byte.lineFeed) | WordScanning.bytes(word, equalTo: Byte.carriageReturn)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < end {
            let byte = bytes[index]
            if byte == Byte.hash || byte == Byte.colon || Byte.isBreak(byte) { return index }
            index += 1
        }
        return end
    }

    /// Makes the scalar node of a one-line plain scalar and moves past it.
    mutating func finishPlain(_ line: PlainLine) -> SyntaxNode {
        position = line.contentEnd
        let range = TextRange(start: line.start, end: line.contentEnd)
        let text = string(line.start ..< line.contentEnd)
        let value = resolvePlain(UnsafeBufferPointer(rebasing: bytes[line.start ..< line.contentEnd]), text: text, range: range)
        return makeScalar(range, .plain, text, value)
    }

    /// Continues a plain scalar whose first line is `first` over the following lines, folding
    /// them as YAML does (one break becomes a space, each empty line a line feed). A line
    /// continues the scalar when it is indented more than `parentIndent`, is not a document
    /// marker or a comment, starts like a plain scalar, and (in block context) is not itself a
    /// `key: value` line. Leaves `position` just after the last content byte.
    mutating func scanPlainScalar(first: PlainLine, parentIndent: Int, flow: Bool) -> SyntaxNode {
        guard case .lineEnd = first.stop, first.contentEnd < end else { return finishPlain(first) }
        var text: [UInt8] = []
        var lastLine = first
        var lastLineStart = lineStart
        var folded = false
        var cursor = lineEnd(from: first.contentEnd)
        while cursor < end {
            // `cursor` is at a line break that ended a content line.
            var emptyLines = 0
            var lineBegin = afterBreak(at: cursor)
            var contentAt = lineBegin
            var indent = 0
            while true {
                var index = lineBegin
                while index < end, bytes[index] == Byte.space { index += 1 }
                indent = index - lineBegin
                while index < end, Byte.isBlank(bytes[index]) { index += 1 }
                if index < end, Byte.isBreak(bytes[index]) {
                    emptyLines += 1
                    lineBegin = afterBreak(at: index)
                    continue
                }
                contentAt = index
                break
            }
            guard contentAt < end, indent > parentIndent,
                  !(indent == 0 && contentAt == lineBegin && isDocumentMarker(at: lineBegin)),
                  canContinuePlain(at: contentAt, flow: flow)
            else { break }
            let line = scanPlainLine(from: contentAt, flow: flow)
            if !flow, case .mappingIndicator = line.stop { break }
            if !folded {
                text.reserveCapacity(first.contentEnd - first.start + line.contentEnd - line.start + 1)
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first.start ..< first.contentEnd]))
                folded = true
            }
            if emptyLines == 0 {
                text.append(Byte.space)
            } else {
                for _ in 0 ..< emptyLines { text.append(Byte.lineFeed) }
            }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.start ..< line.contentEnd]))
            lastLine = line
            lastLineStart = lineBegin
            guard case .lineEnd = line.stop else { break }
            cursor = lineEnd(from: line.contentEnd)
        }
        guard folded else { return finishPlain(first) }
        position = lastLine.contentEnd
        lineStart = lastLineStart
        let range = TextRange(start: first.start, end: lastLine.contentEnd)
        // The core schema applies to the folded text ("1\n  2" is the string "1 2").
        let string = String(decoding: text, as: UTF8.self)
        let value = text.withUnsafeBufferPointer { resolvePlain($0, text: string, range: range) }
        return makeScalar(range, .plain, string, value)
    }
}

extension ParserState {
    /// The core-schema value of a plain scalar's text, reporting integers too large to hold.
    mutating func resolvePlain(_ bytes: UnsafeBufferPointer<UInt8>, text: String, range: TextRange) -> ScalarValue {
        switch CoreSchema.resolve(bytes) {
        case .string:
            return .string(text)
        case let .value(value):
            return value
        case let .integerOutOfRange(approximation):
            report(.numberOutOfRange, range, "This whole number is too large to be read exactly by every tool. Quote it if it is an identifier ('\(string(range.start ..< min(range.end, range.start + 40)))'), or write it as a decimal.")
            return .float(approximation)
        }
    }
}
