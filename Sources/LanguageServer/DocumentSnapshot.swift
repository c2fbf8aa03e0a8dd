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

    public init(uri: String, version: Int, languageId: String, source: SourceFile, generation: UInt64) {
        self.uri = uri
        self.version = version
        self.languageId = languageId
        self.source = source
        self.generation = generation
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
    public var documents: [String: DocumentSnapshot]
    /// The client can expand snippets in completions.
    public var clientSupportsSnippets: Bool

    public init(info: WorkspaceInfo, documents: [String: DocumentSnapshot], clientSupportsSnippets: Bool = false) {
        self.info = info
        self.documents = documents
        self.clientSupportsSnippets = clientSupportsSnippets
    }

    public func document(_ uri: String) -> DocumentSnapshot? { documents[uri] }
}

/// `file:` URIs and paths.
public enum DocumentURI {
    /// The path of a `file:` URI (percent-decoded), or nil for other schemes.
    public static func filePath(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : path
    }

    /// The `file:` URI of an absolute path.
    public static func fileURI(of path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
