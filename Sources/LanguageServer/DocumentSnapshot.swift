import Foundation
import JSONSupport
import LanguageServerProtocol
import SourceText

/// One version of an open document. Immutable: a request or analysis works on the snapshot it was
/// given while newer edits arrive.
public struct DocumentSnapshot: Sendable {
    public let uri: String
    /// The client's version number (increases with each change).
    public let version: Int
    public let languageId: String
    /// The text, with `name` = the URI.
    public let source: SourceFile
    /// Unique per edit in this server run, even across close and reopen: the identity used to tell
    /// a stale analysis from a current one (client versions may repeat after a reopen).
    public let generation: UInt64
    /// The standardised file path of a `file:` URI, worked out once per document rather than on
    /// every lookup: turning a URI into a path takes thousands of instructions.
    public let standardizedPath: String?

    public init(uri: String, version: Int, languageId: String, source: SourceFile, generation: UInt64) {
        self.init(uri: uri, version: version, languageId: languageId, source: source, generation: generation,
                  standardizedPath: DocumentURI.standardizedPath(of: uri))
    }

    /// A version whose path is already known (the URI has not changed).
    init(uri: String, version: Int, languageId: String, source: SourceFile, generation: UInt64, standardizedPath: String?) {
        self.uri = uri
        self.version = version
        self.languageId = languageId
        self.source = source
        self.generation = generation
        self.standardizedPath = standardizedPath
    }

    /// The file system path of a `file:` URI.
    public var filePath: String? { DocumentURI.filePath(of: uri) }
}

/// The workspace as the client opened it (from `initialize`).
public struct WorkspaceInfo: Sendable {
    /// `rootUri`, or the first workspace folder, or `rootPath` as a URI.
    public var rootURI: String?
    public var folders: [WorkspaceFolder]
    /// `initializationOptions`, as sent.
    public var initializationOptions: JSONValue?

    public init(rootURI: String?, folders: [WorkspaceFolder], initializationOptions: JSONValue?) {
        self.rootURI = rootURI
        self.folders = folders
        self.initializationOptions = initializationOptions
    }

    public static let none = WorkspaceInfo(rootURI: nil, folders: [], initializationOptions: nil)
}

/// The open documents at one moment, with the workspace they belong to. Documents not in
/// `documents` are read from disk by whoever needs them.
public struct WorkspaceSnapshot: Sendable {
    public var info: WorkspaceInfo
    /// By URI. A `PersistentTable`, so that the store can change while a snapshot is held
    /// without copying every entry.
    public let documents: PersistentTable<DocumentSnapshot>
    /// The URIs of the open documents by standardised path (two URIs may name one file), kept up
    /// to date by the store as documents open and close, so that finding the open document at a
    /// path does not look at every open document.
    let urisByPath: PersistentTable<Set<String>>
    /// The client can expand snippets in completions.
    public var clientSupportsSnippets: Bool

    public init(info: WorkspaceInfo, documents: [String: DocumentSnapshot], clientSupportsSnippets: Bool = false) {
        var urisByPath: [String: Set<String>] = [:]
        for document in documents.values {
            if let path = document.standardizedPath { urisByPath[path, default: []].insert(document.uri) }
        }
        self.init(info: info, documents: PersistentTable(documents), urisByPath: PersistentTable(urisByPath), clientSupportsSnippets: clientSupportsSnippets)
    }

    init(info: WorkspaceInfo, documents: PersistentTable<DocumentSnapshot>, urisByPath: PersistentTable<Set<String>>, clientSupportsSnippets: Bool) {
        self.info = info
        self.documents = documents
        self.urisByPath = urisByPath
        self.clientSupportsSnippets = clientSupportsSnippets
    }

    public func document(_ uri: String) -> DocumentSnapshot? { documents[uri] }

    /// The open document at a standardised path (of several URIs for one file, the first in order).
    public func document(atPath path: String) -> DocumentSnapshot? {
        guard let uris = urisByPath[path] else { return nil }
        return uris.count == 1 ? uris.first.flatMap { documents[$0] } : uris.sorted().lazy.compactMap { documents[$0] }.first
    }
}

/// `file:` URIs and paths.
public enum DocumentURI {
    /// The path of a `file:` URI (percent-decoded), or nil for other schemes.
    public static func filePath(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : path
    }

    /// The standardised path of a `file:` URI (`.` and `..` resolved), or nil for other schemes.
    public static func standardizedPath(of uri: String) -> String? {
        filePath(of: uri).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The `file:` URI of an absolute path.
    public static func fileURI(of path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
