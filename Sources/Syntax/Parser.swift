import SourceText

/// The document parser: bytes → `SyntaxTree`, for the YAML 1.2 subset README.md describes ("The document language").
///
/// **Meaning.** Every document accepted without an error diagnostic means what YAML 1.2 (core
/// schema) says: the same keys, values and scalar types as any YAML tool. Anything outside the
/// subset (anchors, aliases, tags, explicit or complex keys, directives, a second document,
/// tab indentation) and every syntax error is a `syntax/…` error diagnostic at its exact place
/// (codes in `SyntaxRule.all`). Where YAML 1.1 tools (libyaml, PyYAML) would read a document
/// differently, the parser rejects it (`[?x]`, `[:x]`, a tab-only line in a block scalar's
/// indentation, an indentation digit on a top-level block scalar). Where they merely fail to
/// parse (tabs after a value, `?` inside a flow scalar, a top-level block scalar at column 0),
/// YAML 1.2 decides. One difference is kept on purpose, because YAML 1.2 and its test suite are
/// explicit about it and editors often leave out the final line break: a block scalar's last line
/// ends at the end of the file as at a line break (`a: |⏎  x` is "x\n"; libyaml reads "x").
///
/// **Recovery.** Parsing never fails and always returns the tree it could build:
/// - a broken line is reported and skipped together with the lines nested under it (indented
///   more than it); parsing resumes at the next line of the same or lower indentation, so a
///   later section after a broken line is still in the tree;
/// - a line in a mapping without a colon (`purpose-and-` being typed) becomes an entry with that
///   key, no colon and no value; `level:` with nothing after it holds a null scalar with an
///   empty range just after the colon;
/// - an unclosed quote is closed at the end of its line (or of the last line it may cover:
///   never a less-indented one), so it cannot swallow the rest of the document;
/// - an unclosed `[` or `{` is closed where it can no longer continue, keeping its entries;
/// - anchors and tags are reported and ignored; an alias stands as a null;
/// - duplicate keys are reported at the second key, with the first as a related location;
/// - nesting deeper than `ParserLimits.maximumDepth` is reported once per place and skipped;
///   past `maximumNodes` the parse stops, keeping what it has; a document larger than
///   `maximumDocumentBytes` is not parsed; a line longer than `maximumLineBytes` is reported
///   and read as a blank line.
///
/// **Cost.** One pass over the bytes (plus one UTF-8 check), no backtracking beyond the line
/// being looked at, recursion bounded by the depth limit: linear time and memory.
public enum Parser {
    public static func parse(_ source: SourceFile, limits: ParserLimits = .default) -> SyntaxTree {
        guard source.bytes.count <= limits.maximumDocumentBytes else {
            let diagnostic = Diagnostic(code: SyntaxRule.tooLarge.id, severity: .error,
                message: "The document is \(source.bytes.count) bytes; the limit is \(limits.maximumDocumentBytes). Split it into several files.",
                range: .empty(at: 0))
            return SyntaxTree(source: source, root: nil, comments: [], diagnostics: [diagnostic])
        }
        // No line can be over the limit when the whole document is not (the usual case): then
        // the lines need not be looked at one by one.
        let longLines = source.bytes.count <= limits.maximumLineBytes ? []
            : Array((0..<source.lineIndex.lineCount).lazy.map(source.lineIndex.contentRange(ofLine:))
                .filter { $0.end - $0.start > limits.maximumLineBytes })
        var bytes = source.bytes
        // A line over the limit is read as blank: spaces in place of its content keep every
        // offset (and so every range) of the rest of the document as it is.
        for line in longLines { bytes.replaceSubrange(line.start..<line.end, with: repeatElement(Byte.space, count: line.end - line.start)) }
        return bytes.withUnsafeBufferPointer { buffer in
            var state = ParserState(bytes: buffer, limits: limits, documentName: source.name, lineIndex: source.lineIndex)
            for line in longLines {
                state.report(.lineTooLong, line, "This line is \(line.end - line.start) bytes long; the limit is \(limits.maximumLineBytes), so it was not read. Break it over several lines.")
            }
            state.checkEncoding()
            let root = state.parseDocument()
            var comments = state.comments
            if !comments.isSorted(by: { $0.range.start < $1.range.start }) { comments.sort { $0.range.start < $1.range.start } }
            return SyntaxTree(source: source, root: root, comments: comments, diagnostics: state.diagnostics.sorted(), nodeCount: state.nodeCount)
        }
    }

    /// Parses text (a convenience for tests and tools).
    public static func parse(_ text: String, name: String = "<text>", limits: ParserLimits = .default) -> SyntaxTree {
        parse(SourceFile(name: name, text: text), limits: limits)
    }
}

private extension Array {
    func isSorted(by areInOrder: (Element, Element) -> Bool) -> Bool {
        zip(self, dropFirst()).allSatisfy { areInOrder($0, $1) || !areInOrder($1, $0) }
    }
}

extension ParserState {
    /// The stream: an optional BOM, comments, (rejected) directives, an optional `---`, one
    /// document, an optional `...`, comments. Anything else after the document is reported.
    mutating func parseDocument() -> SyntaxNode? {
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
            lineStart = 3
        }
        var documentStart: TextRange?
        prologue: while !stopped {
            let probe = probeLine()
            switch probe.kind {
            case .endOfInput:
                return nil
            case .documentEnd:
                position = probe.contentStart + 3
                finishLine()
            case .documentStart:
                documentStart = TextRange(start: probe.contentStart, end: probe.contentStart + 3)
                position = probe.contentStart + 3
                break prologue
            case .content:
                guard bytes[probe.contentStart] == Byte.percent, probe.indent == 0, !probe.hasTabInIndent else { break prologue }
                report(.directive, lineContentRange(probe), "Directives ('%YAML', '%TAG') are not supported. Delete this line.")
                moveToNextLine()
            }
        }
        var root: SyntaxNode?
        if let marker = documentStart {
            root = parseValueAfterIndicator(parentIndent: -1, context: .afterDocumentStart, indicatorEnd: marker.end, depth: 0)
        } else {
            while !stopped, root == nil {
                let probe = probeLine()
                guard probe.kind == .content else { break }
                position = probe.contentStart
                root = parseBlockNode(parentIndent: -1, column: probe.indent, context: .lineStart, tabBefore: probe.hasTabInIndent,
                                      sameIndentSequence: false, depth: 0)
            }
        }
        parseEpilogue()
        return root
    }

    /// After the document's node: `...`, comments, and nothing else.
    private mutating func parseEpilogue() {
        while !stopped {
            let probe = probeLine()
            switch probe.kind {
            case .endOfInput:
                return
            case .documentEnd:
                position = probe.contentStart + 3
                finishLine()
                let next = probeLine()
                if next.kind != .endOfInput {
                    report(.multipleDocuments, lineContentRange(next),
                           "Content after '...' starts a second document; a file may hold only one. Remove it or move it to its own file.")
                    stop()
                }
                return
            case .documentStart:
                report(.multipleDocuments, TextRange(start: probe.contentStart, end: probe.contentStart + 3),
                       "A second '---' starts another document; a file may hold only one. Remove this line, or move what follows to its own file.")
                stop()
                return
            case .content:
                if probe.hasTabInIndent {
                    report(.tabIndentation, TextRange(start: probe.lineStart + probe.indent, end: probe.contentStart),
                           "This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces.")
                } else {
                    report(.badIndentation, lineContentRange(probe),
                           "This line does not fit the document's structure: it is less indented than the document's first line, or follows a value that is already complete. Align it with the top-level keys.")
                }
                skipLineAndDeeper(than: probe.indent)
            }
        }
    }
}
