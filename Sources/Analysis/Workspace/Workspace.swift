import Foundation
import Rules
import SourceText
import Syntax

/// The folder a set of documents lives in (SPEC §5.2): for the server, the folder the editor
/// opened; for `lint`, the nearest ancestor holding `.commissioning.yaml`, else `.git`, else the
/// current directory. Nothing outside it is ever read through a reference.
public struct Workspace: Sendable {
    /// Absolute, standardised, with symbolic links resolved.
    public let root: URL
    /// `root.pathComponents`, kept: every reference is compared with it.
    let rootComponents: [String]
    /// Documents the editor holds that may differ from the disk; consulted before the disk.
    public let openDocuments: (any OpenDocuments)?
    /// Summaries of referenced documents shared by every document of a `lint` run; nil to
    /// resolve each document's references afresh. Ignored when `openDocuments` is set (an
    /// editor's text changes, so nothing may be kept).
    public let referenceSummaries: ReferenceSummaryCache?
    /// Files larger than this are not read through a reference.
    public static let maximumReferencedFileBytes = 64 << 20

    public init(root: URL, openDocuments: (any OpenDocuments)? = nil, referenceSummaries: ReferenceSummaryCache? = nil) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.rootComponents = self.root.pathComponents
        self.openDocuments = openDocuments
        self.referenceSummaries = referenceSummaries
    }

    /// The shared summaries, when they may be used.
    var sharedSummaries: ReferenceSummaryCache? { openDocuments == nil ? referenceSummaries : nil }

    /// Parses the file `lint` checks at `url` and, in a run that shares summaries, records
    /// what a reference to it resolves to, so that following a reference to it need not read
    /// and parse it again. `source` must hold the file's whole contents as read from disk. Only
    /// what resolution itself would parse is recorded: a plain file (links followed) inside
    /// the size limit. `relativePath` is `relativePath(of: url)` when the caller has it (it is
    /// slow enough to matter once per file); it is computed when nil.
    public func parseCheckedFile(_ source: SourceFile, at url: URL, relativePath known: String? = nil) -> SyntaxTree {
        let target = url.standardizedFileURL
        guard let cache = sharedSummaries, source.bytes.count <= Self.maximumReferencedFileBytes,
              (try? FileManager.default.attributesOfItem(atPath: target.resolvingSymlinksInPath().path))?[.type] as? FileAttributeType == .typeRegular
        else { return Parser.parse(source) }
        return cache.parse(target.path, parse: { Parser.parse(source) }) { tree in
            .document(path: known ?? relativePath(of: target) ?? target.path, ReferencedDocument(tree: tree))
        }
    }

    /// True when `url` (after resolving symbolic links) is the root or inside it.
    public func contains(_ url: URL) -> Bool {
        contains(resolvedComponents: Self.resolvedComponents(of: url.standardizedFileURL))
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

    /// Resolves references written in the document at `documentURL`.
    public func resolver(for documentURL: URL) -> any ReferenceResolver {
        FileSystemReferenceResolver(workspace: self, documentFolder: documentURL.deletingLastPathComponent())
    }

    /// The root for `lint` run from `directory` (SPEC §5.2).
    public static func findRoot(from directory: URL, configurationFileNames: [String]) -> URL {
        let start = directory.standardizedFileURL
        let fileManager = FileManager.default
        for markers in [configurationFileNames, [".git"]] {
            var current = start
            while true {
                if markers.contains(where: { fileManager.fileExists(atPath: current.appendingPathComponent($0).path) }) { return current }
                let parent = current.deletingLastPathComponent()
                if parent.path == current.path { break }
                current = parent
            }
        }
        return start
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
        guard place.isInside else { return .outsideWorkspace(path: place.target.path) }
        return resolveInside(place)
    }

    func summarize(_ reference: String) -> ReferenceSummary {
        // The same check as `resolve`, before anything shared is consulted.
        let place = locate(reference)
        guard place.isInside else { return .outsideWorkspace(path: place.target.path) }
        guard let cache = workspace.sharedSummaries else { return ReferenceSummary(resolveInside(place)) }
        return cache.summary(for: place.target.path) { ReferenceSummary(resolveInside(place)) }
    }

    /// Where a reference leads: `target` standardised, `resolved` with its symbolic links
    /// resolved (before the check, so a link cannot lead outside) and `components` its path
    /// components. The one resolution serves the check, the path shown and the file-type test.
    private struct Place {
        let target: URL
        let resolved: URL
        let components: [String]
        let isInside: Bool
    }

    private func locate(_ reference: String) -> Place {
        let target = URL(fileURLWithPath: reference, relativeTo: documentFolder).standardizedFileURL
        let resolved = target.resolvingSymlinksInPath()
        let components = resolved.pathComponents
        return Place(target: target, resolved: resolved, components: components,
                     isInside: workspace.contains(resolvedComponents: components))
    }

    /// The place (known to be inside the workspace) read and parsed.
    private func resolveInside(_ place: Place) -> ResolvedReference {
        let (target, resolved) = (place.target, place.resolved)
        let shown = workspace.relativePath(resolvedComponents: place.components) ?? target.path
        if let parsed = workspace.openDocuments?.tree(at: target) {
            return .document(path: shown, tree: parsed)
        }
        if let open = workspace.openDocuments?.source(at: target) {
            return .document(path: shown, tree: Parser.parse(open))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return .missing(path: shown) }
        guard !isDirectory.boolValue else { return .unreadable(path: shown, reason: "it is a folder") }
        // A named pipe or a device would block the reader (or never end): only plain files are read.
        guard (try? FileManager.default.attributesOfItem(atPath: resolved.path))?[.type] as? FileAttributeType == .typeRegular else {
            return .unreadable(path: shown, reason: "it is not a regular file")
        }
        guard let handle = FileHandle(forReadingAtPath: target.path) else { return .unreadable(path: shown, reason: "permission denied") }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: Workspace.maximumReferencedFileBytes + 1)) ?? Data()
        guard data.count <= Workspace.maximumReferencedFileBytes else {
            return .unreadable(path: shown, reason: "it is larger than \(Workspace.maximumReferencedFileBytes >> 20) MB")
        }
        return .document(path: shown, tree: Parser.parse(SourceFile(name: shown, bytes: [UInt8](data))))
    }
}
