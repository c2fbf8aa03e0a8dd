import Foundation
import JSONRPC
import JSONSupport
import SourceText
import TestSupport
import Testing

/// COMMISSIONING_SOAK is set (to anything).
let soakIsRequested = !(ProcessInfo.processInfo.environment["COMMISSIONING_SOAK"] ?? "").isEmpty

/// A long editing day, through the built executable: documents open, random edits sent as a
/// fast typist would (without waiting for diagnostics), then checks that
/// - every document's text in the server is exactly the text the edits produce here;
/// - its diagnostics are those a fresh server gives for the same final texts;
/// - resident memory at the end is within 10% of what it was after the first 1,000 edits.
///
/// Not part of the default `swift test` (it takes minutes): it runs when COMMISSIONING_SOAK is
/// set. `bash Benchmarks/soak` runs the full day (200 documents, 100,000 edits, the release
/// build) through it; `COMMISSIONING_SOAK=1 swift test --filter SoakTests` a short one (20
/// documents, 5,000 edits). COMMISSIONING_SOAK_DOCUMENTS, COMMISSIONING_SOAK_EDITS and
/// COMMISSIONING_SOAK_SEED change the day.
@Suite("Soak: a long editing day", .enabled(if: soakIsRequested, "opt-in: set COMMISSIONING_SOAK=1, or run bash Benchmarks/soak"))
struct SoakTests {
    static let environment = ProcessInfo.processInfo.environment
    static let documentCount = environment["COMMISSIONING_SOAK_DOCUMENTS"].flatMap(Int.init) ?? 20
    static let editCount = environment["COMMISSIONING_SOAK_EDITS"].flatMap(Int.init) ?? 5_000
    static let seed = environment["COMMISSIONING_SOAK_SEED"].flatMap(UInt64.init) ?? 2026
    /// Memory is measured here, after the server has seen every document and its analyses.
    static let warmUpEdits = 1_000

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas/examples")

    /// One open document as the client holds it.
    struct Document {
        let uri: String
        var source: SourceFile
        let originalSize: Int
        var version = 1
    }

    @Test("Random edits: text, diagnostics and memory hold up")
    func editingDay() throws {
        let folder = try TemporaryFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var texts: [String: String] = [:]
        for name in names {
            let text = try String(contentsOf: Self.examples.appendingPathComponent(name), encoding: .utf8)
            texts[name] = text
            try folder.write(text, to: name)
        }
        // The examples themselves (so references between open documents are followed), then copies.
        var documents: [Document] = (0..<Self.documentCount).map { number in
            let name = names[number % names.count]
            let fileName = number < names.count ? name : "copy-\(number)-\(name)"
            let text = texts[name] ?? ""
            return Document(uri: folder.workspace.appendingPathComponent(fileName).absoluteString, source: SourceFile(name: fileName, text: text),
                            originalSize: text.utf8.count)
        }
        let originals = documents.map(\.source.text)
        let client = try launchServer()
        try client.start(root: folder.workspace)
        for document in documents { client.open(document.uri, document.source.text) }
        for document in documents { _ = try client.diagnostics(document.uri, timeout: 120) }

        var random = SeededRandom(seed: Self.seed)
        var warmResident: Int?
        var peakResident = 0
        for edit in 1...Self.editCount {
            let index = random.below(documents.count)
            let change = Self.randomChange(to: &documents[index], using: &random)
            client.notify("textDocument/didChange", [
                "textDocument": ["uri": .string(documents[index].uri), "version": .int(documents[index].version)], "contentChanges": [change],
            ])
            // Every hundred edits, wait for the server to have read them, and drop what it published.
            if edit % 100 == 0 {
                _ = try client.heldText(documents[index].uri)
                _ = client.inbox.takeAll()
                peakResident = max(peakResident, client.residentKiB ?? 0)
            }
            if edit == min(Self.warmUpEdits, Self.editCount) {
                try Self.settle(client, &documents)
                warmResident = client.residentKiB
            }
        }
        try Self.settle(client, &documents)
        let published = try Self.settle(client, &documents)
        let finalResident = client.residentKiB
        let diagnosticCount = published.values.map(\.count).reduce(0, +)
        print("soak: \(Self.documentCount) documents, \(Self.editCount) edits, \(diagnosticCount) diagnostics at the end; resident after \(Self.warmUpEdits) edits \(warmResident ?? -1) KiB, peak \(peakResident) KiB, at the end \(finalResident ?? -1) KiB")
        // The day did change the documents, and they are still documents with findings.
        #expect(documents.allSatisfy { $0.version > Self.editCount / Self.documentCount / 2 })
        #expect(zip(documents, originals).allSatisfy { $0.source.text != $1 })
        #expect(diagnosticCount > documents.count)

        for document in documents {
            #expect(try client.heldText(document.uri) == ["version": .int(document.version), "text": .string(document.source.text)], "\(document.uri)")
        }
        let warm = try #require(warmResident)
        let final = try #require(finalResident)
        #expect(Double(final) <= Double(warm) * 1.10, "resident memory grew from \(warm) KiB to \(final) KiB")
        try client.end()

        // A fresh server given the final texts publishes the same diagnostics.
        let fresh = try launchServer()
        try fresh.start(root: folder.workspace)
        var reopened = documents.map { Document(uri: $0.uri, source: $0.source, originalSize: $0.originalSize) }
        for document in reopened { fresh.open(document.uri, document.source.text) }
        let expected = try Self.settle(fresh, &reopened)
        for document in documents {
            #expect(published[document.uri] == expected[document.uri], "\(document.uri): diagnostics differ from a fresh server's")
        }
        try fresh.end()
    }

    /// Sends every document an empty change (a new version, the same text) and waits for the
    /// diagnostics of those versions: by then every edit before has been applied and checked.
    @discardableResult
    static func settle(_ client: LSPTestClient, _ documents: inout [Document]) throws -> [String: [JSONValue]] {
        for index in documents.indices {
            documents[index].version += 1
            client.notify("textDocument/didChange", [
                "textDocument": ["uri": .string(documents[index].uri), "version": .int(documents[index].version)],
                "contentChanges": [["range": range(position(0, 0), position(0, 0)), "text": ""]],
            ])
        }
        var result: [String: [JSONValue]] = [:]
        for document in documents {
            result[document.uri] = try client.diagnostics(document.uri, version: document.version, timeout: 120)
        }
        _ = client.inbox.takeAll()
        return result
    }

    /// One random edit of a document, applied here and returned as the protocol's change (UTF-16
    /// positions, the default): an insertion, a deletion or a replacement, at character
    /// boundaries, of text with line breaks and characters of every UTF-8 length. Documents
    /// that have grown to twice their size shrink, and the reverse, so that a day stays a day.
    static func randomChange(to document: inout Document, using random: inout SeededRandom) -> JSONValue {
        let source = document.source
        let size = source.bytes.count
        func boundary(_ offset: Int) -> Int {
            source.lineIndex.offset(of: source.lineIndex.position(of: offset, in: .utf32), in: .utf32)
        }
        let start = boundary(random.below(size + 1))
        var end = start
        var text = ""
        let roll = random.below(10)
        let deleting = size > 2 * document.originalSize ? roll < 7 : size < document.originalSize / 2 ? roll < 1 : roll < 4
        if deleting || roll == 9 { end = boundary(min(size, start + 1 + random.below(40))) }
        if !deleting {
            for _ in 0..<(1 + random.below(4)) { text += pieces[random.below(pieces.count)] }
        }
        let range = source.lineRange(of: TextRange(start: start, end: end), in: .utf16)
        var bytes = source.bytes
        bytes.replaceSubrange(start..<end, with: Array(text.utf8))
        document.source = SourceFile(name: source.name, bytes: bytes)
        document.version += 1
        return ["range": SoakTests.json(range), "text": .string(text)]
    }

    static func json(_ range: LineRange) -> JSONValue {
        ReliabilityTests.range(position(range.start.line, range.start.character), position(range.end.line, range.end.character))
    }

    /// What a person types into these documents, and what they paste.
    static let pieces = [
        "a", "e", " ", "\n", "\n  ", ": ", "- ", "£1m", "’", "–", "😀", "#", " # note", "[", "]", "{", "}", ",", "\"", "'",
        "H1", "level: joint", "evidence: ", "status: supported", "\n  - id: H9\n    statement: More help will reduce demand.",
        "purpose-and-", "integrated", "£250,000", "2026-04-01", "\r\n", "|", ">", "\t", "é",
    ]
}
