import SourceText

extension ParserState {
    private enum Chomping { case strip, clip, keep }

    /// Scans a literal (`|`) or folded (`>`) block scalar from its indicator.
    ///
    /// The header may hold a chomping sign (`-` strip, `+` keep, default clip) and an indentation
    /// digit 1–9, in either order, then a comment. Content lines are those indented at least the
    /// content indentation: `parentIndent` + the digit, or else the indentation of the first
    /// non-empty line (which must exceed `parentIndent`). Literal scalars keep their line
    /// breaks; folded ones join adjacent non-indented lines with a space (libyaml's algorithm,
    /// which is the spec's). Leaves `position` at the end of the last content line.
    mutating func scanBlockScalar(parentIndent: Int) -> SyntaxNode {
        let indicator = position
        let headerLineStart = lineStart
        let isLiteral = bytes[indicator] == Byte.pipe
        var index = indicator + 1
        var chomping = Chomping.clip
        var chompingSet = false
        var explicitIndent: Int?
        for _ in 0 ..< 2 {
            let byte = self.byte(at: index)
            if !chompingSet, byte == Byte.minus || byte == Byte.plus {
                chomping = byte == Byte.minus ? .strip : .keep
                chompingSet = true
                index += 1
            } else if explicitIndent == nil, byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9"), index < end {
                explicitIndent = Int(byte - UInt8(ascii: "0"))
                index += 1
            } else {
                break
            }
        }
        let headerEnd = index
        while index < end, Byte.isBlank(bytes[index]) { index += 1 }
        let headerLineEnd = lineEnd(from: index)
        if index < headerLineEnd {
            if bytes[index] == Byte.hash, index > headerEnd {
                recordComment(at: index)
            } else {
                let stop = trimmedEnd(headerLineEnd, floor: index)
                report(.blockScalarHeader, TextRange(start: headerEnd, end: stop),
                       "Only '-' or '+' and a digit 1–9 may follow '\(isLiteral ? "|" : ">")' on its line. Start the text on the next line, indented.")
            }
        }
        if explicitIndent != nil, parentIndent < 0 {
            report(.blockScalarHeader, TextRange(start: indicator, end: headerEnd),
                   "An indentation digit on a top-level block text is read differently by different YAML tools. Remove the digit.")
        }
        var contentIndent = explicitIndent.map { max(parentIndent, 0) + $0 }
        var result: [UInt8] = []
        var pendingBreak = false
        var trailingBreaks = 0
        var previousLineStartsBlank = false
        var widestLeadingEmpty = 0
        var widestLeadingEmptyAt = 0
        var lastEnd = headerLineEnd
        var lastLineStart = lineStart
        var cursor = headerLineEnd < end ? afterBreak(at: headerLineEnd) : end
        while cursor < end {
            let lineBegin = cursor
            var scan = lineBegin
            while scan < end, bytes[scan] == Byte.space { scan += 1 }
            let spaces = scan - lineBegin
            if spaces == 0, isDocumentMarker(at: lineBegin) { break }
            var isEmpty = scan >= end || Byte.isBreak(bytes[scan])
            if !isEmpty, spaces < (contentIndent ?? parentIndent + 1), bytes[scan] == Byte.tab {
                // A blank line with a tab where the indentation is: YAML tools disagree on it.
                var blankEnd = scan
                while blankEnd < end, Byte.isBlank(bytes[blankEnd]) { blankEnd += 1 }
                if blankEnd >= end || Byte.isBreak(bytes[blankEnd]) {
                    report(.tabIndentation, TextRange(start: scan, end: blankEnd),
                           "This blank line inside a block text starts with a tab. Remove the tab, or use spaces only.")
                    scan = blankEnd
                    isEmpty = true
                }
            }
            if isEmpty, contentIndent == nil || spaces <= contentIndent! {
                // The last line counts even without a line break at the end of the file.
                guard lineBegin < end else { break }
                if contentIndent == nil, spaces > widestLeadingEmpty {
                    widestLeadingEmpty = spaces
                    widestLeadingEmptyAt = lineBegin
                }
                trailingBreaks += 1
                cursor = scan < end ? afterBreak(at: scan) : end
                continue
            }
            if contentIndent == nil {
                guard spaces > parentIndent else { break }
                contentIndent = spaces
                if widestLeadingEmpty > spaces {
                    report(.blockScalarIndentation, TextRange(start: widestLeadingEmptyAt, end: widestLeadingEmptyAt + widestLeadingEmpty),
                           "This blank line has more spaces than the first line of the text below it. Remove the extra spaces.")
                }
            }
            let indent = contentIndent!
            guard spaces >= indent else { break }
            let textStart = lineBegin + indent
            let textEnd = lineEnd(from: textStart)
            let startsBlank = textStart < textEnd && Byte.isBlank(bytes[textStart])
            if !isLiteral, pendingBreak, !previousLineStartsBlank, !startsBlank {
                if trailingBreaks == 0 { result.append(Byte.space) }
            } else if pendingBreak {
                result.append(Byte.lineFeed)
            }
            for _ in 0 ..< trailingBreaks { result.append(Byte.lineFeed) }
            trailingBreaks = 0
            previousLineStartsBlank = startsBlank
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[textStart ..< textEnd]))
            lastEnd = textEnd
            lastLineStart = lineBegin
            // The end of the file ends the last line as a line break would.
            pendingBreak = true
            cursor = textEnd < end ? afterBreak(at: textEnd) : end
        }
        switch chomping {
        case .strip:
            break
        case .clip:
            if pendingBreak { result.append(Byte.lineFeed) }
        case .keep:
            if pendingBreak { result.append(Byte.lineFeed) }
            for _ in 0 ..< trailingBreaks { result.append(Byte.lineFeed) }
        }
        position = lastEnd
        lineStart = lastLineStart
        let text = String(decoding: result, as: UTF8.self)
        let rangeEnd = lastLineStart == headerLineStart ? headerEnd : lastEnd
        return makeScalar(TextRange(start: indicator, end: rangeEnd), isLiteral ? .literal : .folded, text, .string(text))
    }

}
