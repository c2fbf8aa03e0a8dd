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
    /// every lookup: turning a URI into a path is not cheap.
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
    /// The path of a `file:` URI (percent-decoded), or nil for other schemes. Decoded by hand,
    /// the one place URIs become paths: clients send `%20` for a space yet raw UTF-8 for `é`,
    /// and `URL(string:)` then takes the whole URI as unescaped, leaving `%20` in the path.
    /// Each `%XX` becomes its byte, every other byte is kept; an authority (`file://host/`)
    /// and a query or fragment are dropped.
    public static func filePath(of uri: String) -> String? {
        var rest = Substring(uri)
        guard rest.prefix(5).lowercased() == "file:" else { return nil }
        rest = rest.dropFirst(5)
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            rest = rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...]
        }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        guard rest.hasPrefix("/") else { return nil }
        let encoded = Array(rest.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = 0
        while index < encoded.count {
            if encoded[index] == UInt8(ascii: "%"), index + 2 < encoded.count,
               let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(encoded[index])
                index += 1
            }
        }
        guard !bytes.contains(0) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
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
