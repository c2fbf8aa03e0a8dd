import Analysis
import Features
import Foundation
import Rules
import Schema
import SourceText
import Syntax

/// Links between documents: which open documents to check again when one changes, and
/// definition, references and symbols across the workspace.
extension CommissioningLanguageService {
    public func dependents(of uri: String, in workspace: WorkspaceSnapshot) -> [String] {
        guard let path = DocumentURI.filePath(of: uri) else { return [] }
        let changed = URL(fileURLWithPath: path).standardizedFileURL
        let others = workspace.documents.values.filter { $0.uri != uri }
        if ConfigurationLoader.fileNames.contains(changed.lastPathComponent), let root = state.withLock({ $0.root }),
           changed.deletingLastPathComponent().standardizedFileURL.path == root.standardizedFileURL.path {
            return others.map(\.uri).sorted()
        }
        let result = others.filter { links(of: $0).contains(changed.path) }.map(\.uri).sorted()
        // What is kept of documents since closed goes.
        state.withLock { state in
            state.links = state.links.filter { workspace.documents[$0.key] != nil }
            state.parsed = state.parsed.filter { workspace.documents[$0.key] != nil }
        }
        return result
    }

    /// The documents an open document links to (its hypothesis set, its listed documents).
    func links(of document: DocumentSnapshot) -> Set<String> {
        if let links = state.withLock({ $0.links[document.uri] }), links.generation == document.generation { return links.paths }
        let tree = structure(of: document, keep: false).tree
        let paths = linkPaths(of: tree, at: document.filePath.map { URL(fileURLWithPath: $0) })
        state.withLock { $0.links[document.uri] = (document.generation, paths) }
        return paths
    }

    func linkPaths(of tree: SyntaxTree, at fileURL: URL?) -> Set<String> {
        guard let fileURL else { return [] }
        let folder = fileURL.deletingLastPathComponent()
        return Set(DocumentReferences.fileLinks(in: tree).map { URL(fileURLWithPath: $0.path, relativeTo: folder).standardizedFileURL.path })
    }

    func index(_ workspace: WorkspaceSnapshot) -> WorkspaceIndex {
        let open = openDocuments(workspace)
        let root = state.withLock { $0.root }
        return WorkspaceIndex(
            workspace: root.map { Workspace(root: $0, openDocuments: open) }, open: open,
            openTree: { [self] document in structure(of: document, keep: false).tree }, disk: disk,
            configuration: configuration(in: open), vocabulary: vocabulary)
    }

    public func definition(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentLocation] {
        guard let url = document.filePath.map({ URL(fileURLWithPath: $0) }) else { return [] }
        let index = index(workspace)
        return Navigation.definition(in: structure(of: document).tree, fileURL: url, at: offset, documents: index)
            .map { FeatureAnswers.location($0, open: index.open) }
    }

    public func references(at offset: Int, includeDeclaration: Bool, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentLocation] {
        guard let url = document.filePath.map({ URL(fileURLWithPath: $0) }) else { return [] }
        let index = index(workspace)
        return Navigation.references(in: structure(of: document).tree, fileURL: url, at: offset, includeDeclaration: includeDeclaration, documents: index)
            .map { FeatureAnswers.location($0, open: index.open) }
    }

    public func workspaceSymbols(matching query: String, in workspace: WorkspaceSnapshot) -> [WorkspaceSymbolEntry] {
        let index = index(workspace)
        return WorkspaceSymbols.symbols(matching: query, in: index.allDocuments()).map { FeatureAnswers.workspaceSymbol($0, open: index.open) }
    }
}
