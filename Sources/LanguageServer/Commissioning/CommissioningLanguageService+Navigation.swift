import Analysis
import Features
import Foundation
import JSONRPC
import Locking
import Rules
import Schema
import SourceText
import Syntax

/// Links between documents: which open documents to check again when one changes, and
/// definition, references and symbols across the workspace.
extension CommissioningLanguageService {
    /// The open documents whose last check read `uri` (or all others, for the root's configuration).
    ///
    /// Looked up in `LinkGraph`, kept as each document is checked: the cost does not grow with the
    /// number of open documents. A document not yet checked at all is not among them and need not
    /// be: its own check, still to come, reads `uri` as it is now. One whose links were recorded
    /// for an older version is included by those links (at worst one check too many).
    public func dependents(of uri: String, in workspace: WorkspaceSnapshot) -> [String] {
        guard let path = DocumentURI.filePath(of: uri) else { return [] }
        let changed = URL(fileURLWithPath: path).standardizedFileURL
        if ConfigurationLoader.fileNames.contains(changed.lastPathComponent), let root = state.withLock({ $0.root }),
           changed.deletingLastPathComponent().standardizedFileURL.path == root.standardizedFileURL.path {
            return workspace.documents.keys.filter { $0 != uri }.sorted()
        }
        let changedPath = changed.path
        return state.withLock { state in
            // What is kept of documents since closed goes, once there is as much of it as of open
            // documents: each close pays for its own removal, not for a pass over every document.
            if state.links.count > 2 * workspace.documents.count + 64 { state.links.keep { workspace.documents[$0] != nil } }
            if state.parsed.count > 2 * workspace.documents.count + 64 { state.parsed = state.parsed.filter { workspace.documents[$0.key] != nil } }
            return state.links.uris(linkingTo: changedPath).filter { $0 != uri && workspace.documents[$0] != nil }.sorted()
        }
    }

    func linkPaths(of tree: SyntaxTree, at fileURL: URL?) -> Set<String> {
        guard let fileURL else { return [] }
        let links = DocumentReferences.fileLinks(in: tree)
        guard !links.isEmpty else { return [] }
        let known = Self.linkPathCache.withLock { cache in links.map { cache[LinkKey(document: fileURL, link: $0.path)] } }
        if known.allSatisfy({ $0 != nil }) { return Set(known.compactMap { $0 }) }
        let folder = fileURL.deletingLastPathComponent()
        let paths = links.map { Workspace.referencedURL($0.path, from: folder).path }
        Self.linkPathCache.withLock { cache in
            if cache.count + links.count > Self.linkPathCacheCapacity { cache.removeAll() }
            for (link, path) in zip(links, paths) { cache[LinkKey(document: fileURL, link: link.path)] = path }
        }
        return Set(paths)
    }

    /// A link as written in the document at `document`.
    private struct LinkKey: Hashable {
        let document: URL
        let link: String
    }

    /// Standardised link paths already worked out, by document URL and link: this runs on every
    /// check, the same links come back each time, and standardising a path is not cheap. The answer is a function of the two alone — standardising is lexical; whether a
    /// path is a folder, a file, a link or missing does not change it (DiskDocumentsTests).
    private static let linkPathCache = Locked([LinkKey: String]())
    private static let linkPathCacheCapacity = 4_096

    func index(_ workspace: WorkspaceSnapshot) -> WorkspaceIndex {
        let open = openDocuments(workspace)
        let root = state.withLock { $0.root }
        return WorkspaceIndex(
            workspace: root.map { Workspace(root: $0, openDocuments: open, diskParses: disk.parses) }, open: open,
            openTree: { [self] document in structure(of: document, keep: false).tree }, disk: disk,
            configuration: configuration(in: open), vocabulary: vocabulary)
    }

    public func definition(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentTarget] {
        guard let url = document.filePath.map({ URL(fileURLWithPath: $0) }) else { return [] }
        return Navigation.definition(in: structure(of: document).tree, fileURL: url, at: offset, documents: index(workspace))
    }

    public func references(at offset: Int, includeDeclaration: Bool, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentTarget] {
        guard let url = document.filePath.map({ URL(fileURLWithPath: $0) }) else { return [] }
        return Navigation.references(in: structure(of: document).tree, fileURL: url, at: offset, includeDeclaration: includeDeclaration,
                                     documents: index(workspace))
    }

    public func workspaceSymbols(matching query: String, in workspace: WorkspaceSnapshot) -> [Features.WorkspaceSymbol] {
        WorkspaceSymbols.symbols(matching: query, in: index(workspace).allDocuments())
    }
}
