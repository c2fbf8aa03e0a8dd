import Analysis
import Foundation
import JSONRPC
import JSONSupport
import LanguageServer
import SourceText
import Syntax
import Testing

/// Every limit at its value and one past it: at the limit everything is read as usual; past it,
/// one clear diagnostic or error and no more. (JSON nesting, `JSONParser.maximumDepth`, is
/// tested both ways in JSONSupportTests.)
@Suite("Limits, at and just past each one")
struct LimitTests {
    static let limits = ParserLimits.default

    static func codes(_ tree: SyntaxTree) -> [String] { tree.diagnostics.map(\.code) }

    @Test("Document size: 64 MiB is parsed, one byte more is syntax/too-large")
    func documentSize() {
        // Lines of 1,023 spaces: blank, so the parse itself is quick.
        let line = [UInt8](repeating: 0x20, count: 1_023) + [0x0A]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.limits.maximumDocumentBytes + 1)
        while bytes.count < Self.limits.maximumDocumentBytes - 4 { bytes += line }
        bytes.removeLast(bytes.count - (Self.limits.maximumDocumentBytes - 4))
        bytes += Array("a: 1".utf8)
        #expect(bytes.count == 64 << 20)
        let atLimit = Parser.parse(SourceFile(name: "big.yaml", bytes: bytes))
        #expect(Self.codes(atLimit) == [])
        #expect(atLimit.toJSON() == ["a": 1])
        bytes.append(0x0A)
        let pastLimit = Parser.parse(SourceFile(name: "big.yaml", bytes: bytes))
        #expect(Self.codes(pastLimit) == ["syntax/too-large"])
        #expect(pastLimit.diagnostics.first?.message.contains("67108865 bytes") == true)
        #expect(pastLimit.root == nil)
    }

    @Test("Line length: a 4 MiB line is read, one byte more is syntax/line-too-long and the next line is still read")
    func lineLength() throws {
        let limit = Self.limits.maximumLineBytes
        #expect(limit == 4 << 20)
        let atLimit = Parser.parse("a: " + String(repeating: "x", count: limit - 3) + "\nb: 2\n")
        #expect(Self.codes(atLimit) == [])
        #expect(atLimit.toJSON()["a"]?.stringValue?.utf8.count == limit - 3)
        let text = "a: " + String(repeating: "x", count: limit - 2) + "\r\nb: 2\n"
        let pastLimit = Parser.parse(text)
        #expect(Self.codes(pastLimit) == ["syntax/line-too-long"])
        let diagnostic = try #require(pastLimit.diagnostics.first)
        #expect(diagnostic.range == TextRange(start: 0, end: limit + 1))
        #expect(diagnostic.message.contains("\(limit + 1) bytes"))
        #expect(pastLimit.toJSON() == ["b": 2])
    }

    @Test("Nesting: 256 levels are read, 257 give syntax/too-deep")
    func nestingDepth() {
        let depth = Self.limits.maximumDepth
        #expect(depth == 256)
        let atLimit = Parser.parse(String(repeating: "- ", count: depth) + "x\n")
        #expect(Self.codes(atLimit) == [])
        var value = atLimit.toJSON()
        for _ in 0..<depth { value = value[0] ?? .null }
        #expect(value == "x")
        #expect(Self.codes(Parser.parse(String(repeating: "- ", count: depth + 1) + "x\n")) == ["syntax/too-deep"])
        #expect(Self.codes(Parser.parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))) == [])
        #expect(Self.codes(Parser.parse(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1))) == ["syntax/too-deep"])
    }

    @Test("Values: 1,000,000 nodes are read, one more gives syntax/too-many-nodes")
    func nodeCount() {
        let nodes = Self.limits.maximumNodes
        #expect(nodes == 1_000_000)
        // A flow list of n - 1 numbers is n nodes.
        func list(_ count: Int) -> String { "[" + String(repeating: "0,", count: count - 2) + "0]\n" }
        let atLimit = Parser.parse(list(nodes))
        #expect(Self.codes(atLimit) == [])
        #expect(atLimit.toJSON().arrayValue?.count == nodes - 1)
        #expect(Self.codes(Parser.parse(list(nodes + 1))) == ["syntax/too-many-nodes"])
    }

    @Test("Syntax errors: 1,000 are listed, the 1,001st is replaced by syntax/too-many-errors")
    func diagnosticCount() {
        let maximum = Self.limits.maximumDiagnostics
        #expect(maximum == 1_000)
        func anchors(_ count: Int) -> String { (0..<count).map { "k\($0): &a \($0)\n" }.joined() }
        #expect(Self.codes(Parser.parse(anchors(maximum))) == Array(repeating: "syntax/anchor", count: maximum))
        let past = Self.codes(Parser.parse(anchors(maximum + 1)))
        #expect(past.count == maximum + 1 && past.last == "syntax/too-many-errors" && past.dropLast().allSatisfy { $0 == "syntax/anchor" })
    }

    @Test("Message size: a 64 MiB body is read, a Content-Length one byte larger is an error before anything is allocated")
    func messageSize() {
        let maximum = MessageFramer.defaultMaximumMessageSize
        #expect(maximum == 64 << 20)
        var framer = MessageFramer()
        framer.append(Array("Content-Length: \(maximum)\r\n\r\n".utf8))
        framer.append([UInt8](repeating: 0x20, count: maximum))
        guard case let .message(body) = framer.next() else {
            Issue.record("a body of exactly the limit was not read")
            return
        }
        #expect(body.count == maximum)
        framer.append(Array("Content-Length: \(maximum + 1)\r\n\r\n{}".utf8))
        guard case let .error(error) = framer.next() else {
            Issue.record("a body one byte over the limit was accepted")
            return
        }
        #expect(error.kind == .messageTooLarge)
        #expect(framer.bufferedByteCount < 64)
    }

    @Test("Header size: an 8 KiB header is read, one byte more is an error and reading goes on")
    func headerSize() {
        let maximum = MessageFramer.maximumHeaderSize
        #expect(maximum == 8 << 10)
        func header(totalBytes: Int) -> [UInt8] {
            let fixed = "Content-Length: 2\r\nX-Pad: \r\n\r\n".utf8.count
            return Array("Content-Length: 2\r\nX-Pad: \(String(repeating: "p", count: totalBytes - fixed))\r\n\r\n".utf8)
        }
        var framer = MessageFramer()
        framer.append(header(totalBytes: maximum) + Array("{}".utf8))
        #expect(framer.next() == .message(Array("{}".utf8)))
        framer.append(header(totalBytes: maximum + 1) + Array("{}".utf8) + Array("Content-Length: 2\r\n\r\n[]".utf8))
        guard case let .error(error) = framer.next() else {
            Issue.record("a header one byte over the limit was accepted")
            return
        }
        #expect(error.kind == .headerTooLarge)
        var next = framer.next()
        while case .error = next { next = framer.next() }
        #expect(next == .message(Array("[]".utf8)))
    }

    @Test("A referenced file: 64 MiB is read, one byte more is reported unread")
    func referencedFileSize() throws {
        let folder = try TemporaryFolder()
        let text = "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: big.hypotheses.yaml\n"
        let strategy = try folder.write(text, to: "a.strategy.yaml")
        let big = folder.workspace.appendingPathComponent("big.hypotheses.yaml")
        func messages(size: Int) throws -> [String] {
            #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
            let handle = try FileHandle(forWritingTo: big)
            try handle.truncate(atOffset: UInt64(size))  // sparse: zeros, read quickly
            try handle.close()
            let analyzer = DocumentAnalyzer(workspace: Workspace(root: folder.workspace))
            let analysis = analyzer.analyze(SourceFile(name: "a.strategy.yaml", text: text), at: DocumentOrigin(displayPath: "a.strategy.yaml", fileURL: strategy))
            return analysis.diagnostics.filter { $0.code.hasPrefix("reference/") }.map(\.message)
        }
        let maximum = Workspace.maximumReferencedFileBytes
        #expect(maximum == 64 << 20)
        #expect(try messages(size: maximum).allSatisfy { !$0.contains("larger than") })
        let past = try messages(size: maximum + 1)
        #expect(past.contains { $0.contains("larger than 64 MB") }, "\(past)")
    }
}
