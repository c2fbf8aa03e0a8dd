import Features
import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import Schema
import SourceText

/// Renaming a hypothesis id across the workspace, and its occurrences in one document.
extension CommissioningLanguageService {
    /// The hypothesis id pattern, read from the hypothesis set's schema (the format's one source).
    static let hypothesisIdPattern: String = {
        let schema = SchemaDocuments.documents["hypothesis-set.schema.json"]
        return schema?["properties"]?["hypotheses"]?["items"]?["properties"]?["id"]?["pattern"]?.stringValue ?? "^[A-Za-z][A-Za-z0-9_.-]*$"
    }()

    public func prepareRename(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) throws -> RenamePlace? {
        guard let url = document.filePath.map({ URL(fileURLWithPath: $0) }) else { throw Self.refusal("Only a saved file's hypotheses can be renamed.") }
        switch HypothesisRename.prepare(in: structure(of: document).tree, fileURL: url, at: offset) {
        case let .success(place): return RenamePlace(range: place.range, placeholder: place.id)
        case let .failure(refusal): throw Self.refusal(refusal.message)
        }
    }

    public func rename(at offset: Int, to newName: String, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) throws -> [DocumentEdits] {
        guard let url = document.filePath.map({ URL(fileURLWithPath: $0) }) else { throw Self.refusal("Only a saved file's hypotheses can be renamed.") }
        let index = index(workspace)
        let result = HypothesisRename.rename(
            in: structure(of: document).tree, fileURL: url, at: offset, to: newName, idPattern: Self.hypothesisIdPattern, documents: index)
        switch result {
        case let .failure(refusal):
            throw Self.refusal(refusal.message)
        case let .success(edits):
            return FeatureAnswers.documentEdits(edits, open: index.open)
        }
    }

    public func documentHighlights(at offset: Int, in document: DocumentSnapshot) -> [HighlightAnswer] {
        guard let url = document.filePath.map({ URL(fileURLWithPath: $0) }) else { return [] }
        return HypothesisHighlights.highlights(in: structure(of: document).tree, fileURL: url, at: offset)
            .map { HighlightAnswer(range: $0.range, isWrite: $0.kind == .definition) }
    }

    /// A refusal the editor shows as it is (RequestFailed: the request was understood, but cannot be done).
    static func refusal(_ message: String) -> ResponseError {
        ResponseError(code: LSPErrorCode.requestFailed.rawValue, message: message)
    }
}
