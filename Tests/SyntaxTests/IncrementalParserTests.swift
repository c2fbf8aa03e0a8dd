import Foundation
import SourceText
import Syntax
import Testing
import TestSupport

/// After every edit of seeded random sequences, the incremental parse must be exactly the full
/// parse of the edited text: every node and range, every comment and every diagnostic.
@Suite struct IncrementalParserTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Schemas/examples")

    /// Typing (letters, `£`, `’`, emoji, line breaks of every kind, colons, quotes, dashes,
    /// indentation) and what breaks structure (brackets, block indicators, tabs, anchors,
    /// document markers, bytes that are not UTF-8).
    static let pieces: [[UInt8]] = ["a", "x", " ", "  ", "\n", "\r\n", "\r", "£", "’", "😀", "–", ": ", ":", "- ", "-", "\"", "'",
                                    "#", " # note", "|", ">", "[", "]", "{", "}", ",", "\t", "&a ", "*a", "---\n", "...\n",
                                    "\n  ", "\n- ", "key: value\n", "  nested: 1\n", "£1.2m a year\r\n", "é\n😀"].map { Array($0.utf8) }
        + [[0xFF], [0xC3], [0x07]]

    /// An edit at a random place: mostly a keystroke or two, sometimes a deletion of a stretch.
    static func randomEdit(of source: SourceFile, _ random: inout SeededRandom) -> (TextRange, [UInt8]) {
        let count = source.bytes.count
        let start = random.below(count + 1)
        let length = random.below(8) == 0 ? random.below(min(count - start, 200) + 1) : random.below(min(count - start, 2) + 1)
        var inserted: [UInt8] = []
        for _ in 0..<random.below(3) { inserted += pieces[random.below(pieces.count)] }
        return (TextRange(start: start, end: start + length), inserted)
    }

    static func documents(crlf: Bool) throws -> [(String, String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: examples.appending(path: name), encoding: .utf8)
            return (name, crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text)
        } + [("edge cases", Self.edgeCases)]
    }

    /// Block scalars, flow collections over several lines, comments at the margin, duplicate
    /// keys in and across sections, same-indent lists, a missing colon, a document end marker.
    static let edgeCases = """
        # heading comment
        kind: commissioning-strategy
        title: "A title"
        purpose: |
          Literal text
        # a comment at the margin inside the section

          more literal text
        aims:
        - one
        - two: 2
          three: [a, b,
            c]
        - {x: 1, y: 2}
        aims: again
        nested:
          a: 1
          a: 2
          b: >-
            folded
            text
          c:
            - d
            -   e: 1
                f: 2
          missing colon here
        last: 'single
          quoted'
        ...

        """

    @Test(arguments: [UInt64(11), 12, 13, 14, 15, 16])
    func randomEditsParseAsAFullParseDoes(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var methods: [IncrementalParser.Method: Int] = [:]
        for (name, text) in try Self.documents(crlf: seed % 2 == 0) {
            var source = SourceFile(name: name, text: text)
            var tree = Parser.parse(source)
            for step in 0..<200 {
                let (range, inserted) = Self.randomEdit(of: source, &random)
                source = source.replacing(range, with: inserted)
                let (incremental, method) = IncrementalParser.parse(source, after: tree)
                methods[method, default: 0] += 1
                let full = Parser.parse(source)
                let same = incremental.structuralDescription == full.structuralDescription
                #expect(same, "\(name), seed \(seed), step \(step): replaced \(range) with \(String(decoding: inserted, as: UTF8.self).debugDescription) (\(method))\n\(Self.firstDifference(incremental, full))")
                guard same else { return }
                #expect(incremental.nodeCount >= full.nodeCount)
                tree = incremental
            }
        }
        // The comparison means something only if many edits did take the incremental way (random
        // edits soon break the structure, and then more of them need a full parse).
        let total = methods.values.reduce(0, +)
        #expect(methods[.incremental, default: 0] * 100 >= total * 15, "\(methods)")
    }

    /// What a writer types — letters, `£`, `’`, emoji, spaces inside a line's text, and a new line
    /// at a line's end indented as the editor indents it — is read exactly as a full parse reads
    /// it, and mostly incrementally even as the typing breaks the document's structure.
    @Test(arguments: [UInt64(21), 22])
    func typingIsReadIncrementally(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let typed: [[UInt8]] = ["a", "e", " ", "£", "’", "😀", "1", ",", "."].map { Array($0.utf8) }
        var methods: [IncrementalParser.Method: Int] = [:]
        for (name, text) in try Self.documents(crlf: seed % 2 == 0) where name != "edge cases" {
            var source = SourceFile(name: name, text: text)
            var tree = Parser.parse(source)
            for step in 0..<300 {
                // After a letter in a line's text.
                let count = source.bytes.count
                var offset = random.below(count)
                while offset < count, !(source.bytes[offset] >= 0x61 && source.bytes[offset] <= 0x7A) { offset += 1 }
                let line = source.lineIndex.contentRange(ofLine: source.lineIndex.line(containing: offset))
                let range: TextRange
                var inserted: [UInt8]
                switch random.below(8) {
                case 0 where offset < count:
                    range = TextRange(start: offset, end: offset + 1)
                    inserted = []
                case 1:
                    // Enter at the end of the line, then the line's own indentation and a word.
                    let indent = source.bytes[line.start ..< line.end].prefix { $0 == 0x20 }.count
                    range = .empty(at: line.end)
                    inserted = Array((seed % 2 == 0 ? "\r\n" : "\n").utf8) + Array(repeating: 0x20, count: indent) + Array("note".utf8)
                default:
                    range = .empty(at: offset)
                    inserted = typed[random.below(typed.count)]
                }
                source = source.replacing(range, with: inserted)
                let (incremental, method) = IncrementalParser.parse(source, after: tree)
                methods[method, default: 0] += 1
                let full = Parser.parse(source)
                let same = incremental.structuralDescription == full.structuralDescription
                #expect(same, "\(name), seed \(seed), step \(step): \(range) \(inserted)\n\(Self.firstDifference(incremental, full))")
                guard same else { return }
                tree = incremental
            }
        }
        let total = methods.values.reduce(0, +)
        #expect(methods[.incremental, default: 0] * 3 >= total, "\(methods)")
    }

    /// One keystroke anywhere in a line's text of a well-formed document: read incrementally
    /// unless it is in the comments above the first key or on that key's line.
    @Test func aKeystrokeInACleanDocumentIsReadIncrementally() throws {
        for (name, text) in try Self.documents(crlf: false) where name != "edge cases" {
            let source = SourceFile(name: name, text: text)
            let tree = Parser.parse(source)
            let firstKeyLine = source.lineIndex.line(containing: tree.root?.range.start ?? 0)
            var counts: [IncrementalParser.Method: Int] = [:]
            for offset in 0 ..< source.bytes.count where source.bytes[offset] >= 0x61 && source.bytes[offset] <= 0x7A
                && source.lineIndex.line(containing: offset) > firstKeyLine {
                let edited = source.replacing(.empty(at: offset), with: Array("e".utf8))
                let (incremental, method) = IncrementalParser.parse(edited, after: tree)
                counts[method, default: 0] += 1
                if offset % 17 == 0 { #expect(incremental.structuralDescription == Parser.parse(edited).structuralDescription) }
            }
            let total = counts.values.reduce(0, +)
            #expect(counts[.incremental, default: 0] * 100 >= total * 95, "\(name): \(counts)")
        }
    }

    /// The text and the first lines where two parses differ, to make a failure readable.
    static func firstDifference(_ incremental: SyntaxTree, _ full: SyntaxTree) -> String {
        let a = incremental.structuralDescription.split(separator: "\n", omittingEmptySubsequences: false)
        let b = full.structuralDescription.split(separator: "\n", omittingEmptySubsequences: false)
        let index = (0 ..< min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let around = { (lines: [Substring]) in lines[max(0, index - 3) ..< min(lines.count, index + 3)].joined(separator: "\n") }
        return "text: \(full.source.text.debugDescription)\nincremental:\n\(around(a))\nfull:\n\(around(b))"
    }

    @Test func anEditInsideOneListItemReadsOnlyThatItem() {
        let text = "kind: hypothesis-set\nhypotheses:\n  - id: h1\n    if: a\n  - id: h2\n    if: b\n  - id: h3\n    if: c\n"
        let tree = Parser.parse(text)
        let edited = SourceFile(name: "<text>", text: text.replacingOccurrences(of: "if: b", with: "if: bb"))
        let (incremental, method) = IncrementalParser.parse(edited, after: tree)
        #expect(method == .incremental)
        let items = incremental.root?.mapping?["hypotheses"]?.sequence?.items ?? []
        let oldItems = tree.root?.mapping?["hypotheses"]?.sequence?.items ?? []
        #expect(items.count == 3)
        // The item before the edit is the very same node; the one after is moved by one byte.
        #expect(items.first?.value === oldItems.first?.value)
        #expect(items.last?.range.start == (oldItems.last?.range.start ?? 0) + 1)
        #expect(incremental.structuralDescription == Parser.parse(edited).structuralDescription)
    }

    @Test func aDuplicateKeyMadeByAnEditIsFoundAgainstTheWholeMapping() {
        let text = "kind: x\nalpha: 1\nbeta: 2\nalpine: 3\n"
        let tree = Parser.parse(text)
        let edited = SourceFile(name: "<text>", text: text.replacingOccurrences(of: "alpine", with: "alpha"))
        let (incremental, method) = IncrementalParser.parse(edited, after: tree)
        #expect(method == .incremental)
        #expect(incremental.diagnostics.map(\.code) == [SyntaxRule.duplicateKey.id])
        #expect(incremental.structuralDescription == Parser.parse(edited).structuralDescription)
    }

    @Test func editsItCannotBoundFallBackToAFullParse() {
        let text = "kind: x\nalpha: 1\nbeta: 2\n"
        let tree = Parser.parse(text)
        // Indenting a top-level key makes it part of the entry before it.
        let indented = SourceFile(name: "<text>", text: "kind: x\nalpha: 1\n beta: 2\n")
        #expect(IncrementalParser.parse(indented, after: tree).method == .full)
        #expect(IncrementalParser.parse(SourceFile(name: "<text>", text: text), after: tree).method == .unchanged)
    }
}
