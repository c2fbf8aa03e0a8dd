import JSONRPC
import LanguageServerProtocol
import Locking
import SourceText

/// The open documents. Changes are applied on the message-reading thread, in the order the client
/// sent them; readers get immutable snapshots and never wait for an analysis.
final class DocumentStore: Sendable {
    private struct State {
        var documents = PersistentTable<DocumentSnapshot>()
        /// `WorkspaceSnapshot.urisByPath`, updated as documents open and close.
        var urisByPath = PersistentTable<Set<String>>()
        var nextGeneration: UInt64 = 1
    }

    private let state = Locked(State())
    /// `ServerLimits.maximumOpenDocuments`.
    let maximumDocuments: Int

    init(maximumDocuments: Int = ServerLimits.default.maximumOpenDocuments) {
        self.maximumDocuments = maximumDocuments
    }

    enum ChangeError: Error {
        case notOpen
    }

    /// Opens (or reopens) a document; nil when `maximumDocuments` are open already and this is
    /// not one of them: it is then not tracked at all.
    @discardableResult
    func open(_ item: TextDocumentItem) -> DocumentSnapshot? {
        state.withLock { state in
            guard state.documents[item.uri] != nil || state.documents.count < maximumDocuments else { return nil }
            let path = state.documents[item.uri].map(\.standardizedPath) ?? DocumentURI.standardizedPath(of: item.uri)
            let snapshot = DocumentSnapshot(
                uri: item.uri, version: item.version, languageId: item.languageId,
                source: SourceFile(name: item.uri, text: item.text), generation: state.nextGeneration, standardizedPath: path)
            state.nextGeneration += 1
            state.documents[item.uri] = snapshot
            if let path {
                var uris = state.urisByPath[path] ?? []
                if uris.insert(item.uri).inserted { state.urisByPath[path] = uris }
            }
            return snapshot
        }
    }

    /// Applies a `didChange`: the edits in order, positions in `encoding`.
    @discardableResult
    func change(_ uri: String, version: Int, changes: [TextDocumentContentChangeEvent], encoding: PositionEncoding) throws(ChangeError) -> DocumentSnapshot {
        let result: DocumentSnapshot? = state.withLock { state in
            guard let current = state.documents[uri] else { return nil }
            let source = DocumentEditing.apply(changes, to: current.source, encoding: encoding)
            let snapshot = DocumentSnapshot(
                uri: uri, version: version, languageId: current.languageId, source: source, generation: state.nextGeneration,
                standardizedPath: current.standardizedPath)
            state.nextGeneration += 1
            state.documents[uri] = snapshot
            return snapshot
        }
        guard let result else { throw .notOpen }
        return result
    }

    /// Removes a document; false when it was not open.
    func close(_ uri: String) -> Bool {
        state.withLock { state in
            guard let closed = state.documents.removeValue(forKey: uri) else { return false }
            if let path = closed.standardizedPath, var uris = state.urisByPath[path] {
                uris.remove(uri)
                state.urisByPath[path] = uris.isEmpty ? nil : uris
            }
            return true
        }
    }

    func snapshot(_ uri: String) -> DocumentSnapshot? { state.withLock { $0.documents[uri] } }

    var all: PersistentTable<DocumentSnapshot> { state.withLock { $0.documents } }

    /// The open documents and their paths as they are now: shared with the store, which changes
    /// them afterwards without copying every entry (`PersistentTable`).
    func workspace(info: WorkspaceInfo, clientSupportsSnippets: Bool) -> WorkspaceSnapshot {
        state.withLock { state in
            WorkspaceSnapshot(info: info, documents: state.documents, urisByPath: state.urisByPath, clientSupportsSnippets: clientSupportsSnippets)
        }
    }
}

/// Applying LSP content changes to a document's bytes.
public enum DocumentEditing {
    /// Each change applies to the text the previous one produced. A change without a range
    /// replaces the whole text. Positions are in `encoding` and clamped: past the end of a line
    /// means the line's end, past the last line means the document's end, and a range whose end
    /// comes before its start is taken in order. Nothing a client sends can make this fail.
    public static func apply(_ changes: [TextDocumentContentChangeEvent], to source: SourceFile, encoding: PositionEncoding) -> SourceFile {
        var current = source
        for change in changes {
            guard let range = change.range else {
                current = SourceFile(name: current.name, text: change.text)
                continue
            }
            let first = current.offset(of: LinePosition(line: range.start.line, character: range.start.character), in: encoding)
            let second = current.offset(of: LinePosition(line: range.end.line, character: range.end.character), in: encoding)
            current = current.replacing(TextRange(start: min(first, second), end: max(first, second)), with: Array(change.text.utf8))
        }
        return current
    }
}
