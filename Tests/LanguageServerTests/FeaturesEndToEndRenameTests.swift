import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText
import TestSupport
import Testing

/// Rename, prepareRename and document highlights through the built server.
@Suite("End to end: rename and highlights")
struct FeaturesEndToEndRenameTests {
    static let set = """
        kind: hypothesis-set
        title: Older people — hypotheses
        population: Older people
        hypotheses:
          - id: H1
            statement: Reablement after a fall prevents admissions.
            test: Compare admissions.
          - id: H2
            statement: Carers' breaks prevent crises.
            test: Count crisis calls.

        """
    static let strategy = """
        kind: commissioning-strategy
        title: Living well
        hypotheses: ../sets/older.hypotheses.yaml
        future-services:
          - service: Reablement
            change: increase
            hypotheses: [H1, H2]
          - service: Carers' breaks
            change: new
            hypotheses:
              - H2

        """
    static let files = ["sets/older.hypotheses.yaml": set, "plans/living.strategy.yaml": strategy]

    /// The error a request is answered with (nil when it succeeds).
    private func refusal(_ body: () throws -> JSONValue) -> ResponseError? {
        do {
            _ = try body()
            return nil
        } catch let error as ResponseError {
            return error
        } catch {
            return ResponseError(code: 0, message: "\(error)")
        }
    }

    @Test("Renaming H2 in the open set rewrites the closed strategy too; the edits, applied, leave both documents consistent")
    func renameAcrossTwoFilesOneClosed() throws {
        let session = try FeaturesSession(files: Self.files)
        try session.open("sets/older.hypotheses.yaml")
        let at = try session.position(of: "H2", in: "sets/older.hypotheses.yaml", plus: 1)

        let prepared = try PrepareRenamePlaceholder(json: session.request("textDocument/prepareRename", "sets/older.hypotheses.yaml", at: at))
        #expect(prepared.placeholder == "H2")
        #expect(prepared.range.start == (try session.position(of: "H2", in: "sets/older.hypotheses.yaml")))

        let edit = try WorkspaceEdit(json: session.request("textDocument/rename", "sets/older.hypotheses.yaml", at: at, ["newName": "H-carers"]))
        #expect(edit.documentChanges == nil)
        let setEdits = try #require(edit.changes[session.uri("sets/older.hypotheses.yaml")])
        let strategyEdits = try #require(edit.changes[session.uri("plans/living.strategy.yaml")], "the closed strategy is edited: \(edit.changes.keys)")
        #expect(setEdits.count == 1)
        #expect(strategyEdits.count == 2)
        #expect(edit.changes.count == 2)

        // The strategy, opened with the edits applied, finds every id in the renamed set.
        try session.apply(setEdits, to: "sets/older.hypotheses.yaml")
        try session.open("plans/living.strategy.yaml")
        let diagnostics = try session.apply(strategyEdits, to: "plans/living.strategy.yaml")
        #expect(!diagnostics.contains { $0.code == "reference/unresolved" })
        #expect(session.text("plans/living.strategy.yaml")?.contains("hypotheses: [H1, H-carers]") == true)
        #expect(session.text("plans/living.strategy.yaml")?.contains("- H-carers") == true)
        try session.finish()
    }

    @Test("A client that takes documentChanges gets each document with its version: the open one's number, null for the one on disk")
    func renameWithDocumentChanges() throws {
        let session = try FeaturesSession(files: Self.files, workspace: ["workspaceEdit": ["documentChanges": true]])
        try session.open("plans/living.strategy.yaml")
        let at = try session.position(of: "H1", in: "plans/living.strategy.yaml", plus: 1)
        let edit = try WorkspaceEdit(json: session.request("textDocument/rename", "plans/living.strategy.yaml", at: at, ["newName": "H9"]))
        let changes = try #require(edit.documentChanges)
        #expect(edit.changes.isEmpty)
        let versions = Dictionary(uniqueKeysWithValues: changes.map { ($0.textDocument.uri, $0.textDocument.version) })
        #expect(versions[session.uri("plans/living.strategy.yaml")] == .some(1))
        #expect(versions[session.uri("sets/older.hypotheses.yaml")] == .some(nil))
        #expect(changes.allSatisfy { $0.edits.map(\.newText) == ["H9"] })
        try session.finish()
    }

    @Test("prepareRename and rename refuse, saying why: a key, a path, an existing id, a name that is not an id")
    func refusals() throws {
        let session = try FeaturesSession(files: Self.files)
        try session.open("sets/older.hypotheses.yaml")
        let set = "sets/older.hypotheses.yaml"

        let onKey = refusal { try session.request("textDocument/prepareRename", set, at: session.position(of: "population", in: set, plus: 2)) }
        #expect(onKey?.message == "Only a hypothesis id can be renamed; this is the key `population`.")
        #expect(onKey?.code == LSPErrorCode.requestFailed.rawValue)

        let at = try session.position(of: "H2", in: set, plus: 1)
        let existing = refusal { try session.request("textDocument/rename", set, at: at, ["newName": "H1"]) }
        #expect(existing?.message.contains("`H1` is already a hypothesis of `older.hypotheses.yaml`") == true)
        let notAnID = refusal { try session.request("textDocument/rename", set, at: at, ["newName": "2 carers"]) }
        #expect(notAnID?.message.contains("`2 carers` is not a hypothesis id") == true)

        try session.open("plans/living.strategy.yaml")
        let strategy = "plans/living.strategy.yaml"
        let onPath = refusal { try session.request("textDocument/prepareRename", strategy, at: session.position(of: "../sets", in: strategy, plus: 3)) }
        #expect(onPath?.message.contains("this is the path `../sets/older.hypotheses.yaml`") == true)
        try session.finish()
    }

    @Test("A strategy whose set is outside the workspace cannot be renamed into it: refused, nothing read outside the root")
    func setOutsideTheRoot() throws {
        let outside = "kind: commissioning-strategy\nhypotheses: ../../outside.hypotheses.yaml\nfuture-services:\n  - service: X\n    hypotheses: [H1]\n"
        let session = try FeaturesSession(files: ["plans/outside.strategy.yaml": outside])
        try session.open("plans/outside.strategy.yaml")
        let name = "plans/outside.strategy.yaml"
        let answer = refusal { try session.request("textDocument/rename", name, at: session.position(of: "H1", in: name, plus: 1), ["newName": "H7"]) }
        #expect(answer?.message.contains("cannot be read inside the workspace") == true)
        try session.finish()
    }

    @Test("documentHighlight: the definition is Write, each citation Read; nothing on a key")
    func highlights() throws {
        let session = try FeaturesSession(files: Self.files)
        try session.open("plans/living.strategy.yaml")
        let strategy = "plans/living.strategy.yaml"
        let inStrategy = try (session.request("textDocument/documentHighlight", strategy, at: session.position(of: "H2", in: strategy)).arrayValue ?? [])
            .map(DocumentHighlight.init(json:))
        #expect(inStrategy.count == 2)
        #expect(inStrategy.allSatisfy { $0.kind == .read })
        #expect(inStrategy.first?.range.start == (try session.position(of: "H2", in: strategy)))

        try session.open("sets/older.hypotheses.yaml")
        let set = "sets/older.hypotheses.yaml"
        let inSet = try (session.request("textDocument/documentHighlight", set, at: session.position(of: "H1", in: set)).arrayValue ?? [])
            .map(DocumentHighlight.init(json:))
        #expect(inSet.map(\.kind) == [.write])
        let onKey = try session.request("textDocument/documentHighlight", set, at: session.position(of: "title", in: set))
        #expect(onKey == [])
        try session.finish()
    }

    @Test("workspace/diagnostic: every document, open (with its version) or not, as lint reports it; quoted result ids come back unchanged")
    func workspaceDiagnostics() throws {
        let session = try FeaturesSession(files: Self.files.merging(["plans/broken.strategy.yaml": "kind: commissioning-strategy\nhypotheses: ../sets/older.hypotheses.yaml\nfuture-services:\n  - service: X\n    hypotheses: [H5]\n"]) { $1 })
        try session.open("sets/older.hypotheses.yaml")
        let first = try WorkspaceDiagnosticReport(json: session.client.request("workspace/diagnostic", ["previousResultIds": []]))
        let byURI = Dictionary(first.items.map { (URL(string: $0.uri)?.standardizedFileURL.path ?? $0.uri, $0) }, uniquingKeysWith: { first, _ in first })
        func path(_ name: String) -> String { URL(string: session.uri(name))?.standardizedFileURL.path ?? name }
        #expect(first.items.count == 3)
        let set = try #require(byURI[path("sets/older.hypotheses.yaml")])
        #expect(set.version == 1)
        let broken = try #require(byURI[path("plans/broken.strategy.yaml")])
        #expect(broken.version == nil)
        guard case let .full(resultID, items) = broken.report else { Issue.record("not a full report"); return }
        #expect(items.contains { $0.code == "reference/unresolved" && $0.message.contains("H5") })

        let quoted = first.items.compactMap { item -> JSONValue? in
            guard case let .full(id?, _) = item.report else { return nil }
            return ["uri": .string(item.uri), "value": .string(id)]
        }
        #expect(quoted.count == 3)
        let second = try WorkspaceDiagnosticReport(json: session.client.request("workspace/diagnostic", ["previousResultIds": .array(quoted)]))
        #expect(second.items.count == 3)
        for item in second.items {
            guard case .unchanged = item.report else { Issue.record("\(item.uri) is not unchanged"); continue }
        }
        #expect(second.items.contains { if case .unchanged(resultID) = $0.report { true } else { false } })
        try session.finish()
    }
}
