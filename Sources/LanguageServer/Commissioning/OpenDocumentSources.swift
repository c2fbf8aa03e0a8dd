import Analysis
import Foundation
import SourceText

/// The editor's open documents as the analysis reads them (`OpenDocuments`): a reference to an
/// open file reads its unsaved text, not the disk. Files that are not open come from `disk`,
/// which keeps what it read while the file's size and date stay the same, so that a strategy
/// checked on every keystroke does not read its hypothesis set from disk every time. (The
/// analysis asks only for files inside the workspace; anything `disk` will not read — too large,
/// missing, a folder — is left to the analysis, which says why.)
struct OpenDocumentSources: OpenDocuments {
    let documents: [DocumentSnapshot]
    let disk: DiskDocuments?

    init(_ workspace: WorkspaceSnapshot, disk: DiskDocuments? = nil) {
        documents = Array(workspace.documents.values)
        self.disk = disk
    }

    func source(at url: URL) -> SourceFile? {
        document(at: url)?.source ?? disk?.tree(at: url)?.source
    }

    /// The open document at a file URL.
    func document(at url: URL) -> DocumentSnapshot? {
        let path = url.standardizedFileURL.path
        return documents.first { $0.filePath.map { URL(fileURLWithPath: $0).standardizedFileURL.path } == path }
    }
}
