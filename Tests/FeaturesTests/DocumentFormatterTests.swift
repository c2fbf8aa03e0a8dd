import Foundation
import JSONSupport
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

    /// Every example, every test fixture (any `Fixtures` folder under `Tests/`) and every YAML test
    /// suite input that parses without errors: the data after formatting (what `dump` prints)
    /// equals the data before, and formatting again changes nothing; and the editor's edits
    /// (`FormattingEdits`, whole or for a range) give the same text as the formatter.
    @Test func dataIsUnchangedAndFormattingIsIdempotent() throws {
        var files: [URL] = []
        let examples = FileManager.default.enumerator(at: Self.repositoryRoot.appendingPathComponent("Schemas/examples"), includingPropertiesForKeys: nil)
        while let url = examples?.nextObject() as? URL { if url.pathExtension == "yaml" { files.append(url) } }
        let tests = FileManager.default.enumerator(at: Self.repositoryRoot.appendingPathComponent("Tests"), includingPropertiesForKeys: nil)
        var fixtures = 0
        while let url = tests?.nextObject() as? URL {
            guard url.pathComponents.contains("Fixtures"), ["yaml", "yml"].contains(url.pathExtension) else { continue }
            files.append(url)
            fixtures += 1
        }
        #expect(fixtures >= 8)
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
            #expect(JSONWriter(pretty: true).string(after.toJSON()) == JSONWriter(pretty: true).string(before.toJSON()), "dump changed: \(url.path)")
            guard case let .edits(whole) = FormattingEdits.edits(for: bytes) else {
                Issue.record("edits refused \(url.path)")
                continue
            }
            #expect(DocumentFixes.apply(whole, to: bytes) == once, "whole-document edits: \(url.path)")
            guard case let .edits(everything) = FormattingEdits.edits(for: bytes, in: TextRange(start: 0, end: bytes.count)) else { continue }
            #expect(DocumentFixes.apply(everything, to: bytes) == once, "a range over everything: \(url.path)")
        }
        #expect(formattedCount > 100)
        #expect(changedCount > 10, "the formatter should change the layout of some inputs")
    }

    /// A range is widened to the top-level sections it touches; the others are left as they are.
    @Test func rangeFormattingFormatsTheSectionsTheRangeTouches() throws {
        let text = "# head\nkind:   commissioning-strategy\nperiod: { from: 2026-04-01 ,to: 2029-03-31 }\npartners:\n    - name: A\n      type: nhs\nlist:\n    -    one\n"
        let bytes = Array(text.utf8)
        let inside = try #require(text.range(of: "type: nhs")).lowerBound.utf16Offset(in: text)
        guard case let .edits(edits) = FormattingEdits.edits(for: bytes, in: .empty(at: inside)) else {
            Issue.record("refused")
            return
        }
        let result = String(decoding: DocumentFixes.apply(edits, to: bytes), as: UTF8.self)
        #expect(result == "# head\nkind:   commissioning-strategy\nperiod: { from: 2026-04-01 ,to: 2029-03-31 }\npartners:\n  - name: A\n    type: nhs\nlist:\n    -    one\n")
        // Only the lines that change are replaced.
        #expect(edits.count == 1 && edits[0].newText == "  - name: A\n    type: nhs\n")
        // A selection from `kind` to `period` formats both sections and no other.
        let start = try #require(text.range(of: "kind")).lowerBound.utf16Offset(in: text)
        let end = try #require(text.range(of: "2029")).lowerBound.utf16Offset(in: text)
        guard case let .edits(two) = FormattingEdits.edits(for: bytes, in: TextRange(start: start, end: end)) else { return }
        #expect(String(decoding: DocumentFixes.apply(two, to: bytes), as: UTF8.self)
                == "# head\nkind: commissioning-strategy\nperiod: {from: 2026-04-01, to: 2029-03-31}\npartners:\n    - name: A\n      type: nhs\nlist:\n    -    one\n")
        // Nothing to do: no edit at all.
        #expect(FormattingEdits.edits(for: Array("title: x\n".utf8)) == .edits([]))
        #expect(FormattingEdits.edits(for: Array("title: [a, b\n".utf8)) != .edits([]))
    }
}
