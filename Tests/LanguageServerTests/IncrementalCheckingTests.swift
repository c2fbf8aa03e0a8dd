import Foundation
import LanguageServer
import LanguageServerProtocol
import SourceText
import Testing
import TestSupport

/// The server parses each version from the one it checked before. After every edit of seeded
/// random sequences, sent as an editor sends them in each of the three position encodings, its
/// diagnostics, outline and folding must be those of a server that sees the text for the first time.
@Suite struct IncrementalCheckingTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Schemas/examples")

    static let pieces = ["e", " ", "£", "’", "😀", "\n", "\r\n", ": ", "- ", "\"", "  ", "#", "[", "]", "|", "key: value\n", "\n    note"]

    static func service() -> CommissioningLanguageService {
        let service = CommissioningLanguageService()
        service.workspaceDidInitialize(WorkspaceInfo(rootURI: DocumentURI.fileURI(of: examples.path), folders: [], initializationOptions: nil))
        return service
    }

    @Test(arguments: [PositionEncoding.utf8, .utf16, .utf32])
    func editsAreCheckedAsAFreshServerChecksThem(encoding: PositionEncoding) throws {
        var random = SeededRandom(seed: 31 + UInt64(encoding.rawValue.count))
        let editing = Self.service()
        var generation: UInt64 = 0
        var methods: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter({ $0.hasSuffix(".yaml") }).sorted() {
            let uri = DocumentURI.fileURI(of: Self.examples.appending(path: name).path)
            var source = SourceFile(name: uri, text: try String(contentsOf: Self.examples.appending(path: name), encoding: .utf8))
            for step in 0..<40 {
                // A keystroke or two at a random place, given as the client's positions.
                let start = random.below(source.bytes.count + 1)
                let end = min(source.bytes.count, start + (random.below(6) == 0 ? random.below(30) : random.below(2)))
                let (first, last) = (source.position(of: start, in: encoding), source.position(of: end, in: encoding))
                let range = PositionRange(start: Position(line: first.line, character: first.character), end: Position(line: last.line, character: last.character))
                let text = random.below(4) == 0 ? "" : Self.pieces[random.below(Self.pieces.count)]
                source = DocumentEditing.apply([TextDocumentContentChangeEvent(range: range, text: text)], to: source, encoding: encoding)
                generation += 1
                let document = DocumentSnapshot(uri: uri, version: Int(generation), languageId: "commissioning", source: source, generation: generation)
                let workspace = WorkspaceSnapshot(info: WorkspaceInfo(rootURI: nil, folders: [], initializationOptions: nil), documents: [uri: document])
                let fresh = Self.service()
                let context = "\(name), \(encoding.rawValue), step \(step): \(start)..<\(end) → \(text.debugDescription)"
                #expect(editing.diagnostics(for: document, in: workspace) == fresh.diagnostics(for: document, in: workspace), "\(context)")
                methods[editing.parseMethod(of: document) ?? "none", default: 0] += 1
                #expect(String(describing: editing.documentSymbols(in: document)) == String(describing: fresh.documentSymbols(in: document)), "\(context)")
                #expect(String(describing: editing.foldingRanges(in: document)) == String(describing: fresh.foldingRanges(in: document)), "\(context)")
            }
        }
        let total = methods.values.reduce(0, +)
        #expect(methods["incremental", default: 0] * 3 >= total, "\(methods)")
    }
}
