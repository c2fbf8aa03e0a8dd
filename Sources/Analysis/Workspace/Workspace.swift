#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Rules
import SourceText
import Syntax

/// The folder a set of documents lives in (README.md, "Configuration: `.commissioning.yaml`"): for the server, the folder the editor
/// opened; for `lint`, the nearest ancestor holding `.commissioning.yaml`, else `.git`, else the
/// current directory. Nothing outside it is ever read through a reference.
public struct Workspace: Sendable {
    /// Absolute, standardised, with symbolic links resolved.
    public let root: URL
    /// The root as `realpath(3)` gives it: what every file read is checked to lie inside
    /// (`ContainedFile`), compared with the real path of its open descriptor.
    public let realRoot: String
    /// `root.pathComponents`, kept: every reference is compared with it.
    let rootComponents: [String]
    /// Documents the editor holds that may differ from the disk; consulted before the disk.
    public let openDocuments: (any OpenDocuments)?
    /// Summaries of referenced documents shared by every document of a `lint` run; nil to
    /// resolve each document's references afresh. Ignored when `openDocuments` is set (an
    /// editor's text changes, so nothing may be kept).
    public let referenceSummaries: ReferenceSummaryCache?
    /// Parses of files on disk kept while they do not change (the server's), consulted for every
    /// referenced file that is not open; nil to read and parse each afresh.
    public let diskParses: ParsedFileCache?
    /// Summaries kept with the trees they came from (the server's); nil to summarise each time.
    public let treeSummaries: TreeSummaries?
    /// Files larger than this are not read through a reference.
    public static let maximumReferencedFileBytes = 64 << 20

    /// A root folder with its symbolic links resolved, once: a server checking on every
    /// keystroke keeps one for the folder the editor opened rather than resolving it each time.
    /// Reads stay inside the real folder found then, whatever is linked into its place later.
    public struct Root: Sendable {
        public let url: URL
        public let realPath: String
        let components: [String]

        public init(_ folder: URL) {
            url = folder.standardizedFileURL.resolvingSymlinksInPath()
            realPath = ContainedFile.realPath(of: url.path) ?? url.path
            components = url.pathComponents
        }
    }

    public init(root: URL, openDocuments: (any OpenDocuments)? = nil, referenceSummaries: ReferenceSummaryCache? = nil,
                diskParses: ParsedFileCache? = nil, treeSummaries: TreeSummaries? = nil) {
        self.init(resolved: Root(root), openDocuments: openDocuments, referenceSummaries: referenceSummaries,
                  diskParses: diskParses, treeSummaries: treeSummaries)
    }

    public init(resolved root: Root, openDocuments: (any OpenDocuments)? = nil, referenceSummaries: ReferenceSummaryCache? = nil,
                diskParses: ParsedFileCache? = nil, treeSummaries: TreeSummaries? = nil) {
        self.root = root.url
        self.realRoot = root.realPath
        self.rootComponents = root.components
        self.openDocuments = openDocuments
        self.referenceSummaries = referenceSummaries
        self.diskParses = diskParses
        self.treeSummaries = treeSummaries
    }

    /// The shared summaries, when they may be used.
    var sharedSummaries: ReferenceSummaryCache? { openDocuments == nil ? referenceSummaries : nil }

    /// Parses the file `lint` checks at `url` and, in a run that shares summaries, records
    /// what a reference to it resolves to, so that following a reference to it need not read
    /// and parse it again. `source` must hold the file's whole contents as `ContainedFile` read
    /// them inside `realRoot` — what resolution itself would read; only files inside the
    /// reference size limit are recorded. `relativePath` is `relativePath(of: url)` when the
    /// caller has it (it is slow enough to matter once per file); it is computed when nil.
    public func parseCheckedFile(_ source: SourceFile, at url: URL, relativePath known: String? = nil) -> SyntaxTree {
        let target = url.standardizedFileURL
        guard let cache = sharedSummaries, source.bytes.count <= Self.maximumReferencedFileBytes else { return Parser.parse(source) }
        return cache.parse(target.path, parse: { Parser.parse(source) }) { tree in
            .document(path: known ?? relativePath(of: target) ?? target.path, ReferencedDocument(tree: tree))
        }
    }

    /// True when `url` (after resolving symbolic links) is the root or inside it.
    public func contains(_ url: URL) -> Bool {
        contains(resolvedComponents: Self.resolvedComponents(of: url.standardizedFileURL))
    }

    /// True when `url` as written (standardised, no link followed) is the root or inside it.
    public func containsAsWritten(_ url: URL) -> Bool {
        contains(resolvedComponents: url.standardizedFileURL.pathComponents)
    }

    /// The real folder a file the user named (a `lint` argument, `--config`), or a file found
    /// under a folder so named, must lie in: the root when the path as typed is inside it; else
    /// the folder named, or the named file's folder. A link then reaches no further than where
    /// the user pointed, and never out of the workspace from inside it.
    public func boundary(forNamed url: URL, isFolder: Bool) -> String {
        if containsAsWritten(url) { return realRoot }
        let folder = isFolder ? url : url.deletingLastPathComponent()
        return ContainedFile.realPath(of: folder.path) ?? folder.path
    }

    /// The path of `url` relative to the root with `/` separators, or nil when it is outside.
    public func relativePath(of url: URL) -> String? {
        relativePath(resolvedComponents: Self.resolvedComponents(of: url.standardizedFileURL))
    }

    /// The path components of `standardized` (already `standardizedFileURL`) with symbolic links
    /// resolved: what `contains` and `relativePath(of:)` compare with the root. Resolving links
    /// reads the disk and is the slow part of both, so a caller that needs both resolves once.
    static func resolvedComponents(of standardized: URL) -> [String] {
        standardized.resolvingSymlinksInPath().pathComponents
    }

    /// `contains` for components from `resolvedComponents(of:)`.
    func contains(resolvedComponents components: [String]) -> Bool {
        components.count >= rootComponents.count && components.starts(with: rootComponents)
    }

    /// `relativePath(of:)` for components from `resolvedComponents(of:)`.
    func relativePath(resolvedComponents components: [String]) -> String? {
        guard components.count > rootComponents.count, components.starts(with: rootComponents) else { return nil }
        return components.dropFirst(rootComponents.count).joined(separator: "/")
    }

    /// Where a path written in a document in `folder` leads, standardised (no link followed).
    /// Joined by hand: `URL(fileURLWithPath:relativeTo:)` expands a leading `~` to the home
    /// folder, and a reference is relative to its document whatever its first character.
    public static func referencedURL(_ reference: String, from folder: URL) -> URL {
        let joined = reference.hasPrefix("/") ? reference : folder.path + "/" + reference
        return URL(fileURLWithPath: joined).standardizedFileURL
    }

    /// Resolves references written in the document at `documentURL`.
    public func resolver(for documentURL: URL) -> any ReferenceResolver {
        FileSystemReferenceResolver(workspace: self, documentFolder: documentURL.deletingLastPathComponent())
    }

    /// The root for `lint` run from `directory` (README.md, "Configuration").
    public static func findRoot(from directory: URL, configurationFileNames: [String]) -> URL {
        let start = directory.standardizedFileURL
        for markers in [configurationFileNames, [".git"]] {
            var current = start
            while true {
                // Any entry marks the root, even a dangling link or a pipe: the configuration is
                // then reported as unreadable rather than silently looked for elsewhere.
                if markers.contains(where: { entryExists(current.appendingPathComponent($0).path) }) { return current }
                let parent = current.deletingLastPathComponent()
                if parent.path == current.path { break }
                current = parent
            }
        }
        return start
    }

    /// True when something (a file, a folder, a link even to nothing) is at `path`.
    static func entryExists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}

/// The editor's open documents, by file URL, for reading a referenced document as it is being
/// edited rather than as it was saved. The resolver asks with URLs already standardised
/// (`standardizedFileURL`), so a provider need not standardise them again on every check.
public protocol OpenDocuments: Sendable {
    func source(at url: URL) -> SourceFile?
    /// The document at `url` already parsed, when the provider keeps a parse of its current text,
    /// so that following a reference does not parse the target again on every check; nil to let
    /// `source(at:)` and the disk answer.
    func tree(at url: URL) -> SyntaxTree?
}

extension OpenDocuments {
    public func tree(at url: URL) -> SyntaxTree? { nil }
}

/// Follows a reference relative to one document's folder, refusing to leave the workspace.
struct FileSystemReferenceResolver: ReferenceResolver {
    let workspace: Workspace
    let documentFolder: URL

    func resolve(_ reference: String) -> ResolvedReference {
        let place = locate(reference)
        guard place.isInside else { return .outsideWorkspace(path: place.outsidePath) }
        return resolveInside(place)
    }

    func summarize(_ reference: String) -> ReferenceSummary {
        // The same check as `resolve`, before anything shared is consulted.
        let place = locate(reference)
        guard place.isInside else { return .outsideWorkspace(path: place.outsidePath) }
        guard let cache = workspace.sharedSummaries else {
            let resolved = resolveInside(place)
            if let summaries = workspace.treeSummaries, case let .document(path, tree) = resolved {
                return .document(path: path, summaries.summary(at: place.target.path, of: tree))
            }
            return ReferenceSummary(resolved)
        }
        return cache.summary(for: place.target.path) { ReferenceSummary(resolveInside(place)) }
    }

    /// Where a reference leads: `target` standardised and `components` the path components of
    /// `target` with its symbolic links resolved (before the check, so a link cannot lead
    /// outside). The one resolution serves the check and the path shown.
    private struct Place {
        let target: URL
        let components: [String]
        let isInside: Bool
        /// Where a reference outside leads, as shown: the path written, or for one written
        /// inside the root, where its symbolic links lead (that is what has to be fixed).
        let outsidePath: String
    }

    private func locate(_ reference: String) -> Place {
        let target = Workspace.referencedURL(reference, from: documentFolder)
        let resolved = target.resolvingSymlinksInPath()
        let components = resolved.pathComponents
        return Place(target: target, components: components, isInside: workspace.contains(resolvedComponents: components),
                     outsidePath: workspace.containsAsWritten(target) ? resolved.path : target.path)
    }

    /// The place (known to be inside the workspace) read and parsed.
    private func resolveInside(_ place: Place) -> ResolvedReference {
        let target = place.target
        let shown = workspace.relativePath(resolvedComponents: place.components) ?? target.path
        if let parsed = workspace.openDocuments?.tree(at: target) {
            return .document(path: shown, tree: parsed)
        }
        if let open = workspace.openDocuments?.source(at: target) {
            return .document(path: shown, tree: Parser.parse(open))
        }
        // Opened once and checked on the descriptor (`ContainedFile`): the check above saw the
        // path, and a link switched since must not lead the read elsewhere.
        let limit = Workspace.maximumReferencedFileBytes
        let parsed: Result<SyntaxTree, FileRefusal>
        if let cache = workspace.diskParses {
            parsed = cache.tree(at: target.path, inside: workspace.realRoot, maximumBytes: limit)
        } else {
            parsed = ContainedFile.read(target.path, inside: workspace.realRoot, maximumBytes: limit)
                .map { Parser.parse(SourceFile(name: shown, bytes: $0)) }
        }
        switch parsed {
        case let .success(tree): return .document(path: shown, tree: tree)
        case .failure(.missing), .failure(.danglingLink): return .missing(path: shown)
        case .failure(.outside): return .outsideWorkspace(path: target.path)
        case let .failure(refusal): return .unreadable(path: shown, reason: refusal.reason)
        }
    }
}
