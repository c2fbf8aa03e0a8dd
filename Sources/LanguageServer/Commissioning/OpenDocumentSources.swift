import Analysis
import Foundation
import JSONRPC
import SourceText
import Syntax

/// The editor's open documents as the analysis reads them (`OpenDocuments`): a reference to an
/// open file reads its unsaved text, not the disk. Files that are not open come from `disk`,
/// which keeps what it read while the file's size and date stay the same, so that a strategy
/// checked on every keystroke does not read its hypothesis set from disk every time. (The
/// analysis asks only for files inside the workspace; anything `disk` will not read — too large,
/// missing, a folder — is left to the analysis, which says why.)
///
/// Looking a path up costs the same however many documents are open (`WorkspaceSnapshot.urisByPath`):
/// this is made for every check, and a check must not cost more with each document opened.
struct OpenDocumentSources: OpenDocuments {
    let workspace: WorkspaceSnapshot
    let disk: DiskDocuments?

    init(_ workspace: WorkspaceSnapshot, disk: DiskDocuments? = nil) {
        self.workspace = workspace
        self.disk = disk
    }

    /// Every open document with its standardised path (nil for a URI that is not a file).
    var documents: [(path: String?, document: DocumentSnapshot)] {
        workspace.documents.values.map { ($0.standardizedPath, $0) }
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

    /// `tree(at:)` without standardising `url` again: the resolver passes it standardised, and
    /// standardising again cost ~24K instructions per reference on every check (callgrind).
    func tree(atStandardized url: URL) -> SyntaxTree? {
        document(atPath: url.path) == nil ? disk?.tree(at: url) : nil
    }

    func source(atStandardized url: URL) -> SourceFile? {
        document(atPath: url.path)?.source ?? disk?.tree(at: url)?.source
    }

    /// The open document at a file URL.
    func document(at url: URL) -> DocumentSnapshot? {
        document(atPath: url.standardizedFileURL.path)
    }

    /// The open document at a standardised path.
    func document(atPath path: String) -> DocumentSnapshot? {
        workspace.document(atPath: path)
    }
}
