import Analysis
import Foundation
import SourceText

/// The editor's open documents as the analysis reads them (`OpenDocuments`): a reference to an
/// open file reads its unsaved text, not the disk.
struct OpenDocumentSources: OpenDocuments {
    let documents: [DocumentSnapshot]

    init(_ workspace: WorkspaceSnapshot) { documents = Array(workspace.documents.values) }

    func source(at url: URL) -> SourceFile? {
        let path = url.standardizedFileURL.path
        return documents.first { $0.filePath.map { URL(fileURLWithPath: $0).standardizedFileURL.path } == path }?.source
    }

    /// The open document at a file URL.
    func document(at url: URL) -> DocumentSnapshot? {
        let path = url.standardizedFileURL.path
        return documents.first { $0.filePath.map { URL(fileURLWithPath: $0).standardizedFileURL.path } == path }
    }
}
