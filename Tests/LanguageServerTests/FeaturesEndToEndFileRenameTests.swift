import Foundation
import JSONSupport
import LanguageServerProtocol
import SourceText
import Testing

/// `workspace/willRenameFiles` through the built server: the edits that keep references leading
/// to a renamed or moved document, in open buffers and in files on disk, and none that would
/// lead out of the workspace.
@Suite("End to end: file renames")
struct FeaturesEndToEndFileRenameTests {
    static let strategy = """
        kind: commissioning-strategy
        title: Living well
        hypotheses: ../sets/older.hypotheses.yaml

        """
    /// Flow style, with letters of two and three UTF-8 bytes before the path on its line, so that
    /// its column differs between encodings.
    static let framework = """
        kind: commissioning-framework
        title: Westshire framework
        documents: [{title: Café ’24, relates-to: The plan., path: plans/living.strategy.yaml}]

        """
    static let files = [
        "sets/older.hypotheses.yaml": FeaturesEndToEndRenameTests.set,
        "plans/living.strategy.yaml": strategy,
        "westshire.framework.yaml": framework,
    ]

    private func willRename(_ session: FeaturesSession, _ renames: [(old: String, new: String)]) throws -> WorkspaceEdit? {
        let files: [JSONValue] = renames.map { ["oldUri": .string($0.old), "newUri": .string($0.new)] }
        let result = try session.client.request("workspace/willRenameFiles", ["files": .array(files)])
        return result.isNull ? nil : try WorkspaceEdit(json: result)
    }

    /// `text` with `edits` applied, positions read in the session's encoding.
    private func applying(_ edits: [LanguageServerProtocol.TextEdit], to text: String, in session: FeaturesSession) throws -> String {
        var text = text
        for edit in edits.sorted(by: { ($0.range.start.line, $0.range.start.character) > ($1.range.start.line, $1.range.start.character) }) {
            let start = try #require(session.index(of: edit.range.start, in: text))
            let end = try #require(session.index(of: edit.range.end, in: text))
            text.replaceSubrange(start..<end, with: edit.newText)
        }
        return text
    }

    @Test("willRename is advertised for each document suffix (case ignored) and for every folder")
    func advertised() throws {
        let client = try startServer()
        let result = try client.initialize()
        let filters = try (result["capabilities"]?["workspace"]?["fileOperations"]?["willRename"]?["filters"]?.arrayValue ?? [])
            .map(FileOperationFilter.init(json:))
        let globs = filters.filter { $0.pattern.matches == .file }.map(\.pattern.glob)
        #expect(Set(globs).isSuperset(of: ["**/*.strategy.yaml", "**/*.hypotheses.yaml", "**/*.framework.yaml", "**/*.mps.yaml"]))
        #expect(filters.filter { $0.pattern.matches == .file }.allSatisfy { $0.pattern.options?.ignoreCase == true && $0.scheme == "file" })
        #expect(filters.contains { $0.pattern.matches == .folder && $0.pattern.glob == "**/*" })
        try client.finish()
    }

    @Test("A renamed set: the closed strategy's path changes its name only; the edit, applied, resolves", arguments: [PositionEncoding.utf16, .utf8])
    func fileRename(encoding: PositionEncoding) throws {
        let session = try FeaturesSession(files: Self.files, encoding: encoding)
        let edit = try #require(try willRename(session, [(session.uri("sets/older.hypotheses.yaml"), session.uri("sets/older-people.hypotheses.yaml"))]))
        #expect(edit.documentChanges == nil)
        #expect(Array(edit.changes.keys) == [session.uri("plans/living.strategy.yaml")])
        let edits = try #require(edit.changes[session.uri("plans/living.strategy.yaml")])
        #expect(edits.map(\.newText) == ["../sets/older-people.hypotheses.yaml"])
        #expect(try applying(edits, to: Self.strategy, in: session) == Self.strategy.replacingOccurrences(of: "older.hypotheses", with: "older-people.hypotheses"))

        // Renamed as the editor would, the strategy opened with the edit applied finds its set.
        try FileManager.default.moveItem(at: session.folder.appendingPathComponent("sets/older.hypotheses.yaml"),
                                         to: session.folder.appendingPathComponent("sets/older-people.hypotheses.yaml"))
        let diagnostics = try session.open("plans/living.strategy.yaml", try applying(edits, to: Self.strategy, in: session))
        #expect(!diagnostics.contains { ($0.code ?? "").hasPrefix("reference/") }, "\(diagnostics.map(\.message))")
        try session.finish()
    }

    @Test("A moved folder: the open framework (by its version) and the moved strategy's own path both change", arguments: [PositionEncoding.utf16, .utf8])
    func folderRename(encoding: PositionEncoding) throws {
        let session = try FeaturesSession(files: Self.files, encoding: encoding, workspace: ["workspaceEdit": ["documentChanges": true]])
        try session.open("westshire.framework.yaml")
        // The open buffer differs from the disk, and wins: its path is quoted there.
        let unsaved = Self.strategy.replacingOccurrences(of: "../sets/older.hypotheses.yaml", with: "'../sets/older.hypotheses.yaml'")
        try session.open("plans/living.strategy.yaml", unsaved)
        let edit = try #require(try willRename(session, [(session.uri("plans"), session.uri("archive/2024/plans"))]))
        let changes = try #require(edit.documentChanges)
        #expect(changes.map(\.textDocument.uri).sorted() == [session.uri("plans/living.strategy.yaml"), session.uri("westshire.framework.yaml")])
        #expect(changes.allSatisfy { $0.textDocument.version == 1 })

        let framework = try #require(changes.first { $0.textDocument.uri == session.uri("westshire.framework.yaml") })
        #expect(framework.edits.first?.range.start == (try session.position(of: "plans/", in: "westshire.framework.yaml")))
        let rewritten = try applying(framework.edits, to: Self.framework, in: session)
        #expect(rewritten == Self.framework.replacingOccurrences(of: "path: plans/", with: "path: archive/2024/plans/"))

        let strategy = try #require(changes.first { $0.textDocument.uri == session.uri("plans/living.strategy.yaml") })
        #expect(strategy.edits.map(\.newText) == ["'../../../sets/older.hypotheses.yaml'"])
        #expect(try applying(strategy.edits, to: unsaved, in: session) == unsaved.replacingOccurrences(of: "'../sets/", with: "'../../../sets/"))
        try session.finish()
    }

    @Test("Renamed out of the workspace: no edit, and nothing outside is named", arguments: [PositionEncoding.utf16, .utf8])
    func renameOutOfTheWorkspace(encoding: PositionEncoding) throws {
        let session = try FeaturesSession(files: Self.files, encoding: encoding)
        try session.open("westshire.framework.yaml")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("elsewhere-\(UUID().uuidString)")
        #expect(try willRename(session, [(session.uri("sets/older.hypotheses.yaml"), outside.appendingPathComponent("older.hypotheses.yaml").absoluteString)]) == nil)
        #expect(try willRename(session, [(session.uri("plans/living.strategy.yaml"), outside.appendingPathComponent("living.strategy.yaml").absoluteString)]) == nil)
        #expect(try willRename(session, [(session.uri("plans"), outside.absoluteString)]) == nil)
        // From outside into the workspace: nothing there referred to it.
        #expect(try willRename(session, [(outside.absoluteString, session.uri("sets/new"))]) == nil)
        try session.finish()
    }
}
