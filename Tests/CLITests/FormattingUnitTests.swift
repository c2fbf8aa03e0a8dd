import SourceText
import Syntax
import Testing
@testable import CLI

/// In-process tests of the pieces the output formats are built from.
@Suite struct FormattingUnitTests {
    private func excerpt(_ text: String, _ needle: String) throws -> SourceExcerpt {
        let bytes = Array(text.utf8)
        let needleBytes = Array(needle.utf8)
        let start = try #require((0...(bytes.count - needleBytes.count)).first { Array(bytes[$0..<$0 + needleBytes.count]) == needleBytes })
        return SourceExcerpt(range: TextRange(start: start, end: start + needleBytes.count), in: SourceFile(name: "t", text: text))
    }

    @Test func terminalWidths() {
        #expect(TerminalText.width(of: "a") == 1)
        #expect(TerminalText.width(of: "£") == 1)
        #expect(TerminalText.width(of: "’") == 1)
        #expect(TerminalText.width(of: "🎯") == 2)
        #expect(TerminalText.width(of: "👩‍👩‍👧") == 2)
        #expect(TerminalText.width(of: "🇬🇧") == 2)
        #expect(TerminalText.width(of: "漢") == 2)
        #expect(TerminalText.width(of: "é") == 1)
        #expect(TerminalText.width(of: "\u{200B}") == 0)
    }

    @Test func underlinesByDisplayColumns() throws {
        #expect(try excerpt("a: 🎯 x\n", "x") == SourceExcerpt(line: "a: 🎯 x", underline: "      ^"))
        #expect(try excerpt("£1m: 🇬🇧 value\n", "value") == SourceExcerpt(line: "£1m: 🇬🇧 value", underline: "        ^~~~~"))
        #expect(try excerpt("key:\tvalue\n", "value") == SourceExcerpt(line: "key:\tvalue", underline: "    \t^~~~~"))
        #expect(try excerpt("🎯🎯: 1\n", "🎯🎯") == SourceExcerpt(line: "🎯🎯: 1", underline: "^~~~"))
        // A range over several lines is underlined to the end of its first line.
        #expect(try excerpt("a: [b,\n  c]\n", "[b,\n  c]") == SourceExcerpt(line: "a: [b,", underline: "   ^~~"))
        // An empty range is a caret.
        #expect(SourceExcerpt(range: .empty(at: 3), in: SourceFile(name: "t", text: "ab:\n")) == SourceExcerpt(line: "ab:", underline: "   ^"))
        // Control characters cannot reach the terminal.
        #expect(try excerpt("a: \u{1B}[31m x\n", "x").line == "a: \u{FFFD}[31m x")
    }

    @Test func aLongLineIsShownAsAWindowAroundTheRange() throws {
        let text = String(repeating: "word ", count: 2000) + "target" + String(repeating: " tail", count: 2000)
        let shown = try excerpt(text, "target")
        #expect(shown.line.hasPrefix("…") && shown.line.hasSuffix("…"))
        #expect(shown.line.utf8.count <= SourceExcerpt.longLine + 8)
        let caret = try #require(shown.underline.firstIndex(of: "^"))
        let column = shown.underline.distance(from: shown.underline.startIndex, to: caret)
        #expect(Array(shown.line)[column..<column + 6].map(String.init).joined() == "target")
    }

    @Test func columnsCountCharactersEvenOnLongLines() {
        let source = SourceFile(name: "t", text: "🎯 £ x\n" + String(repeating: "a", count: 100_000) + "b")
        let afterEmoji = DiagnosticLine.location(of: 8, in: source)
        #expect(afterEmoji.line == 1 && afterEmoji.column == 5)
        let far = DiagnosticLine.location(of: 10 + 100_000, in: source)
        #expect(far.line == 2 && far.column == 100_001)
        let bom = SourceFile(name: "t", bytes: [0xEF, 0xBB, 0xBF] + Array("ab".utf8))
        let afterMark = DiagnosticLine.location(of: 4, in: bom)
        #expect(afterMark.line == 1 && afterMark.column == 2)
    }

    @Test func fingerprintsIgnoreLinesButNotContent() {
        let first = Parser.parse(SourceFile(name: "t", text: "a:\n  b: 1\n  c: 2\n"))
        let moved = Parser.parse(SourceFile(name: "t", text: "# new\n\na:\n  c: 2\n  b:   1\n"))
        func diagnostic(_ tree: SyntaxTree, at needle: String) -> Diagnostic {
            let start = tree.source.text.utf8.count - (tree.source.text.components(separatedBy: needle).last?.utf8.count ?? 0) - needle.utf8.count
            return Diagnostic(code: "x/y", severity: .warning, message: "m", range: TextRange(start: start, end: start + needle.utf8.count))
        }
        let before = Fingerprint.fingerprints(for: [diagnostic(first, at: "b: 1")], in: first)
        let after = Fingerprint.fingerprints(for: [diagnostic(moved, at: "b:   1")], in: moved)
        #expect(before == after, "moved lines and re-spaced text keep the identity")
        let other = Fingerprint.fingerprints(for: [diagnostic(first, at: "c: 2")], in: first)
        #expect(other != before)
        let twice = Fingerprint.fingerprints(for: [diagnostic(first, at: "b: 1"), diagnostic(first, at: "b: 1")], in: first)
        #expect(twice[0] != twice[1], "a second identical finding is a second occurrence")
    }

    @Test func optionParsing() throws {
        let options = try LintOptions.parse(["plans", "--format=sarif", "--severity", "hint", "--max-warnings", "3", "--", "--odd-name.yaml"]).get()
        #expect(options.paths == ["plans", "--odd-name.yaml"])
        #expect(options.format == .sarif)
        #expect(options.minimumSeverity == .hint)
        #expect(options.maximumWarnings == 3)
        #expect(try LintOptions.parse([]).get().minimumSeverity == .info)
    }

    @Test func yamlScalarsReadBackAsTheSameString() throws {
        for text in ["Plain words", "Older people: a plan", "a # b", "true", "12", "- item", "’curly’ £1m 🎯", "trailing ", "0x1F", "~", "line\nbreak", "tab\there"] {
            let written = "title: " + YAMLText.string(text) + "\n"
            let tree = Parser.parse(SourceFile(name: "t", text: written))
            #expect(tree.diagnostics.isEmpty, "\(written)")
            #expect(tree.root?.mapping?["title"]?.scalar?.text == text, "\(written)")
            #expect(tree.root?.mapping?["title"]?.scalar?.value == .string(text), "\(written)")
        }
    }
}
