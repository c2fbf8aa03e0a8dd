import Analysis
import Foundation
import JSONRPC
import SourceText
import Syntax

/// The editor's open documents as the analysis reads them (`OpenDocuments`): a reference to an
/// open file reads its unsaved text, not the disk. Files that are not open are left to the
/// analysis, which reads them through the workspace's `diskParses` (kept while a file's identity
/// stays the same), so that a strategy checked on every keystroke does not read its hypothesis
/// set from disk every time.
///
/// Looking a path up costs the same however many documents are open (`WorkspaceSnapshot.urisByPath`):
/// this is made for every check, and a check must not cost more with each document opened.
struct OpenDocumentSources: OpenDocuments {
    let workspace: WorkspaceSnapshot
    /// The server's parse of an open document at exactly this snapshot's generation, if it has
    /// one: a strategy checked on every keystroke then reads its open hypothesis set without
    /// parsing it again (measured: that parse was as large as the strategy's own).
    let parsedOpen: (@Sendable (DocumentSnapshot) -> SyntaxTree?)?

    init(_ workspace: WorkspaceSnapshot, parsedOpen: (@Sendable (DocumentSnapshot) -> SyntaxTree?)? = nil) {
        self.workspace = workspace
        self.parsedOpen = parsedOpen
    }

    /// Every open document with its standardised path (nil for a URI that is not a file).
    var documents: [(path: String?, document: DocumentSnapshot)] {
        workspace.documents.values.map { ($0.standardizedPath, $0) }
    }

    /// An open document's kept parse (nil when the server has none for its current text, so
    /// that its source is parsed instead). `url` is standardised (see `OpenDocuments`),
    /// so that it is not standardised again for every reference on every check.
    func tree(at url: URL) -> SyntaxTree? {
        document(atPath: url.path).flatMap { parsedOpen?($0) }
    }

    func source(at url: URL) -> SourceFile? {
        document(atPath: url.path)?.source
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
