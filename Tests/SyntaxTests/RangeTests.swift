import SourceText
import Syntax
import Testing

/// Every node kind carries its exact byte range.
@Suite struct RangeTests {
    static let document = """
        # header comment
        title: "Older people’s services"   # trailing
        level: 3
        purpose: >
          Improve care
          at home.
        areas: [joint planning, 'market']
        period: {from: 2026-04-01, to: 2029-03-31}
        items:
          - first
          - name: second
            note: |
              kept
          -
        empty:
        plain: one
          two
        """

    @Test func mappingEntryKeyAndColon() throws {
        let tree = parse(Self.document)
        #expect(tree.diagnostics.isEmpty, "\(tree.diagnostics)")
        let root = try #require(tree.root)
        #expect(root.range == TextRange(start: offset(of: "title", in: Self.document), end: Self.document.utf8.count))
        let entry = try #require(tree.entry("title"))
        #expect(tree.text(entry.key.range) == "title")
        #expect(tree.text(try #require(entry.colonRange)) == ":")
        #expect(tree.text(entry.range) == "title: \"Older people’s services\"")
        #expect(tree.text(try #require(entry.value).range) == "\"Older people’s services\"")
        #expect(entry.value?.scalar?.style == .doubleQuoted)
    }

    @Test func scalarRanges() throws {
        let tree = parse(Self.document)
        #expect(tree.text(try #require(tree.node(.key("level"))).range) == "3")
        #expect(tree.text(try #require(tree.node(.key("purpose"))).range) == ">\n  Improve care\n  at home.")
        #expect(tree.text(try #require(tree.node(.key("plain"))).range) == "one\n  two")
        #expect(tree.node(.key("plain"))?.scalar?.text == "one two")
    }

    @Test func flowCollectionRanges() throws {
        let tree = parse(Self.document)
        let areas = try #require(tree.node(.key("areas")))
        #expect(tree.text(areas.range) == "[joint planning, 'market']")
        let items = try #require(areas.sequence?.items)
        #expect(items.map { tree.text($0.range) } == ["joint planning", "'market'"])
        #expect(items.allSatisfy { $0.dashRange == nil })
        #expect(areas.sequence?.style == .flow)
        let period = try #require(tree.node(.key("period")))
        #expect(tree.text(period.range) == "{from: 2026-04-01, to: 2029-03-31}")
        let entries = try #require(period.mapping?.entries)
        #expect(entries.map { tree.text($0.range) } == ["from: 2026-04-01", "to: 2029-03-31"])
        #expect(entries.map { tree.text($0.key.range) } == ["from", "to"])
    }

    @Test func blockSequenceItemsAndDashes() throws {
        let tree = parse(Self.document)
        let sequence = try #require(tree.node(.key("items")))
        #expect(sequence.sequence?.style == .block)
        let items = try #require(sequence.sequence?.items)
        #expect(items.count == 3)
        #expect(tree.text(try #require(items[0].dashRange)) == "-")
        #expect(tree.text(items[0].range) == "- first")
        #expect(tree.text(items[1].range) == "- name: second\n    note: |\n      kept")
        #expect(tree.text(items[1].value.range) == "name: second\n    note: |\n      kept")
        // `-` with nothing after it: a null with an empty range just after the dash.
        let dash = try #require(items[2].dashRange)
        #expect(items[2].value.range == .empty(at: dash.end))
        #expect(items[2].value.scalar?.value == .null)
        #expect(tree.text(sequence.range) == "- first\n  - name: second\n    note: |\n      kept\n  -")
    }

    @Test func emptyValueIsNullJustAfterTheColon() throws {
        let tree = parse(Self.document)
        let entry = try #require(tree.entry("empty"))
        let colon = try #require(entry.colonRange)
        #expect(entry.value?.range == .empty(at: colon.end))
        #expect(entry.value?.scalar?.value == .null)
        #expect(entry.range == TextRange(start: entry.key.range.start, end: colon.end))
    }

    @Test func commentsAreCollectedWithRanges() {
        let tree = parse(Self.document)
        #expect(tree.comments.map(\.text) == [" header comment", " trailing"])
        #expect(tree.comments.map { tree.text($0.range) } == ["# header comment", "# trailing"])
    }

    @Test func rangesWithCRLFAndBOM() throws {
        let text = "\u{FEFF}a: 1\r\nb:\r\n  - x\r\n  - 'y'\r\n"
        let tree = parse(text)
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.cleanJSON == json(#"{"a": 1, "b": ["x", "y"]}"#))
        #expect(tree.root?.range.start == 3)
        let b = try #require(tree.node(.key("b")))
        #expect(tree.text(b.range) == "- x\r\n  - 'y'")
    }

    @Test func loneCarriageReturnsEndLines() {
        #expect(parse("a: 1\rb: |\r  x\r  y\r").cleanJSON == json(#"{"a": 1, "b": "x\ny\n"}"#))
    }

    @Test func multiByteCharactersKeepByteRanges() throws {
        let text = "£: 😀 ok\nwho’s: –\n"
        let tree = parse(text)
        let first = try #require(tree.root?.mapping?.entries.first)
        #expect(first.key.range == TextRange(start: 0, end: 2))
        #expect(first.value?.range == TextRange(start: 4, end: 11))
        #expect(tree.text(try #require(tree.entry("who’s")?.value).range) == "–")
        let position = tree.source.lineRange(of: try #require(tree.entry("who’s")?.value).range, in: .utf16)
        #expect(position.start == LinePosition(line: 1, character: 7))
        #expect(position.end == LinePosition(line: 1, character: 8))
    }
}
