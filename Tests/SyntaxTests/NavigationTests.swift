import JSONSupport
import SourceText
import Syntax
import Testing

/// The helpers later features use: toJSON, node(at:), and where the cursor is.
@Suite struct NavigationTests {
    static let text = """
        title: Older people
        strategy:
          level: 2
          aims:
            - statement: Fewer admissions
              purpose: efficiency
            - second
          period: {from: 2026-04-01, to: 2029-03-31}
        empty:
        """

    @Test func toJSONKeepsDocumentOrderAndTypes() {
        let tree = parse(Self.text)
        let data = tree.toJSON()
        #expect(data.objectValue?.keys == ["title", "strategy", "empty"])
        #expect(data["strategy"]?.objectValue?.keys == ["level", "aims", "period"])
        #expect(data["strategy"]?["aims"]?[0]?["purpose"] == .string("efficiency"))
        #expect(data["empty"] == .null)
        #expect(JSONWriter(pretty: true).string(data).hasPrefix("{\n  \"title\": \"Older people\",\n  \"strategy\": {\n    \"level\": 2,"))
    }

    @Test func nonStringKeysBecomeTheirCanonicalText() {
        #expect(parse("1: a\ntrue: b\nnull: c\n0x10: d\n~: e\n1.5: f\n").toJSON()
            == json(#"{"1": "a", "true": "b", "null": "c", "16": "d", "1.5": "f"}"#))
        #expect(parse("1: a\ntrue: b\nnull: c\n0x10: d\n~: e\n1.5: f\n").codes == ["syntax/duplicate-key"])
    }

    @Test func specialFloatsStayNumbersAndPrintAsNull() {
        let data = parse("a: .inf\nb: -.inf\n").toJSON()
        #expect(data["a"] == .double(.infinity))
        #expect(data["b"] == .double(-.infinity))
        #expect(JSONWriter().string(data) == #"{"a":null,"b":null}"#)
    }

    @Test func emptyDocuments() {
        #expect(parse("").root == nil)
        #expect(parse("# only a comment\n\n").root == nil)
        #expect(parse("").toJSON() == .null)
        // An explicit empty document is a null node.
        #expect(parse("---\n").root?.scalar?.value == .null)
        #expect(parse("--- # c\n...\n").diagnostics.isEmpty)
    }

    @Test func nodeAtPath() throws {
        let tree = parse(Self.text)
        let root = try #require(tree.root)
        #expect(root.node(at: [])?.range == root.range)
        #expect(root.node(at: [.key("strategy"), .key("aims"), .index(1)])?.scalar?.text == "second")
        #expect(root.node(at: [.key("strategy"), .key("period"), .key("to")])?.scalar?.text == "2029-03-31")
        #expect(root.node(at: [.key("strategy"), .key("aims"), .index(2)]) == nil)
        #expect(root.node(at: [.key("strategy"), .index(0)]) == nil)
        #expect(root.node(at: [.key("missing")]) == nil)
    }

    private func path(_ text: String, at marker: String, plus delta: Int = 0) -> [PathComponent] {
        parse(text).path(at: offset(of: marker, in: text, plus: delta))
    }

    @Test func cursorOnKeysAndValues() {
        #expect(path(Self.text, at: "title") == [.key("title")])
        #expect(path(Self.text, at: "Older people", plus: 3) == [.key("title")])
        #expect(path(Self.text, at: "level: 2", plus: 7) == [.key("strategy"), .key("level")])
        #expect(path(Self.text, at: "Fewer") == [.key("strategy"), .key("aims"), .index(0), .key("statement")])
        #expect(path(Self.text, at: "second", plus: 6) == [.key("strategy"), .key("aims"), .index(1)])
        #expect(path(Self.text, at: "2029") == [.key("strategy"), .key("period"), .key("to")])
    }

    @Test func cursorChainEndsOnTheKeyOrTheValue() throws {
        let tree = parse(Self.text)
        let onKey = tree.chain(at: offset(of: "level", in: Self.text, plus: 2))
        #expect(onKey.last?.node?.scalar?.text == "level")
        let onValue = tree.chain(at: offset(of: "level: 2", in: Self.text, plus: 7))
        #expect(onValue.last?.node?.scalar?.value == .int(2))
        #expect(onValue.count == 5)  // root, strategy entry, its mapping, level entry, the value
    }

    @Test func cursorAfterAnEmptyValue() throws {
        let text = "strategy:\n  level: \n  title: x\n"
        let tree = parse(text)
        let cursor = offset(of: "level: ", in: text, plus: 7)
        let chain = tree.chain(at: cursor)
        #expect(tree.path(at: cursor) == [.key("strategy"), .key("level")])
        let value = try #require(chain.last?.node)
        #expect(value.range.isEmpty && value.scalar?.value == .null)
    }

    @Test func cursorOnAKeyBeingTyped() throws {
        let text = "strategy:\n  level: 2\n  purpose-and-\n"
        let tree = parse(text)
        let cursor = offset(of: "purpose-and-", in: text, plus: 12)
        #expect(tree.path(at: cursor) == [.key("strategy"), .key("purpose-and-")])
        #expect(tree.chain(at: cursor).last?.node?.scalar?.text == "purpose-and-")
    }

    @Test func cursorOnABlankIndentedLine() {
        let text = "strategy:\n  level: 2\n  \nnext: 1\n"
        let onBlank = offset(of: "2\n  \n", in: text, plus: 4)
        // Indented under `strategy`, at its entries' indentation: in the strategy mapping, between entries.
        #expect(parse(text).path(at: onBlank) == [.key("strategy")])
        let under = "strategy:\n  aims:\n    \nnext: 1\n"
        #expect(parse(under).path(at: offset(of: "aims:\n    ", in: under, plus: 10)) == [.key("strategy"), .key("aims")])
        // At column 0 on a blank line: the top level.
        let top = "a: 1\n\nb: 2\n"
        #expect(parse(top).path(at: 5) == [])
        #expect(parse(top).chain(at: 5).count == 1)
    }

    @Test func cursorInAFlowCollection() {
        let text = "areas: [joint, market]\n"
        #expect(path(text, at: "market", plus: 2) == [.key("areas"), .index(1)])
        #expect(path(text, at: "[") == [.key("areas")])
    }
}
