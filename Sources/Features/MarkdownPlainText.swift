/// The same words as the Markdown completion and hover write, for a client that shows text as it
/// is (it does not list `markdown` first): no `**`, `*`, backticks or backslash escapes, a link
/// as its text and address, a quotation indented instead of marked with `>`. Covers the Markdown
/// `Markdown` writes; anything else (raw descriptions from the schemas) is left as it is.
public enum MarkdownPlainText {
    public static func render(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line == ">" { return "" }
            if line.hasPrefix("> ") { return "    " + inline(Array(line.dropFirst(2))) }
            return inline(Array(line))
        }.joined(separator: "\n")
    }

    /// One line's inline markup taken away.
    static func inline(_ characters: [Character]) -> String {
        let emphasis = emphasisMarks(characters)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if emphasis.contains(index) {
                index += 1
                continue
            }
            switch character {
            case "\\" where index + 1 < characters.count && isEscapable(characters[index + 1]):
                output.append(characters[index + 1])
                index += 2
            case "`":
                // A code span: its text as it is, without the backticks.
                if let close = codeSpanEnd(characters, from: index) {
                    output += String(characters[(index + 1)..<close])
                    index = close + 1
                } else {
                    output.append(character)
                    index += 1
                }
            case "[":
                // `[text](address)` → `text (address)`.
                if let close = closingBracket(characters, from: index), close + 1 < characters.count, characters[close + 1] == "(",
                   let end = characters[(close + 2)...].firstIndex(of: ")") {
                    let text = inline(Array(characters[(index + 1)..<close]))
                    let address = String(characters[(close + 2)..<end])
                    output += text == address ? text : "\(text) (\(address))"
                    index = end + 1
                } else {
                    output.append(character)
                    index += 1
                }
            default:
                output.append(character)
                index += 1
            }
        }
        return output
    }

    private static func isEscapable(_ character: Character) -> Bool { "*_`[]<>\\()#!".contains(character) }

    private static func codeSpanEnd(_ characters: [Character], from start: Int) -> Int? {
        guard let close = characters[(start + 1)...].firstIndex(of: "`"), close > start + 1 else { return nil }
        return close
    }

    /// The positions of the `*` and `**` that mark emphasis: a run that closes (a non-space before
    /// it) paired with the nearest earlier run of the same length that opens (a non-space after it).
    /// Unpaired asterisks (`*.strategy.yaml`) are text.
    static func emphasisMarks(_ characters: [Character]) -> Set<Int> {
        var runs: [(start: Int, length: Int)] = []
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 2
            case "`":
                index = (codeSpanEnd(characters, from: index) ?? index) + 1
            case "*":
                let length = characters[index...].prefix { $0 == "*" }.count
                runs.append((index, length))
                index += length
            default: index += 1
            }
        }
        // As CommonMark does: a closing run pairs with the nearest open run of its length.
        var marks = Set<Int>()
        var open: [(start: Int, length: Int)] = []
        for run in runs where run.length <= 2 {
            let after = run.start + run.length
            let canOpen = after < characters.count && !characters[after].isWhitespace
            let canClose = run.start > 0 && !characters[run.start - 1].isWhitespace
            if canClose, let partner = open.lastIndex(where: { $0.length == run.length }) {
                for offset in 0..<run.length { marks.formUnion([open[partner].start + offset, run.start + offset]) }
                open.removeSubrange(partner...)
            } else if canOpen {
                open.append(run)
            }
        }
        return marks
    }

    private static func closingBracket(_ characters: [Character], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }
}
