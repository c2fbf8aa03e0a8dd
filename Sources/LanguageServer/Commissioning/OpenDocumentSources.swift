import Analysis
import Foundation
import JSONRPC
import SourceText
import Syntax

/// The file path of each document URI, worked out once per URI: turning URIs into standardised
/// paths is slow enough to matter when it is done for every open document on every keystroke.
final class URIPaths: Sendable {
    private let paths = Locked([String: String]())

    /// The standardised paths of the open documents (nil for a URI that is not a file).
    func paths(of documents: [String: DocumentSnapshot]) -> [(path: String?, document: DocumentSnapshot)] {
        paths.withLock { known in
            documents.values.map { document in
                if let path = known[document.uri] { return (path.isEmpty ? nil : path, document) }
                let path = document.filePath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
                known[document.uri] = path ?? ""
                return (path, document)
            }
        }
    }

    func forget(_ uris: [String]) { paths.withLock { known in for uri in uris { known.removeValue(forKey: uri) } } }
}

/// The editor's open documents as the analysis reads them (`OpenDocuments`): a reference to an
/// open file reads its unsaved text, not the disk. Files that are not open come from `disk`,
/// which keeps what it read while the file's size and date stay the same, so that a strategy
/// checked on every keystroke does not read its hypothesis set from disk every time. (The
/// analysis asks only for files inside the workspace; anything `disk` will not read — too large,
/// missing, a folder — is left to the analysis, which says why.)
struct OpenDocumentSources: OpenDocuments {
    let documents: [(path: String?, document: DocumentSnapshot)]
    let disk: DiskDocuments?

    init(_ workspace: WorkspaceSnapshot, paths: URIPaths, disk: DiskDocuments? = nil) {
        documents = paths.paths(of: workspace.documents)
        self.disk = disk
    }

    /// A file that is not open, as `disk` keeps it parsed, so that a strategy checked on every
    /// keystroke does not parse its hypothesis set again each time (measured: those parses were
    /// 41% of the instructions of checking a 1,000-line framework that names three documents).
    func tree(at url: URL) -> SyntaxTree? {
        document(at: url) == nil ? disk?.tree(at: url) : nil
    }

    func source(at url: URL) -> SourceFile? {
        document(at: url)?.source ?? disk?.tree(at: url)?.source
    }

    /// The open document at a file URL.
    func document(at url: URL) -> DocumentSnapshot? {
        document(atPath: url.standardizedFileURL.path)
    }

    /// The open document at a standardised path.
    func document(atPath path: String) -> DocumentSnapshot? {
        documents.first { $0.path == path }?.document
    }
}
