import SourceText
import Syntax
import Testing
@testable import Rules

@Suite struct SuppressionTests {
    /// A tree with only comments, found by scanning for `#` — enough for suppression parsing,
    /// which reads nothing else.
    private func tree(_ text: String) -> SyntaxTree {
        let source = SourceFile(name: "t.yaml", text: text)
        var comments: [Syntax.Comment] = []
        let bytes = source.bytes
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "#") {
                var end = index
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                comments.append(Syntax.Comment(range: TextRange(start: index, end: end), text: source.text(in: TextRange(start: index + 1, end: end))))
                index = end
            }
            index += 1
        }
        return SyntaxTree(source: source, root: nil, comments: comments, diagnostics: [])
    }

    private func diagnostic(_ code: String, at offset: Int) -> Diagnostic {
        Diagnostic(code: code, severity: .warning, message: code, range: TextRange(start: offset, end: offset + 1))
    }

    @Test func trailingCommentSilencesItsOwnLine() {
        let text = "a: 1  # commissioning-ls: disable rule/x -- agreed with the board\nb: 2\n"
        let tree = tree(text)
        let suppressions = Suppressions.parse(tree)
        #expect(suppressions.count == 1)
        #expect(suppressions[0].codes == ["rule/x"])
        #expect(suppressions[0].reason == "agreed with the board")
        #expect(suppressions[0].scope == .line(0))
        let onLine0 = diagnostic("rule/x", at: 0)
        let onLine1 = diagnostic("rule/x", at: text.utf8.count - 4)
        let result = Suppressions.apply(suppressions, to: [onLine0, onLine1], in: tree.source)
        #expect(result.kept == [onLine1])
        #expect(result.applied.first?.silenced == [onLine0])
        #expect(result.unused.isEmpty)
    }

    @Test func commentAloneSilencesTheNextLine() {
        let text = "# commissioning-ls: disable rule/x\nb: 2\n"
        let tree = tree(text)
        let suppressions = Suppressions.parse(tree)
        #expect(suppressions.first?.scope == .line(1))
        let result = Suppressions.apply(suppressions, to: [diagnostic("rule/x", at: 36)], in: tree.source)
        #expect(result.kept.isEmpty)
    }

    @Test func otherRulesAndSyntaxErrorsAreNotSilenced() {
        let text = "a: 1 # commissioning-ls: disable rule/x\n"
        let tree = tree(text)
        let other = diagnostic("rule/y", at: 0)
        let syntax = diagnostic("syntax/tab-indentation", at: 0)
        let result = Suppressions.apply(Suppressions.parse(tree), to: [other, syntax], in: tree.source)
        #expect(result.kept == [other, syntax])
        #expect(result.unused.count == 1)
        #expect(result.unused.first?.code == "suppression/unused")
        #expect(result.unused.first?.severity == .hint)
        #expect(result.unused.first?.range == tree.comments[0].range)
    }

    @Test func fileSuppressionCoversEveryLine() {
        let text = "# commissioning-ls: disable-file rule/x, rule/z\na: 1\nb: 2\n"
        let tree = tree(text)
        let suppressions = Suppressions.parse(tree)
        #expect(suppressions.first?.scope == .file)
        #expect(suppressions.first?.codes == ["rule/x", "rule/z"])
        let result = Suppressions.apply(suppressions, to: [diagnostic("rule/x", at: 49), diagnostic("rule/z", at: 54)], in: tree.source)
        #expect(result.kept.isEmpty)
        #expect(result.unused.isEmpty)
    }

    @Test func ordinaryCommentsAreIgnored() {
        #expect(Suppressions.parse(tree("# commissioning is fun\n# commissioning-ls: enable x\n")).isEmpty)
    }
}
