import Foundation
import JSONSupport
import SourceText
import Syntax
import Testing
import TestSupport

/// No input crashes, hangs or exhausts the stack; limits give one clear diagnostic.
@Suite struct RobustnessTests {
    @Test func fixturesParseAsExpected() {
        let strategy = parse(Fixtures.strategy)
        #expect(strategy.diagnostics.isEmpty, "\(strategy.diagnostics)")
        let data = strategy.toJSON()
        #expect(data["budget"] == .string("£12,500,000"))
        #expect(data["levels"] == json("[1, 2, 3, 4]"))
        #expect(data["rationale"]?["market"] == .string("Health, residential and domiciliary care for older people is delivered by the NHS and private providers.\nSelf-funders buy care too."))
        #expect(data["rationale"]?["need-for-change"] == .string("Too many older people receive poor quality care.\n  – in acute services\nDemand is rising.\n"))
        #expect(data["aims"]?[1] == .null)
        #expect(data["aims"]?[2]?["statement"] == .string("Improve capacity’s reach across the county"))
        #expect(data["notes"] == .string("plain text that continues on a second line"))
        #expect(data["empty"] == .null)
        #expect(strategy.comments.count == 2)
        let crlf = parse(Fixtures.strategy.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.diagnostics.isEmpty)
        #expect(crlf.toJSON() == data)
        let hypotheses = parse(Fixtures.hypotheses)
        #expect(hypotheses.diagnostics.isEmpty, "\(hypotheses.diagnostics)")
        #expect(hypotheses.toJSON()["hypotheses"]?[0]?["test"]?["target"] == .string("-10%"))
        #expect(parse("\u{FEFF}" + Fixtures.hypotheses).toJSON() == hypotheses.toJSON())
    }

    @Test func brokenFixtureReportsEachProblem() {
        let tree = parse(Fixtures.broken)
        let codes = Set(tree.codes)
        for code in ["syntax/unclosed-quote", "syntax/missing-colon", "syntax/unclosed-flow", "syntax/tab-indentation",
                     "syntax/anchor", "syntax/alias", "syntax/tag", "syntax/explicit-key", "syntax/duplicate-key"] {
            #expect(codes.contains(code), "missing \(code) in \(tree.codes)")
        }
        #expect(tree.root?.mapping?.entries.map(\.keyText) == ["title", "purpose-and-", "level", "areas", "list", "dup", "dup"])
    }

    /// Every prefix of every fixture (and of the schema examples): a document cut anywhere, as
    /// while typing, parses without crashing, with ranges inside the text and nodes in order.
    @Test func everyPrefixOfEveryFixtureParses() {
        var documents = Fixtures.all + Fixtures.schemaExamples
        documents.append(contentsOf: ["- - - [a, {b: 'c", "\"\\", "? ", "|", ">2-\n", "- |\n  x\n -", "{a: [b, {c: \"d\\u12"])
        for document in documents {
            let bytes = Array(document.utf8)
            for cut in 0 ... bytes.count {
                let tree = Parser.parse(SourceFile(name: "prefix", bytes: Array(bytes[0 ..< cut])))
                for diagnostic in tree.diagnostics where diagnostic.range.end > cut || diagnostic.range.start < 0 {
                    Issue.record("diagnostic outside the text at cut \(cut): \(diagnostic)")
                }
                if let root = tree.root, !Self.rangesNest(root, limit: cut) {
                    Issue.record("node ranges do not nest at cut \(cut) of: \(document.prefix(40))")
                }
                _ = tree.toJSON()
            }
        }
    }

    /// Children lie inside their parents, and siblings follow each other.
    static func rangesNest(_ node: SyntaxNode, limit: Int) -> Bool {
        guard node.range.start >= 0, node.range.end <= limit else { return false }
        var children: [SyntaxNode] = []
        switch node.content {
        case .scalar: return true
        case let .mapping(mapping):
            for entry in mapping.entries {
                guard node.range.contains(entry.range), entry.range.contains(entry.key.range) else { return false }
                children.append(entry.key)
                if let value = entry.value {
                    guard entry.range.contains(value.range) else { return false }
                    children.append(value)
                }
            }
        case let .sequence(sequence):
            for item in sequence.items {
                guard node.range.contains(item.range), item.range.contains(item.value.range) else { return false }
                children.append(item.value)
            }
        }
        for (earlier, later) in zip(children, children.dropFirst()) where earlier.range.end > later.range.start { return false }
        return children.allSatisfy { rangesNest($0, limit: limit) }
    }

    @Test func deepBlockNestingOnOneLineStopsAtTheLimit() {
        let text = String(repeating: "- ", count: 100_000) + "x\n"
        let tree = parse(text)
        #expect(tree.codes == ["syntax/too-deep"])
        #expect(Self.depth(of: tree.root) == ParserLimits.default.maximumDepth)
    }

    @Test func deepFlowNestingStopsAtTheLimit() {
        let tree = parse(String(repeating: "[", count: 100_000))
        // One place too deep; every level above it is reported as unclosed.
        #expect(tree.codes.filter { $0 == "syntax/too-deep" }.count == 1)
        #expect(tree.codes.filter { $0 == "syntax/unclosed-flow" }.count == ParserLimits.default.maximumDepth)
        #expect(Self.depth(of: tree.root) <= ParserLimits.default.maximumDepth)
        let closed = parse(String(repeating: "{a: [", count: 50_000) + String(repeating: "]}", count: 50_000) + "\n")
        #expect(closed.codes == ["syntax/too-deep"])
    }

    @Test func deepIndentedNestingStopsAtTheLimit() {
        // 2,000 levels of `key:` each indented one more space (about 2 MB).
        let text = (0 ..< 2_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + "\n"
        let tree = parse(text)
        #expect(tree.codes == ["syntax/too-deep"])
        #expect(Self.depth(of: tree.root) == ParserLimits.default.maximumDepth)
    }

    /// The parser's recursion is bounded by the depth limit, not by the document: 100,000 levels
    /// parse on a thread with a 4 MiB stack. (At the limit of 256 levels a release build uses
    /// about 224 KiB of stack; a debug build, which this test runs in, about eight times more.)
    @Test func hostileNestingFitsInABoundedStack() async {
        let documents = [
            String(repeating: "- ", count: 100_000) + "x\n",
            String(repeating: "[", count: 100_000),
            String(repeating: "{a: ", count: 100_000),
            (0 ..< 1_000).map { String(repeating: " ", count: 2 * $0) + "- k:" }.joined(separator: "\n"),
        ]
        let depths = await withCheckedContinuation { (continuation: CheckedContinuation<[Int], Never>) in
            let thread = Thread {
                continuation.resume(returning: documents.map { Self.depth(of: parse($0).root) })
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        #expect(depths.allSatisfy { $0 > 200 && $0 <= ParserLimits.default.maximumDepth }, "\(depths)")
    }

    @Test func nodeLimitKeepsTheTreeSoFar() {
        let text = (0 ..< 100).map { "k\($0): \($0)" }.joined(separator: "\n")
        let tree = parse(text, limits: ParserLimits(maximumNodes: 50))
        #expect(tree.codes == ["syntax/too-many-nodes"])
        // 25 entries (50 nodes), then the key that passes the limit, with a null value.
        let entries = tree.root?.mapping?.entries ?? []
        #expect(entries.count == 26)
        #expect(entries.last?.keyText == "k25")
        #expect(tree.diagnostics.first.map { tree.text($0.range) } == "k25")
    }

    @Test func longLinesAndManyLinesAreLinear() {
        // Not a timing assertion: these would take minutes with a quadratic step.
        let longLine = "a: " + String(repeating: "word ", count: 400_000) + "\n"
        #expect(parse(longLine).diagnostics.isEmpty)
        let manyBlankLines = "a: |\n" + String(repeating: "\n", count: 300_000) + "  x\n"
        #expect(parse(manyBlankLines).toJSON()["a"] == .string(String(repeating: "\n", count: 300_000) + "x\n"))
        let manyErrors = String(repeating: "a: b: c\n", count: 100_000)
        #expect(parse(manyErrors).diagnostics.count == ParserLimits.default.maximumDiagnostics + 1)
        let indentedLines = "k:\n" + String(repeating: String(repeating: " ", count: 5_000) + "x\n", count: 200)
        #expect(parse(indentedLines).toJSON()["k"]?.stringValue?.count == 399)
    }

    @Test func arbitraryBytesNeverCrash() {
        var generator = SeededRandom(seed: 2026)
        let alphabet = Array("ab :-?[]{},#&*!|>'\"%@`\\\t\r\n 0.~£😀".utf8) + [0xFF, 0xC3]
        for _ in 0 ..< 3_000 {
            let length = Int(generator.next() % 60)
            let bytes = (0 ..< length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let tree = Parser.parse(SourceFile(name: "random", bytes: bytes))
            if let root = tree.root, !Self.rangesNest(root, limit: bytes.count) {
                Issue.record("ranges do not nest for \(bytes)")
            }
            _ = tree.toJSON()
        }
    }

    static func depth(of node: SyntaxNode?) -> Int {
        guard let node else { return 0 }
        switch node.content {
        case .scalar: return 0
        case let .mapping(mapping): return 1 + (mapping.entries.map { depth(of: $0.value) }.max() ?? 0)
        case let .sequence(sequence): return 1 + (sequence.items.map { depth(of: $0.value) }.max() ?? 0)
        }
    }
}
