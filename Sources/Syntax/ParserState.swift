import SourceText

/// ASCII bytes the parser looks at. Everything else (letters, digits, every byte of a
/// multi-byte UTF-8 character) is content.
enum Byte {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let doubleQuote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let singleQuote: UInt8 = 0x27
    static let asterisk: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let greaterThan: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let backtick: UInt8 = 0x60
    static let openBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let closeBrace: UInt8 = 0x7D

    @inline(__always) static func isBreak(_ byte: UInt8) -> Bool { byte == lineFeed || byte == carriageReturn }
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
    @inline(__always) static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == comma || byte == openBracket || byte == closeBracket || byte == openBrace || byte == closeBrace
    }
}

/// Where a node starts, which decides what may start there: a block mapping or sequence may begin
/// on its own line or after `- `, never after `key:` or `---` on the same line.
enum NodeContext {
    case lineStart
    case afterDash
    case afterColon
    case afterDocumentStart

    var allowsBlockCollection: Bool { self == .lineStart || self == .afterDash }
}

/// The next line that holds content, found by skipping blank and comment-only lines.
struct LineProbe {
    enum Kind { case content, endOfInput, documentStart, documentEnd }
    var kind: Kind
    var lineStart: Int
    /// Leading spaces.
    var indent: Int
    /// First byte that is neither a space nor a tab.
    var contentStart: Int
    /// True when a tab comes before the content in the leading whitespace.
    var hasTabInIndent: Bool
}

/// The mutable state of one parse: the bytes, the position, and what has been collected.
/// The parser's methods are spread over several files as extensions of this type.
struct ParserState {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let limits: ParserLimits
    let documentName: String
    /// Used only to name line numbers in messages.
    let lineIndex: LineIndex
    var position: Int = 0
    /// Start of the line holding `position`; indentation is measured from here.
    var lineStart: Int = 0
    var diagnostics: [Diagnostic] = []
    var comments: [Comment] = []
    /// The keys of the mappings being parsed, innermost last (see `KeyIndex`).
    var openMappingKeys: [(key: String, range: TextRange)] = []
    var nodeCount = 0
    /// Set when a limit stops the parse: every loop then winds down, keeping what it has.
    var stopped = false
    var reportedTooManyErrors = false
    /// A line starting here or later ends every block collection (`IncrementalParser` re-reads
    /// one entry or item, and the line that follows it belongs to its parent).
    var boundary = Int.max
    private var cachedProbe: LineProbe?

    init(bytes: UnsafeBufferPointer<UInt8>, limits: ParserLimits, documentName: String, lineIndex: LineIndex) {
        self.bytes = bytes
        self.end = bytes.count
        self.limits = limits
        self.documentName = documentName
        self.lineIndex = lineIndex
    }

    /// 1-based line number of an offset, for messages.
    func lineNumber(of offset: Int) -> Int { lineIndex.line(containing: offset) + 1 }

    // MARK: Bytes

    /// The byte at `index`, or 0 past the end. Callers that loop must also test `index < end`,
    /// since a NUL may occur in (invalid) content.
    @inline(__always) func byte(at index: Int) -> UInt8 { index < end ? bytes[index] : 0 }

    /// True at the end of input, a line break, a space or a tab: what must follow an indicator.
    @inline(__always) func isBlankOrEnd(at index: Int) -> Bool {
        guard index < end else { return true }
        let byte = bytes[index]
        return Byte.isBlank(byte) || Byte.isBreak(byte)
    }

    @inline(__always) func isBreakOrEnd(at index: Int) -> Bool { index >= end || Byte.isBreak(bytes[index]) }

    /// Offset of the first line break at or after `index` (or `end`).
    func lineEnd(from index: Int) -> Int {
        var index = index
        while index < end {
            let byte = bytes[index]
            if byte == Byte.lineFeed || byte == Byte.carriageReturn { return index }
            index += 1
        }
        return end
    }

    /// Offset just after the line break at `index` (CRLF counts as one break).
    func afterBreak(at index: Int) -> Int {
        guard index < end else { return end }
        if bytes[index] == Byte.carriageReturn, index + 1 < end, bytes[index + 1] == Byte.lineFeed { return index + 2 }
        return index + 1
    }

    /// `---` or `...` at the start of a line, followed by a blank or the end of the line.
    func isDocumentMarker(at index: Int) -> Bool {
        guard index + 3 <= end else { return false }
        let first = bytes[index]
        guard first == Byte.minus || first == Byte.dot else { return false }
        return bytes[index + 1] == first && bytes[index + 2] == first && isBlankOrEnd(at: index + 3)
    }

    /// End of the text before `index` once trailing spaces and tabs are removed (not before `floor`).
    func trimmedEnd(_ index: Int, floor: Int) -> Int {
        var index = index
        while index > floor, Byte.isBlank(bytes[index - 1]) { index -= 1 }
        return index
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    var column: Int { position - lineStart }

    // MARK: Diagnostics and nodes

    mutating func report(_ rule: SyntaxRule, _ range: TextRange, _ message: String, related: [RelatedLocation] = []) {
        guard diagnostics.count < limits.maximumDiagnostics else {
            if !reportedTooManyErrors {
                reportedTooManyErrors = true
                diagnostics.append(Diagnostic(code: SyntaxRule.tooManyErrors.id, severity: .error,
                    message: "More than \(limits.maximumDiagnostics) syntax errors; only the first are shown.", range: range))
            }
            return
        }
        diagnostics.append(Diagnostic(code: rule.id, severity: .error, message: message, range: range, related: related))
    }

    /// Creates a node, counting it against the node limit; past the limit the parse stops.
    /// The content is consumed (moved into the node): borrowed, it would be copied, retaining
    /// its arrays and strings once more, and released again by the caller, for every node.
    mutating func makeNode(_ range: TextRange, _ content: consuming SyntaxNode.Content) -> SyntaxNode {
        nodeCount += 1
        if nodeCount > limits.maximumNodes, !stopped {
            report(.tooManyNodes, range, "The document has more than \(limits.maximumNodes) values; the rest of it is not read. Split it into several files.")
            stop()
        }
        return SyntaxNode(range: range, content: content)
    }

    mutating func makeScalar(_ range: TextRange, _ style: ScalarStyle, _ text: consuming String, _ value: consuming ScalarValue) -> SyntaxNode {
        makeNode(range, .scalar(Scalar(style: style, text: text, value: value)))
    }

    /// The null an empty value (`key:` or `- ` with nothing after it) stands for.
    mutating func makeEmptyNull(at offset: Int) -> SyntaxNode {
        makeScalar(.empty(at: offset), .plain, "", .null)
    }

    mutating func stop() {
        stopped = true
        position = end
        lineStart = end
        cachedProbe = nil
    }

    // MARK: Lines

    /// Moves to the start of the line after `position` (or the end).
    mutating func moveToNextLine() {
        let breakAt = lineEnd(from: position)
        position = afterBreak(at: breakAt)
        lineStart = position
    }

    /// From the start of a line: skips blank and comment-only lines (recording the comments) and
    /// describes the next line with content, leaving `position` at its start. Calling it again
    /// without moving is free, so every enclosing collection may look at the same line.
    mutating func probeLine() -> LineProbe {
        if let cached = cachedProbe, cached.lineStart == position { return cached }
        while position < end {
            let start = position
            var index = start
            while index < end, bytes[index] == Byte.space { index += 1 }
            let indent = index - start
            var hasTab = false
            while index < end, Byte.isBlank(bytes[index]) {
                hasTab = true
                index += 1
            }
            if index >= end || Byte.isBreak(bytes[index]) {
                position = afterBreak(at: index)
                lineStart = position
                continue
            }
            if bytes[index] == Byte.hash {
                recordComment(at: index)
                moveToNextLine()
                continue
            }
            lineStart = start
            var kind = LineProbe.Kind.content
            if indent == 0, !hasTab, isDocumentMarker(at: start) {
                kind = bytes[start] == Byte.minus ? .documentStart : .documentEnd
            }
            let probe = LineProbe(kind: kind, lineStart: start, indent: indent, contentStart: index, hasTabInIndent: hasTab)
            cachedProbe = probe
            return probe
        }
        lineStart = end
        return LineProbe(kind: .endOfInput, lineStart: end, indent: 0, contentStart: end, hasTabInIndent: false)
    }

    /// Records the comment whose `#` is at `index`; it runs to the end of the line.
    mutating func recordComment(at index: Int) {
        let stop = lineEnd(from: index)
        comments.append(Comment(range: TextRange(start: index, end: stop), text: string(index + 1 ..< stop)))
    }

    /// After a value: allows trailing blanks and a comment, reports anything else, and moves to
    /// the start of the next line.
    mutating func finishLine() {
        guard !stopped else { return }
        while position < end, Byte.isBlank(bytes[position]) { position += 1 }
        guard position < end else { lineStart = end; return }
        let byte = bytes[position]
        if Byte.isBreak(byte) {
            position = afterBreak(at: position)
            lineStart = position
            return
        }
        if byte == Byte.hash, position == lineStart || Byte.isBlank(bytes[position - 1]) {
            recordComment(at: position)
            moveToNextLine()
            return
        }
        let stop = trimmedEnd(lineEnd(from: position), floor: position)
        let message = byte == Byte.hash
            ? "A comment needs a space before '#'. Add a space, or quote the value if '#' belongs to it."
            : "Unexpected text after the value: '\(string(position ..< min(stop, position + 40)))'. Remove it, or start a comment with ' #'."
        report(.unexpectedText, TextRange(start: position, end: stop), message)
        moveToNextLine()
    }

    /// Error recovery: drops the rest of the current line and every following line indented
    /// more than `indent` (they belong to the broken line). With `indent` < 0 (the document's
    /// top level) only the current line is dropped.
    mutating func skipLineAndDeeper(than indent: Int) {
        moveToNextLine()
        guard indent >= 0 else { return }
        while !stopped {
            let probe = probeLine()
            guard probe.kind == .content, probe.indent > indent else { return }
            moveToNextLine()
        }
    }
}
