import JSONSupport
import SourceText
import Syntax
import Testing

/// A document being typed is broken most of the time: the tree around the error must survive.
@Suite struct RecoveryTests {
    @Test func keyBeingTypedWithoutColon() throws {
        let text = "strategy:\n  title: Older people\n  purpose-and-\n  level: 2\n"
        let tree = parse(text)
        #expect(tree.codes == ["syntax/missing-colon"])
        let entry = try #require(tree.entry("purpose-and-", in: .key("strategy")))
        #expect(entry.colonRange == nil)
        #expect(entry.value == nil)
        #expect(tree.text(entry.range) == "purpose-and-")
        #expect(tree.toJSON() == json(#"{"strategy": {"title": "Older people", "purpose-and-": null, "level": 2}}"#))
    }

    @Test func firstKeyBeingTypedUnderAKey() throws {
        // The first line under `strategy:` has no colon yet: still a mapping, not a string.
        let tree = parse("strategy:\n  purpose-and-\n  level: 2\n")
        #expect(tree.codes == ["syntax/missing-colon"])
        #expect(tree.node(.key("strategy"))?.mapping?.entries.map(\.keyText) == ["purpose-and-", "level"])
        #expect(tree.entry("purpose-and-", in: .key("strategy"))?.colonRange == nil)
    }

    @Test func keyBeingTypedAtTheEnd() throws {
        let tree = parse("title: x\npurp")
        #expect(tree.codes == ["syntax/missing-colon"])
        #expect(tree.entry("purp")?.value == nil)
    }

    @Test func emptyValueBeingTyped() throws {
        let text = "strategy:\n  level:\n  title: x\n"
        let tree = parse(text)
        #expect(tree.diagnostics.isEmpty)
        let entry = try #require(tree.entry("level", in: .key("strategy")))
        #expect(entry.value?.range == .empty(at: offset(of: "level:", in: text, plus: 6)))
    }

    @Test func brokenLineThenLaterSectionStillRead() {
        let text = """
            title: Older people
            vision: ]broken
              deeper: line
            evidence:
              - survey
            level: 3
            """
        let tree = parse(text)
        #expect(tree.codes == ["syntax/unexpected-text"])
        #expect(tree.toJSON() == json(#"{"title": "Older people", "vision": null, "evidence": ["survey"], "level": 3}"#))
    }

    @Test func unclosedQuoteDoesNotSwallowTheDocument() throws {
        let text = "a:\n  title: \"Older people\n  level: 2\nb: 3\n"
        let tree = parse(text)
        #expect(tree.codes == ["syntax/unclosed-quote"])
        #expect(tree.toJSON() == json(#"{"a": {"title": "Older people", "level": 2}, "b": 3}"#))
        #expect(tree.text(tree.diagnostics[0].range) == "\"Older people")
        let single = parse("- 'one\n- two\n")
        #expect(single.codes == ["syntax/unclosed-quote"])
        #expect(single.toJSON() == json(#"["one", "two"]"#))
    }

    @Test func unclosedQuoteOnTheLineAboveTheCursor() throws {
        let text = "title: \"x\nlevel: \n"
        let tree = parse(text)
        #expect(tree.codes == ["syntax/unclosed-quote"])
        #expect(tree.entry("level")?.value?.scalar?.value == .null)
    }

    @Test func halfTypedFlowCollections() {
        let tree = parse("areas: [joint planning, market\nlevel: 2\n")
        #expect(tree.codes == ["syntax/unclosed-flow"])
        #expect(tree.toJSON() == json(#"{"areas": ["joint planning", "market"], "level": 2}"#))
        let mapping = parse("period: {from: 2026-04-01, to:\nlevel: 2\n")
        #expect(mapping.codes == ["syntax/unclosed-flow"])
        #expect(mapping.toJSON() == json(#"{"period": {"from": "2026-04-01", "to": null}, "level": 2}"#))
        let atEnd = parse("areas: [a, b")
        #expect(atEnd.codes == ["syntax/unclosed-flow"])
        #expect(atEnd.toJSON() == json(#"{"areas": ["a", "b"]}"#))
    }

    @Test func missingCommaInFlow() {
        let tree = parse("a: [x y, 'z' w]\nb: 1\n")
        #expect(tree.codes == ["syntax/flow-entry"])
        #expect(tree.toJSON() == json(#"{"a": ["x y", "z", "w"], "b": 1}"#))
    }

    @Test func wrongClosingBracket() {
        let tree = parse("a: [x, y}\nb: 1\n")
        // The list is reported as unclosed, and the stray '}' after it.
        #expect(tree.codes == ["syntax/unclosed-flow", "syntax/unexpected-text"])
        #expect(tree.toJSON()["b"] == .int(1))
        #expect(tree.toJSON()["a"] == json(#"["x", "y"]"#))
        // Inside another collection, the wrong bracket closes the outer one.
        let nested = parse("a: {k: [x}\nb: 1\n")
        #expect(nested.codes == ["syntax/unclosed-flow"])
        #expect(nested.toJSON() == json(#"{"a": {"k": ["x"]}, "b": 1}"#))
    }

    @Test func tooIndentedLineIsSkippedWithItsChildren() {
        let tree = parse("a: 1\n   b:\n     c: 2\nd: 3\n")
        #expect(tree.codes == ["syntax/bad-indentation"])
        #expect(tree.toJSON() == json(#"{"a": 1, "d": 3}"#))
    }

    @Test func sequenceLineWithoutDash() {
        let tree = parse("items:\n  - a\n  b\n  - c\nnext: 1\n")
        #expect(tree.codes == ["syntax/mixed-collection"])
        #expect(tree.toJSON() == json(#"{"items": ["a", "c"], "next": 1}"#))
    }

    @Test func brokenFirstLineOfANestedValue() {
        let tree = parse("strategy:\n  ? odd\n  title: x\nlevel: 1\n")
        #expect(tree.codes == ["syntax/explicit-key"])
        #expect(tree.toJSON() == json(#"{"strategy": {"title": "x"}, "level": 1}"#))
    }

    @Test func invalidUTF8IsReportedAndTheRestParsed() throws {
        let bytes = Array("a: 1\nb: x".utf8) + [0xFF, 0xFE] + Array("y\nc: 3\n".utf8)
        let tree = Parser.parse(SourceFile(name: "t", bytes: bytes))
        #expect(tree.codes == ["syntax/invalid-utf8"])
        #expect(tree.diagnostics[0].range == TextRange(start: 9, end: 11))
        #expect(tree.toJSON()["c"] == .int(3))
        // A truncated multi-byte character at the end.
        let truncated = Parser.parse(SourceFile(name: "t", bytes: Array("a: £".utf8.dropLast())))
        #expect(truncated.codes == ["syntax/invalid-utf8"])
    }

    @Test func controlCharactersAndStrayBOM() {
        #expect(parse("a: 1\u{0}\n").codes == ["syntax/invalid-character"])
        #expect(parse("a: x\u{FEFF}y\n").codes == ["syntax/invalid-character"])
        #expect(parse("a: x\u{85}y\n").codes.isEmpty)  // NEL is printable in YAML 1.2
        #expect(parse("a: x\u{9F}y\n").codes == ["syntax/invalid-character"])
    }

    @Test func secondDocumentStopsButFirstIsKept() {
        let tree = parse("---\na: 1\n...\n# trailing comment\n")
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.comments.count == 1)
        let second = parse("a: 1\n...\nb: 2\n")
        #expect(second.codes == ["syntax/multiple-documents"])
        #expect(second.toJSON() == json(#"{"a": 1}"#))
    }
}
