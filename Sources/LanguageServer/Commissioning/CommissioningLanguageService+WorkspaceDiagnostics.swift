import Analysis
import Foundation
import SourceText
import Syntax

/// `workspace/diagnostic`: every commissioning document under the root, checked with the same
/// analyzer as open documents and `lint`; the open ones as the editor holds them.
extension CommissioningLanguageService {
    public func workspaceDiagnostics(in workspace: WorkspaceSnapshot) -> [WorkspaceDocumentCheck] {
        let index = index(workspace)
        var result: [WorkspaceDocumentCheck] = []
        var seen = Set<String>()
        for document in workspace.documents.values.sorted(by: { $0.uri < $1.uri }) {
            if let path = document.standardizedPath { seen.insert(path) }
            result.append(WorkspaceDocumentCheck(document: document, isOpen: true, diagnostics: diagnostics(for: document, in: workspace)))
        }
        guard let root = index.workspace else { return result }
        for url in index.diskFiles(under: root) where !seen.contains(url.standardizedFileURL.path) {
            if Task.isCancelled { break }
            guard case let .success(bytes) = ContainedFile.read(url.path, inside: root.realRoot, maximumBytes: ParserLimits.default.maximumDocumentBytes)
            else { continue }
            let uri = DocumentURI.fileURI(of: url.path)
            let snapshot = DocumentSnapshot(uri: uri, version: 0, languageId: Self.languageID, source: SourceFile(name: uri, bytes: bytes), generation: 0)
            result.append(WorkspaceDocumentCheck(document: snapshot, isOpen: false, diagnostics: check(snapshot, in: workspace, open: index.open).diagnostics))
        }
        return result
    }
}
