import Analysis
import Features
import Foundation
import JSONRPC
import Rules
import Schema
import SourceText
import Syntax

/// Parsed documents read from disk (`ParsedFileCache`), kept while their identity stays the
/// same, so that references and workspace symbols do not parse the workspace on every request.
/// Every file is opened through `ContainedFile` inside the workspace it is read for.
final class DiskDocuments: Sendable {
    /// Files larger than this are not read for navigation (references read up to
    /// `Workspace.maximumReferencedFileBytes`).
    static let maximumBytes = 16 << 20
    /// Trees kept at most (a large workspace is read for a search, not kept whole in memory).
    static let capacity = 256
    let parses = ParsedFileCache(capacity: capacity)

    /// The parse of the file at `url`, if it is a regular file of at most `maximumBytes` inside
    /// the real folder `boundary`.
    func tree(at url: URL, inside boundary: String) -> SyntaxTree? {
        try? parses.tree(at: url.path, inside: boundary, maximumBytes: Self.maximumBytes).get()
    }

    func forget(_ paths: [String]) { parses.forget(paths) }
}

/// The workspace's commissioning documents for navigation: the open ones as the editor holds
/// them, and the files under the root with a kind's suffix (hidden folders and `ignore:` globs
/// skipped, never anything outside the root).
struct WorkspaceIndex: WorkspaceDocuments {
    /// Enumerating stops here: a root opened at `/` must not scan the whole disk.
    static let maximumFiles = 20_000

    let workspace: Workspace?
    let open: OpenDocumentSources
    let openTree: @Sendable (DocumentSnapshot) -> SyntaxTree
    let disk: DiskDocuments
    let configuration: Configuration
    let vocabulary: Vocabulary

    func allDocuments() -> [WorkspaceDocument] {
        var result: [WorkspaceDocument] = []
        var seen = Set<String>()
        for (path, document) in open.documents {
            guard let path else { continue }
            let tree = openTree(document)
            guard isCommissioningDocument(tree, name: path) else { continue }
            seen.insert(path)
            result.append(WorkspaceDocument(url: URL(fileURLWithPath: path), tree: tree))
        }
        guard let workspace else { return result }
        // Reading a large workspace takes a while: a cancelled request (`$/cancelRequest`, or
        // `shutdown`) stops between files and is answered at once, with what it has (its
        // handler answers RequestCancelled).
        for url in diskFiles(under: workspace) where !seen.contains(url.standardizedFileURL.path) {
            if Task.isCancelled { break }
            if let tree = disk.tree(at: url, inside: workspace.realRoot) { result.append(WorkspaceDocument(url: url, tree: tree)) }
        }
        return result
    }

    func document(at url: URL) -> WorkspaceDocument? {
        if let document = open.document(at: url) { return WorkspaceDocument(url: url, tree: openTree(document)) }
        guard let workspace, workspace.contains(url), let tree = disk.tree(at: url, inside: workspace.realRoot) else { return nil }
        return WorkspaceDocument(url: url, tree: tree)
    }

    func isCommissioningDocument(_ tree: SyntaxTree, name: String) -> Bool {
        KindResolution.declaredKind(of: tree) != nil || vocabulary.kind(forFileName: name) != nil
    }

    func diskFiles(under workspace: Workspace) -> [URL] {
        let suffixes = vocabulary.kinds.flatMap(\.fileSuffixes).map { $0.lowercased() }
        guard let enumerator = FileManager.default.enumerator(
            at: workspace.root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles, .skipsPackageDescendants]) else { return [] }
        var files: [URL] = []
        var visited = 0
        for case let url as URL in enumerator {
            visited += 1
            if visited > Self.maximumFiles || Task.isCancelled { break }
            let name = url.lastPathComponent.lowercased()
            guard suffixes.contains(where: { name.hasSuffix($0) }), workspace.contains(url) else { continue }
            if let relative = workspace.relativePath(of: url), configuration.isIgnored(relative) { continue }
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
