import Analysis
import Dispatch
import Features
import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import Locking
import Rules
import Schema
import SourceText
import Syntax

/// The language service of commissioning documents: the analysis engine (`DocumentAnalyzer`, with
/// the workspace the editor opened, its `.commissioning.yaml` and the editor's unsaved text) and
/// the editor features of `Features`, behind the server's `LanguageService` interface.
///
/// Each document version is checked once and kept (`CheckedDocument`): diagnostics reuse it while
/// nothing it depends on has changed, and completion, hover and code actions always use the
/// version's check. Safe from any thread: shared state is behind one lock, work is done outside it.
public final class CommissioningLanguageService: LanguageService {
    /// Where a diagnostic's code is documented (the README's rule table).
    public static let rulesDocumentation = "https://github.com/commissioning-ls/commissioning-ls/blob/main/README.md#rules"
    /// Checked versions kept at most; the least recently used go first.
    static let cacheCapacity = 64
    /// Documents at least this large share their check between two threads. An edit re-checks
    /// little of a smaller one, and waking a second thread (which competes with the release of
    /// the last version for the other core) then costs more than it saves.
    static let concurrentCheckBytes = 1 << 20
    /// The language id the editor configurations (`EditorConfigs/`) give commissioning documents.
    static let languageID = "commissioning"

    struct State {
        var root: URL?
        /// `root` with its links resolved, once (not on every keystroke).
        var resolvedRoot: Workspace.Root?
        /// The root's standardised path, for cheap "is it inside" checks.
        var rootPath: String?
        /// Where the root's configuration file would be (each accepted name), standardised.
        var configurationPaths: [String] = []
        var settings = EditorSettings()
        var fileConfiguration = Configuration.default
        var epoch: UInt64 = 0
        /// Each open document's last checked version, by URI.
        var checked = GenerationCache<String, CheckedDocument>(capacity: CommissioningLanguageService.cacheCapacity)
        /// The link graph of the open documents (canonical paths each links to, and the reverse), for `dependents`.
        var links = LinkGraph()
        var openConfiguration: (generation: UInt64, configuration: Configuration)?
        /// Why the root's configuration file was last not read, if it was not.
        var configurationProblem: String?
        /// Messages not yet shown to the user (`takeNotices`).
        var notices: [String] = []
        /// Trees parsed for a request before the version was checked, by URI; the check reuses them.
        var parsed: [String: (generation: UInt64, tree: SyntaxTree)] = [:]
    }

    let state = Locked(State())
    let disk = DiskDocuments()
    let summaries = TreeSummaries()
    // Made on first use: reading the vocabulary and compiling the schemas is most of the work of
    // starting, and need not delay the answer to `initialize`. `warmUp()` starts making them at
    // once on another thread.
    private let makeVocabulary: @Sendable () -> Vocabulary
    private let makeNavigator: @Sendable () -> SchemaNavigator
    var vocabulary: Vocabulary { makeVocabulary() }
    var navigator: SchemaNavigator { makeNavigator() }

    public init(vocabulary: @autoclosure @escaping @Sendable () -> Vocabulary = .shared,
                navigator: @autoclosure @escaping @Sendable () -> SchemaNavigator = .shared) {
        makeVocabulary = vocabulary
        makeNavigator = navigator
    }

    /// Starts reading the vocabulary and compiling the schemas on another thread, so that they
    /// are ready (or nearly) when the first document arrives; whoever needs them first waits.
    public func warmUp() {
        let (vocabulary, navigator) = (makeVocabulary, makeNavigator)
        DispatchQueue.global(qos: .userInitiated).async {
            _ = vocabulary()
            _ = navigator()
        }
    }

    // MARK: What is offered

    public var features: LanguageFeatures { .all }
    /// After `: ` and `- ` (a space), a bare `:`, and `[`; keys open as they are typed anyway.
    public var completionTriggerCharacters: [String] { [" ", ":", "["] }
    public var codeActionKinds: [CodeActionKind] { [.quickFix, .sourceFixAll, Self.sortKeys] }
    public var documentFilePatterns: [String] { vocabulary.kinds.flatMap(\.fileSuffixes).map { "**/*" + $0 } }
    public var watchedFilePatterns: [String] { documentFilePatterns + ConfigurationLoader.fileNames.map { "**/" + $0 } }

    public func documentationLink(forCode code: String) -> String? {
        DiagnosticCatalog.entry(code) != nil ? Self.rulesDocumentation : nil
    }

    // MARK: Workspace and settings

    public func workspaceDidInitialize(_ workspace: WorkspaceInfo) {
        let root = (workspace.rootURI ?? workspace.folders.first?.uri).flatMap(DocumentURI.filePath(of:)).map { URL(fileURLWithPath: $0) }
        let settings = EditorSettings(workspace.initializationOptions)
        let resolvedRoot = root.map(Workspace.Root.init)
        state.withLock {
            $0.root = root
            $0.resolvedRoot = resolvedRoot
            $0.rootPath = root?.standardizedFileURL.path
            $0.configurationPaths = root.map { root in ConfigurationLoader.fileNames.map { root.appendingPathComponent($0).standardizedFileURL.path } } ?? []
            $0.settings = settings
        }
        reloadFileConfiguration()
    }

    public func configurationDidChange(_ settings: JSONValue) {
        let parsed = EditorSettings(settings)
        state.withLock {
            $0.settings = parsed
            $0.epoch += 1
        }
    }

    public func filesDidChange(_ changes: [FileChange]) {
        let paths = changes.compactMap { DocumentURI.filePath(of: $0.uri) }
        disk.forget(paths)
        if paths.contains(where: { ConfigurationLoader.fileNames.contains(URL(fileURLWithPath: $0).lastPathComponent) }) {
            reloadFileConfiguration()
        }
        state.withLock { $0.epoch += 1 }
    }

    /// Reads `.commissioning.yaml` at the root (a broken one still gives what it can). One that
    /// cannot be read — a folder, a pipe, a device, a link out of the workspace or to nothing —
    /// is not read; the defaults apply and the user is told once, until it changes.
    private func reloadFileConfiguration() {
        guard let root = state.withLock({ $0.root }) else { return }
        var configuration = Configuration.default
        var problem: String?
        if let file = ConfigurationLoader.file(in: root) {
            let boundary = Workspace(root: root).realRoot
            switch ConfigurationFile.read(file, named: file.path, inside: boundary) {
            case let .success(source):
                configuration = ConfigurationLoader.load(source, knownCodes: DiagnosticCatalog.ids).configuration
            case let .failure(refusal):
                problem = "\(ConfigurationFile.problem(refusal, shown: file.path)). The default rules apply until it is a regular file inside the workspace."
            }
        }
        state.withLock {
            $0.fileConfiguration = configuration
            if let problem, problem != $0.configurationProblem { $0.notices.append(problem) }
            $0.configurationProblem = problem
            $0.epoch += 1
        }
    }

    public func takeNotices() -> [String] {
        state.withLock { state in
            defer { state.notices.removeAll() }
            return state.notices.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        }
    }

    /// The configuration in force: the root's `.commissioning.yaml` as the editor holds it when it
    /// is open, else as on disk; then the client's settings.
    func configuration(in open: OpenDocumentSources) -> Configuration {
        let (paths, settings, fromFile, cached) = state.withLock { ($0.configurationPaths, $0.settings, $0.fileConfiguration, $0.openConfiguration) }
        guard let document = paths.lazy.compactMap(open.document(atPath:)).first else {
            return ConfigurationPrecedence.effective(onDisk: fromFile, openBuffer: nil, editor: settings)
        }
        if let cached, cached.generation == document.generation {
            return ConfigurationPrecedence.effective(onDisk: fromFile, openBuffer: cached.configuration, editor: settings)
        }
        let loaded = ConfigurationLoader.load(document.source, knownCodes: DiagnosticCatalog.ids).configuration
        state.withLock { $0.openConfiguration = (document.generation, loaded) }
        return ConfigurationPrecedence.effective(onDisk: fromFile, openBuffer: loaded, editor: settings)
    }

    func openDocuments(_ workspace: WorkspaceSnapshot) -> OpenDocumentSources {
        OpenDocumentSources(workspace) { [state] document in
            state.withLock { state in
                if let checked = state.checked.peek(document.uri, generation: document.generation) { return checked.tree }
                if let parsed = state.parsed[document.uri], parsed.generation == document.generation { return parsed.tree }
                return nil
            }
        }
    }

    // MARK: Checking documents

    public func diagnostics(for document: DocumentSnapshot, in workspace: WorkspaceSnapshot) -> [SourceText.Diagnostic] {
        checked(document, in: workspace, current: true).diagnostics
    }

    /// The check of this version: kept if there is one (and, when `current`, if nothing it
    /// depends on changed since), else done now and kept.
    func checked(_ document: DocumentSnapshot, in workspace: WorkspaceSnapshot, current: Bool) -> CheckedDocument {
        let open = openDocuments(workspace)
        let kept: CheckedDocument? = state.withLock { state in
            guard let kept = state.checked.use(document.uri, generation: document.generation) else { return nil }
            // Forgotten if the document looked closed to a `dependents` working on an older
            // snapshot; recorded again, or it would not be checked again when what it reads changes.
            if state.links.paths(of: document.uri, generation: document.generation) == nil {
                state.links.record(document.uri, generation: document.generation, paths: kept.links)
            }
            return kept
        }
        if let kept, !current || kept.fingerprint == fingerprint(links: kept.links, open: open) { return kept }
        let result = check(document, in: workspace, open: open)
        var replaced: [CheckedDocument] = state.withLock { state in
            guard let replaced = state.checked.store(result, for: document.uri, generation: document.generation) else { return [] }
            state.links.record(document.uri, generation: document.generation, paths: result.links)
            return replaced
        }
        // Freeing a large tree takes a while; it need not delay the answer.
        DeferredRelease.release(&replaced)
        return result
    }

    /// This version's tree, from the last checked version of the document when there is one (an
    /// edit re-reads only what it touched), else from scratch.
    func parse(_ document: DocumentSnapshot) -> (tree: SyntaxTree, method: IncrementalParser.Method) {
        let earlier = state.withLock { state in
            state.checked.latest(document.uri).flatMap { $0.generation < document.generation ? $0.value.tree : nil }
        }
        guard let earlier else { return (Parser.parse(document.source), .full) }
        return IncrementalParser.parse(document.source, after: earlier)
    }

    /// A closed document's last check goes at once, not when 64 others have been checked since:
    /// the check of a long document holds its tree and findings, many megabytes.
    public func documentClosed(_ uri: String) {
        var released: [CheckedDocument] = state.withLock { state in
            state.parsed.removeValue(forKey: uri)
            return state.checked.remove(uri).map { [$0] } ?? []
        }
        DeferredRelease.release(&released)
    }

    public func parseMethod(of document: DocumentSnapshot) -> String? {
        state.withLock { $0.checked.peek(document.uri, generation: document.generation)?.parsing.rawValue }
    }

    /// The state of what a document linking to `links` depends on, now.
    private func fingerprint(links: Set<String>, open: OpenDocumentSources) -> WorkspaceFingerprint {
        let (epoch, configuration) = state.withLock { ($0.epoch, $0.configurationPaths) }
        return WorkspaceFingerprint(epoch: epoch, dependencies: links.sorted() + configuration, open: open)
    }

    func check(_ document: DocumentSnapshot, in workspace: WorkspaceSnapshot, open: OpenDocumentSources) -> CheckedDocument {
        var parsed = state.withLock { $0.parsed.removeValue(forKey: document.uri) }
        let reused = parsed.flatMap { $0.generation == document.generation ? $0.tree : nil }
        let (tree, parsing) = reused.map { ($0, IncrementalParser.Method.unchanged) } ?? parse(document)
        var stale = parsed.flatMap { $0.generation == document.generation ? nil : [$0.tree] } ?? []
        parsed = nil
        DeferredRelease.release(&stale)
        let fileURL = document.filePath.map { URL(fileURLWithPath: $0) }
        let name = fileURL?.lastPathComponent ?? document.uri
        let links = linkPaths(of: tree, at: fileURL)
        // Taken before checking: a change during the check makes the result stale, not current.
        let fingerprint = fingerprint(links: links, open: open)
        let role = DocumentRole.of(fileName: name, tree: tree, offeredAsCommissioning: document.languageId == Self.languageID,
                                   vocabulary: vocabulary)
        if role == .configuration {
            let loaded = ConfigurationLoader.load(document.source, knownCodes: DiagnosticCatalog.ids)
            return CheckedDocument(generation: document.generation, fingerprint: fingerprint, role: role, tree: tree, parsing: parsing,
                                   schemaFile: ConfigurationLoader.schemaFile, diagnostics: loaded.diagnostics, fileURL: fileURL, links: links)
        }
        let relative = document.standardizedPath.flatMap { relativePath(standardized: $0) }
        let analyzer = DocumentAnalyzer(
            configuration: configuration(in: open), workspace: self.workspace(for: fileURL, isBelowRoot: fileURL.map { _ in relative != nil }, open: open),
            vocabulary: vocabulary, rules: role.rules,
            validatesConcurrently: document.source.bytes.count >= Self.concurrentCheckBytes)
        let shown = relative ?? fileURL?.path ?? document.uri
        // Findings are reused by the text they were found in, so any earlier check will do.
        let earlier = state.withLock { $0.checked.latest(document.uri)?.value.sectionFindings } ?? .none
        let analysis = analyzer.analyze(tree, at: DocumentOrigin(displayPath: shown, fileURL: fileURL), reusing: earlier)
        let root = analysis.diagnostics.contains { !$0.related.isEmpty } ? state.withLock { $0.rootPath } : nil
        let diagnostics = analysis.diagnostics.map { locatingRelated($0, shown: shown, uri: document.uri, root: root) }
        return CheckedDocument(generation: document.generation, fingerprint: fingerprint, role: role,
                               tree: tree, parsing: parsing, schemaFile: analysis.kind?.schemaFile, diagnostics: diagnostics, fileURL: fileURL, links: links,
                               sectionFindings: analysis.sectionFindings)
    }

    /// Rules name the documents of related places by workspace-relative path (as `lint` shows
    /// them); the converter finds documents by URI or absolute path. This document becomes its
    /// URI, another one its path below the root.
    private func locatingRelated(_ diagnostic: SourceText.Diagnostic, shown: String, uri: String, root: String?) -> SourceText.Diagnostic {
        var located = diagnostic
        for index in located.related.indices {
            let name = located.related[index].documentName
            if name == shown {
                located.related[index].documentName = uri
            } else if let root, !name.hasPrefix("/"), !name.contains("://") {
                located.related[index].documentName = DocumentID(workspacePath: name).url(below: URL(fileURLWithPath: root)).path
            }
        }
        return located
    }

    /// The folder the editor opened; for a file outside any (or with none), its own folder.
    func workspace(for fileURL: URL?, open: OpenDocumentSources) -> Workspace? {
        workspace(for: fileURL, isBelowRoot: fileURL.map { relativePath(of: $0) != nil }, open: open)
    }

    /// `workspace(for:open:)` when the caller knows whether the file is below the root (nil: no file).
    func workspace(for fileURL: URL?, isBelowRoot: Bool?, open: OpenDocumentSources) -> Workspace? {
        let root = state.withLock { $0.resolvedRoot }
        if let root, isBelowRoot ?? true {
            return Workspace(resolved: root, openDocuments: open, diskParses: disk.parses, treeSummaries: summaries)
        }
        return fileURL.map { Workspace(root: $0.deletingLastPathComponent(), openDocuments: open, diskParses: disk.parses, treeSummaries: summaries) }
    }

    /// The path of a file below the root, by its written path (`DocumentID`): only chooses the
    /// root a document is checked in and how it is named.
    func relativePath(of url: URL) -> String? {
        guard let root = state.withLock({ $0.rootPath }) else { return nil }
        // The root was standardised when it was set.
        return DocumentID(standardizedPath: url.standardizedFileURL.path, below: root)?.workspacePath
    }

    /// `relativePath(of:)` for a path already standardised (a snapshot's).
    func relativePath(standardized path: String) -> String? {
        guard let root = state.withLock({ $0.rootPath }) else { return nil }
        return DocumentID(standardizedPath: path, below: root)?.workspacePath
    }
}
