#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import Features
import Foundation
import JSONRPC
import Rules
import Schema
import SourceText
import Syntax

/// Parsed documents read from disk, kept while their size and modification date stay the same,
/// so that references and workspace symbols do not parse the workspace on every request.
final class DiskDocuments: Sendable {
    private struct Entry {
        let modified: FileStamp
        let size: Int
        let tree: SyntaxTree
        var lastUse: UInt64
    }

    /// Files larger than this are not read for navigation.
    static let maximumBytes = 16 << 20
    /// Trees kept at most (a large workspace is read for a search, not kept whole in memory).
    static let capacity = 256
    private let entries = Locked((files: [String: Entry](), uses: UInt64(0)))

    /// A file's modification time as `lstat` gives it (seconds and nanoseconds): exact, where
    /// `FileManager`'s `Date` rounds to a `Double`.
    private struct FileStamp: Equatable {
        let seconds: Int
        let nanoseconds: Int
    }

    func tree(at url: URL) -> SyntaxTree? {
        let path = url.path
        // `lstat`, as `FileManager.attributesOfItem` uses on Linux (a symbolic link is not a plain
        // file here, so is not read; the analysis follows it itself), at a tenth of the cost:
        // this runs for every reference on every check.
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size <= Self.maximumBytes else { return nil }
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        let modified = FileStamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec))
        let kept = entries.withLock { state -> SyntaxTree? in
            guard let entry = state.files[path], entry.size == size, entry.modified == modified else { return nil }
            state.uses += 1
            state.files[path]?.lastUse = state.uses
            return entry.tree
        }
        if let kept { return kept }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let tree = Parser.parse(SourceFile(name: path, bytes: [UInt8](data)))
        entries.withLock { state in
            state.uses += 1
            state.files[path] = Entry(modified: modified, size: size, tree: tree, lastUse: state.uses)
            if state.files.count > Self.capacity, let oldest = state.files.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
                state.files.removeValue(forKey: oldest)
            }
        }
        return tree
    }

    func forget(_ paths: [String]) {
        entries.withLock { state in for path in paths { state.files.removeValue(forKey: path) } }
    }
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
            if let tree = disk.tree(at: url) { result.append(WorkspaceDocument(url: url, tree: tree)) }
        }
        return result
    }

    func document(at url: URL) -> WorkspaceDocument? {
        if let document = open.document(at: url) { return WorkspaceDocument(url: url, tree: openTree(document)) }
        guard let workspace, workspace.contains(url), let tree = disk.tree(at: url) else { return nil }
        return WorkspaceDocument(url: url, tree: tree)
    }

    func isCommissioningDocument(_ tree: SyntaxTree, name: String) -> Bool {
        KindResolution.declaredKind(of: tree) != nil || vocabulary.kind(forFileName: name) != nil
    }

    private func diskFiles(under workspace: Workspace) -> [URL] {
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
