import Analysis
import Dispatch
import Features
import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
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

    private struct State {
        var root: URL?
        /// The root's standardised path, for cheap "is it inside" checks.
        var rootPath: String?
        /// Where the root's configuration file would be (each accepted name), standardised.
        var configurationPaths: [String] = []
        var settings = ServiceSettings()
        var fileConfiguration = Configuration.default
        var epoch: UInt64 = 0
        var checked: [String: (document: CheckedDocument, lastUse: UInt64)] = [:]
        var uses: UInt64 = 0
        /// Canonical paths each open document links to, by URI, for `dependents`.
        var links: [String: (generation: UInt64, paths: Set<String>)] = [:]
        var openConfiguration: (generation: UInt64, configuration: Configuration)?
        /// Trees parsed for a request before the version was checked, by URI; the check reuses them.
        var parsed: [String: (generation: UInt64, tree: SyntaxTree)] = [:]
    }

    private let state = Locked(State())
    private static let releaser = DispatchQueue(label: "commissioning-ls.release", qos: .utility)
    private let disk = DiskDocuments()
    private let uriPaths = URIPaths()
    let vocabulary: Vocabulary
    let navigator: SchemaNavigator

    public init(vocabulary: Vocabulary = .shared, navigator: SchemaNavigator = .shared) {
        self.vocabulary = vocabulary
        self.navigator = navigator
    }

    // MARK: What is offered

    public var features: LanguageFeatures { .all }
    /// After `: ` and `- ` (a space), a bare `:`, and `[`; keys open as they are typed anyway.
    public var completionTriggerCharacters: [String] { [" ", ":", "["] }
    public var codeActionKinds: [CodeActionKind] { [.quickFix, .sourceFixAll] }
    public var watchedFilePatterns: [String] {
        vocabulary.kinds.flatMap(\.fileSuffixes).map { "**/*" + $0 } + ConfigurationLoader.fileNames.map { "**/" + $0 }
    }

    public func documentationLink(forCode code: String) -> String? {
        DiagnosticCatalog.entry(code) != nil ? Self.rulesDocumentation : nil
    }

    // MARK: Workspace and settings

    public func workspaceDidInitialize(_ workspace: WorkspaceInfo) {
        let root = (workspace.rootURI ?? workspace.folders.first?.uri).flatMap(DocumentURI.filePath(of:)).map { URL(fileURLWithPath: $0) }
        let settings = ServiceSettings(workspace.initializationOptions)
        state.withLock {
            $0.root = root
            $0.rootPath = root?.standardizedFileURL.path
            $0.configurationPaths = root.map { root in ConfigurationLoader.fileNames.map { root.appendingPathComponent($0).standardizedFileURL.path } } ?? []
            $0.settings = settings
        }
        reloadFileConfiguration()
    }

    public func configurationDidChange(_ settings: JSONValue) {
        let parsed = ServiceSettings(settings)
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

    /// Reads `.commissioning.yaml` at the root (a broken one still gives what it can).
    private func reloadFileConfiguration() {
        guard let root = state.withLock({ $0.root }) else { return }
        var configuration = Configuration.default
        if let file = ConfigurationLoader.file(in: root), let data = FileManager.default.contents(atPath: file.path) {
            configuration = ConfigurationLoader.load(SourceFile(name: file.path, bytes: [UInt8](data)), knownCodes: DiagnosticCatalog.ids).configuration
        }
        state.withLock {
            $0.fileConfiguration = configuration
            $0.epoch += 1
        }
    }

    /// The configuration in force: the root's `.commissioning.yaml` as the editor holds it when it
    /// is open, else as on disk; then the client's settings.
    func configuration(in open: OpenDocumentSources) -> Configuration {
        let (paths, settings, fromFile, cached) = state.withLock { ($0.configurationPaths, $0.settings, $0.fileConfiguration, $0.openConfiguration) }
        guard let document = paths.lazy.compactMap(open.document(atPath:)).first else { return settings.applied(to: fromFile) }
        if let cached, cached.generation == document.generation { return settings.applied(to: cached.configuration) }
        let loaded = ConfigurationLoader.load(document.source, knownCodes: DiagnosticCatalog.ids).configuration
        state.withLock { $0.openConfiguration = (document.generation, loaded) }
        return settings.applied(to: loaded)
    }

    func openDocuments(_ workspace: WorkspaceSnapshot) -> OpenDocumentSources {
        OpenDocumentSources(workspace, paths: uriPaths, disk: disk)
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
            guard let entry = state.checked[document.uri], entry.document.generation == document.generation else { return nil }
            state.uses += 1
            state.checked[document.uri]?.lastUse = state.uses
            return entry.document
        }
        if let kept, !current || kept.fingerprint == fingerprint(links: kept.links, open: open) { return kept }
        let result = check(document, in: workspace, open: open)
        let replaced: [CheckedDocument] = state.withLock { state in
            if let existing = state.checked[document.uri], existing.document.generation > document.generation { return [] }
            state.uses += 1
            var replaced = state.checked.updateValue((result, state.uses), forKey: document.uri).map { [$0.document] } ?? []
            state.links[document.uri] = (document.generation, result.links)
            if state.checked.count > Self.cacheCapacity, let oldest = state.checked.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
                replaced += state.checked.removeValue(forKey: oldest).map { [$0.document] } ?? []
            }
            return replaced
        }
        // Freeing a large tree takes a while; it need not delay the answer.
        if !replaced.isEmpty { Self.releaser.async { withExtendedLifetime(replaced) {} } }
        return result
    }

    /// The state of what a document linking to `links` depends on, now.
    private func fingerprint(links: Set<String>, open: OpenDocumentSources) -> WorkspaceFingerprint {
        let (epoch, configuration) = state.withLock { ($0.epoch, $0.configurationPaths) }
        return WorkspaceFingerprint(epoch: epoch, dependencies: links.sorted() + configuration, open: open)
    }

    private func check(_ document: DocumentSnapshot, in workspace: WorkspaceSnapshot, open: OpenDocumentSources) -> CheckedDocument {
        let parsed = state.withLock { $0.parsed.removeValue(forKey: document.uri) }
        let tree = parsed.flatMap { $0.generation == document.generation ? $0.tree : nil } ?? Parser.parse(document.source)
        let fileURL = document.filePath.map { URL(fileURLWithPath: $0) }
        let name = fileURL?.lastPathComponent ?? document.uri
        let links = linkPaths(of: tree, at: fileURL)
        // Taken before checking: a change during the check makes the result stale, not current.
        let fingerprint = fingerprint(links: links, open: open)
        if ConfigurationLoader.fileNames.contains(name) {
            let loaded = ConfigurationLoader.load(document.source, knownCodes: DiagnosticCatalog.ids)
            return CheckedDocument(generation: document.generation, fingerprint: fingerprint, role: .configuration, tree: tree,
                                   schemaFile: ConfigurationLoader.schemaFile, diagnostics: loaded.diagnostics, fileURL: fileURL, links: links)
        }
        let isCommissioning = KindResolution.declaredKind(of: tree) != nil || vocabulary.kind(forFileName: name) != nil
        let analyzer = DocumentAnalyzer(
            configuration: configuration(in: open), workspace: self.workspace(for: fileURL, open: open),
            vocabulary: vocabulary, rules: isCommissioning ? RuleRegistry.rules : [])
        let shown = fileURL.flatMap(relativePath(of:)) ?? fileURL?.path ?? document.uri
        let analysis = analyzer.analyze(tree, at: DocumentOrigin(displayPath: shown, fileURL: fileURL))
        return CheckedDocument(generation: document.generation, fingerprint: fingerprint, role: isCommissioning ? .commissioning : .other,
                               tree: tree, schemaFile: analysis.kind?.schemaFile, diagnostics: analysis.diagnostics, fileURL: fileURL, links: links)
    }

    /// The folder the editor opened; for a file outside any (or with none), its own folder.
    func workspace(for fileURL: URL?, open: OpenDocumentSources) -> Workspace? {
        let root = state.withLock { $0.root }
        if let root, fileURL.map({ relativePath(of: $0) != nil }) ?? true { return Workspace(root: root, openDocuments: open) }
        return fileURL.map { Workspace(root: $0.deletingLastPathComponent(), openDocuments: open) }
    }

    /// The path of a file below the root, by its written path. Only chooses the root a document
    /// is checked in (and how it is named): `Workspace` itself decides, with symbolic links
    /// resolved, what a reference may read. Written paths are compared, without the file system
    /// calls resolving links takes, because this runs on every keystroke.
    func relativePath(of url: URL) -> String? {
        guard let root = state.withLock({ $0.rootPath }) else { return nil }
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(root), path.count > root.count else { return nil }
        let rest = path.dropFirst(root.count)
        guard rest.hasPrefix("/") || root.hasSuffix("/") else { return nil }
        return String(rest.drop { $0 == "/" })
    }

    // MARK: Dependents

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
    private func links(of document: DocumentSnapshot) -> Set<String> {
        if let links = state.withLock({ $0.links[document.uri] }), links.generation == document.generation { return links.paths }
        let tree = structure(of: document, keep: false).tree
        let paths = linkPaths(of: tree, at: document.filePath.map { URL(fileURLWithPath: $0) })
        state.withLock { $0.links[document.uri] = (document.generation, paths) }
        return paths
    }

    private func linkPaths(of tree: SyntaxTree, at fileURL: URL?) -> Set<String> {
        guard let fileURL else { return [] }
        let folder = fileURL.deletingLastPathComponent()
        return Set(DocumentReferences.fileLinks(in: tree).map { URL(fileURLWithPath: $0.path, relativeTo: folder).standardizedFileURL.path })
    }

    // MARK: Features

    func resolver(for document: CheckedDocument, in workspace: WorkspaceSnapshot) -> (any ReferenceResolver)? {
        guard let url = document.fileURL else { return nil }
        return self.workspace(for: url, open: openDocuments(workspace))?.resolver(for: url)
    }

    /// Completion needs the tree, not the diagnostics: a version typed a moment ago and not yet
    /// checked is parsed (and the parse kept for its check) rather than checked first.
    public func completion(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> CompletionAnswer {
        let (tree, schemaFile) = structure(of: document)
        let fileURL = document.filePath.map { URL(fileURLWithPath: $0) }
        let open = openDocuments(workspace)
        let options = CompletionOptions(
            snippets: workspace.clientSupportsSnippets, configuration: configuration(in: open),
            references: fileURL.flatMap { url in self.workspace(for: url, open: open)?.resolver(for: url) })
        let items = Completion.items(in: tree, schemaFile: schemaFile, at: offset, options: options, navigator: navigator, vocabulary: vocabulary)
        return CompletionAnswer(items: items.map(FeatureAnswers.candidate))
    }

    public func hover(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> HoverAnswer? {
        let checked = checked(document, in: workspace, current: false)
        return Hover.info(in: checked.tree, schemaFile: checked.schemaFile, diagnostics: checked.diagnostics, at: offset,
                          configuration: configuration(in: openDocuments(workspace)), references: resolver(for: checked, in: workspace),
                          navigator: navigator, vocabulary: vocabulary)
            .map { HoverAnswer(markdown: $0.markdown, range: $0.range) }
    }

    public func codeActions(for range: TextRange, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [CodeActionProposal] {
        let checked = checked(document, in: workspace, current: false)
        let actions = CodeActions.actions(in: checked.tree, schemaFile: checked.schemaFile, diagnostics: checked.diagnostics, for: range,
                                          navigator: navigator)
        return actions.map { action in
            CodeActionProposal(
                title: action.title, kind: action.kind == .fixAll ? .sourceFixAll : .quickFix, resolves: action.resolves,
                edits: [DocumentEdits(uri: document.uri, lineIndex: document.source.lineIndex, edits: action.edits)],
                isPreferred: action.isPreferred)
        }
    }

    /// The tree and schema of a version, for the requests that need no diagnostics: the kept
    /// check when there is one, else a parse, kept for the check to reuse (unless `keep` is
    /// false: navigation reads every open document and should not keep them all).
    private func structure(of document: DocumentSnapshot, keep: Bool = true) -> (tree: SyntaxTree, schemaFile: String?) {
        let (kept, parsed) = state.withLock { ($0.checked[document.uri]?.document, $0.parsed[document.uri]) }
        if let kept, kept.generation == document.generation { return (kept.tree, kept.schemaFile) }
        let tree: SyntaxTree
        if let parsed, parsed.generation == document.generation {
            tree = parsed.tree
        } else if !keep {
            tree = Parser.parse(document.source)
        } else {
            tree = Parser.parse(document.source)
            let replaced = state.withLock { state -> SyntaxTree? in
                if let existing = state.parsed[document.uri], existing.generation > document.generation { return nil }
                return state.parsed.updateValue((document.generation, tree), forKey: document.uri)?.tree
            }
            if let replaced { Self.releaser.async { withExtendedLifetime(replaced) {} } }
        }
        let name = document.filePath.map { URL(fileURLWithPath: $0).lastPathComponent } ?? document.uri
        if ConfigurationLoader.fileNames.contains(name) { return (tree, ConfigurationLoader.schemaFile) }
        return (tree, KindResolution.kind(of: tree, fileName: name, vocabulary: vocabulary)?.schemaFile)
    }

    public func documentSymbols(in document: DocumentSnapshot) -> [OutlineSymbol] {
        let (tree, schemaFile) = structure(of: document)
        return Outline.items(in: tree, schemaFile: schemaFile, navigator: navigator, vocabulary: vocabulary).map(FeatureAnswers.symbol)
    }

    public func foldingRanges(in document: DocumentSnapshot) -> [FoldingRegion] {
        Folding.regions(in: structure(of: document).tree).map { FoldingRegion(range: $0.range, kind: $0.kind == .comment ? .comment : .region) }
    }

    public func selectionRanges(at offsets: [Int], in document: DocumentSnapshot) -> [[TextRange]] {
        let tree = structure(of: document).tree
        return offsets.map { SelectionRanges.ranges(in: tree, at: $0) }
    }

    // MARK: Navigation

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
