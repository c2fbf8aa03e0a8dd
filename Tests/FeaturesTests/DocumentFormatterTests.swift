import Foundation
import SourceText
import Syntax
import Testing
@testable import Features

/// `DocumentFormatter` (issue 18, `fmt`): the layout made regular, the data never changed,
/// comments and block text kept, and formatting twice the same as once.
@Suite struct DocumentFormatterTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func formatted(_ text: String) throws -> String {
        guard case let .formatted(bytes) = DocumentFormatter.format(Array(text.utf8)) else {
            Issue.record("refused: \(text)")
            return text
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func layoutIsMadeRegular() throws {
        let text = "kind:   commissioning-strategy   \ntitle: x\nperiod: { from: 2026-04-01 ,to: 2029-03-31 }\npartners:\n    - name: A\n      type: nhs\nlist:\n    -    one\n\n\n"
        #expect(try formatted(text) == "kind: commissioning-strategy\ntitle: x\nperiod: {from: 2026-04-01, to: 2029-03-31}\npartners:\n  - name: A\n    type: nhs\nlist:\n  - one\n")
    }

    @Test func commentsAndBlockTextAreKept() throws {
        let text = "# top\nrationale:\n    # why\n    market: |\n        keep   this  \n          indented\n    need: >-\n        folded   text\n"
        let result = try formatted(text)
        #expect(result == "# top\nrationale:\n  # why\n  market: |\n      keep   this  \n        indented\n  need: >-\n      folded   text\n")
    }

    @Test func aFinalLineBreakIsAddedAndCRLFKept() throws {
        #expect(try formatted("title: x") == "title: x\n")
        #expect(try formatted("title:  x\r\nkind: y\r\n") == "title: x\r\nkind: y\r\n")
    }

    @Test func aDocumentWithSyntaxErrorsIsRefused() {
        #expect(DocumentFormatter.format(Array("title: [a, b\n".utf8)) != .formatted(Array("title: [a, b\n".utf8)))
        if case .formatted = DocumentFormatter.format(Array("title: [a, b\n".utf8)) { Issue.record("formatted a document with a syntax error") }
    }

    /// Every example, CLI fixture and YAML test suite input that parses without errors: the data
    /// after formatting equals the data before, and formatting again changes nothing.
    @Test func dataIsUnchangedAndFormattingIsIdempotent() throws {
        var files: [URL] = []
        for folder in ["Schemas/examples", "Tests/CLITests/Fixtures"] {
            let base = Self.repositoryRoot.appendingPathComponent(folder)
            let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL { if url.pathExtension == "yaml" { files.append(url) } }
        }
        let suite = Self.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance/yaml-test-suite")
        let walker = FileManager.default.enumerator(at: suite, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL { if url.lastPathComponent == "in.yaml" { files.append(url) } }
        #expect(files.count > 300, "the conformance inputs should be beside the repository")
        var formattedCount = 0, changedCount = 0
        for url in files {
            let bytes = [UInt8](try Data(contentsOf: url))
            let before = Parser.parse(SourceFile(name: url.path, bytes: bytes))
            guard before.diagnostics.allSatisfy({ $0.severity != .error }) else { continue }
            guard case let .formatted(once) = DocumentFormatter.format(bytes) else {
                Issue.record("refused \(url.path)")
                continue
            }
            formattedCount += 1
            if once != bytes { changedCount += 1 }
            let after = Parser.parse(SourceFile(name: url.path, bytes: once))
            #expect(after.toJSON() == before.toJSON(), "data changed: \(url.path)")
            #expect(after.diagnostics.filter { $0.severity == .error }.isEmpty, "\(url.path)")
            #expect(DocumentFormatter.format(once) == .formatted(once), "not idempotent: \(url.path)")
        }
        #expect(formattedCount > 100)
        #expect(changedCount > 10, "the formatter should change the layout of some inputs")
    }
}
