import Features
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText

/// Everything the server needs to know about the language, behind one narrow interface. The server
/// owns the protocol (framing, lifecycle, documents, positions, scheduling); the service owns the
/// meaning of documents. It answers in the features' own types, in byte offsets (`TextRange`,
/// `SourceText.Diagnostic`, `Features.CompletionItem` …); the server turns them into LSP's, in the
/// client's position encoding, at the edge (`FeatureConversion.swift`).
///
/// Threading: methods are called off the message-reading thread, several at a time (requests run
/// concurrently; diagnostics run on their own worker). Snapshots are immutable, so a service that
/// keeps no mutable state of its own is safe as it is; one that caches must lock.
///
/// Cancellation: request methods run inside a Swift `Task` that is cancelled when the client sends
/// `$/cancelRequest`. Long work should check `Task.isCancelled` and return early; whatever it
/// returns then is discarded and the client gets `RequestCancelled`.
///
/// Every method has a default that does nothing, so a service implements only what it supports,
/// and declares it in `features`: the server advertises exactly those capabilities.
public protocol LanguageService: Sendable {
    /// The request features to advertise. Diagnostics (push and pull) are always on.
    var features: LanguageFeatures { get }
    /// Characters that open completion as they are typed (when `.completion` is a feature).
    var completionTriggerCharacters: [String] { get }
    /// The kinds of code action offered (when `.codeActions` is a feature).
    var codeActionKinds: [CodeActionKind] { get }
    /// Glob patterns of files whose changes on disk matter (`**/*.yaml`); the server asks the client
    /// to watch them and passes changes to `filesDidChange`.
    var watchedFilePatterns: [String] { get }
    /// Glob patterns of the service's documents (`**/*.strategy.yaml`): the files whose renames
    /// the server asks to hear of (when `.fileRenames` is a feature), with every folder.
    var documentFilePatterns: [String] { get }

    /// The workspace the client opened, once, before any document arrives.
    func workspaceDidInitialize(_ workspace: WorkspaceInfo)
    /// New settings from `workspace/didChangeConfiguration` (as sent; often `{section: {…}}`).
    /// Every open document is checked again afterwards.
    func configurationDidChange(_ settings: JSONValue)
    /// Files changed on disk outside the editor. Open documents that depend on them are checked again.
    func filesDidChange(_ changes: [FileChange])
    /// Messages for the user that arose since last asked (a configuration that cannot be read),
    /// shown with `window/showMessage` once the workspace is set up and after files change.
    func takeNotices() -> [String]

    /// The diagnostics of one document (syntax, schema, rules and references to other documents).
    func diagnostics(for document: DocumentSnapshot, in workspace: WorkspaceSnapshot) -> [SourceText.Diagnostic]
    /// How the last check of this version read the text (`incremental`, `full`…), for the
    /// server's timing log; nil when not known.
    func parseMethod(of document: DocumentSnapshot) -> String?
    /// The documents whose diagnostics may change when `uri` changes (those that reference it).
    /// The server re-checks the open ones among them.
    func dependents(of uri: String, in workspace: WorkspaceSnapshot) -> [String]
    /// The client closed `uri` and the server has taken that up: what the service keeps of it
    /// (its last check, its tree) may go. Called on the same queue as its checks.
    func documentClosed(_ uri: String)
    /// A link to a rule's documentation, shown with diagnostics of that code.
    func documentationLink(forCode code: String) -> String?

    func completion(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> CompletionAnswer
    func hover(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> HoverInfo?
    /// Actions for a selection (or a cursor, as an empty range): quick fixes and the like.
    func codeActions(for range: TextRange, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [CodeActionProposal]
    /// The hierarchical outline.
    func documentSymbols(in document: DocumentSnapshot) -> [OutlineItem]
    func foldingRanges(in document: DocumentSnapshot) -> [FoldRegion]
    /// For each offset, the ranges that contain it from the innermost outwards.
    func selectionRanges(at offsets: [Int], in document: DocumentSnapshot) -> [[TextRange]]
    func definition(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentTarget]
    func references(at offset: Int, includeDeclaration: Bool, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentTarget]
    func workspaceSymbols(matching query: String, in workspace: WorkspaceSnapshot) -> [Features.WorkspaceSymbol]
    /// Edits that format the document, or (with `range`) the part of it the range touches; a
    /// `ResponseError` to refuse, saying why (syntax errors).
    func formatting(of document: DocumentSnapshot, range: TextRange?) throws -> [SourceText.TextEdit]
    /// What a rename at `offset` would change, with its current text; throws a `ResponseError`
    /// saying why when what is there cannot be renamed.
    func prepareRename(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) throws -> RenamePlace?
    /// The edits renaming what is at `offset` to `newName` in every document; throws a
    /// `ResponseError` saying why when it cannot be renamed, or not to that name.
    func rename(at offset: Int, to newName: String, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) throws -> [DocumentEdits]
    /// Every commissioning document of the workspace, open or not, with its diagnostics.
    func workspaceDiagnostics(in workspace: WorkspaceSnapshot) -> [WorkspaceDocumentCheck]
    /// Every occurrence in the document of the symbol at `offset`.
    func documentHighlights(at offset: Int, in document: DocumentSnapshot) -> [HighlightAnswer]
    /// The places of the document that lead to another file or a web page.
    func documentLinks(in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [LinkAnswer]
    /// The edits that keep the workspace's references leading where they did once these files and
    /// folders are renamed (`workspace/willRenameFiles`), in the documents as they are now.
    func fileRenameEdits(_ renames: [FileRename], in workspace: WorkspaceSnapshot) -> [DocumentEdits]

    /// The semantic token legend (when `.semanticTokens` is a feature): LSP's standard names.
    var semanticTokenTypes: [String] { get }
    var semanticTokenModifiers: [String] { get }
    /// The tokens of the document, or of the part of it `range` touches, in document order.
    func semanticTokens(in document: DocumentSnapshot, range: TextRange?, workspace: WorkspaceSnapshot) -> [TokenAnswer]
    /// The hints within `range`.
    func inlayHints(in document: DocumentSnapshot, range: TextRange, workspace: WorkspaceSnapshot) -> [HintAnswer]
    /// The lenses of the document, each with one of `commands`.
    func codeLenses(in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [LensAnswer]

    /// The commands `workspace/executeCommand` runs; advertised when not empty.
    var commands: [String] { get }
    /// Runs one of `commands`. Throw a `ResponseError` to answer with its message (a refusal
    /// the user should read, such as a document outside the workspace).
    func executeCommand(_ command: String, arguments: [JSONValue], in workspace: WorkspaceSnapshot) throws -> JSONValue
}

/// The request features a service implements.
public struct LanguageFeatures: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let completion = LanguageFeatures(rawValue: 1 << 0)
    public static let hover = LanguageFeatures(rawValue: 1 << 1)
    public static let codeActions = LanguageFeatures(rawValue: 1 << 2)
    public static let documentSymbols = LanguageFeatures(rawValue: 1 << 3)
    public static let foldingRanges = LanguageFeatures(rawValue: 1 << 4)
    public static let selectionRanges = LanguageFeatures(rawValue: 1 << 5)
    public static let definition = LanguageFeatures(rawValue: 1 << 6)
    public static let references = LanguageFeatures(rawValue: 1 << 7)
    public static let workspaceSymbols = LanguageFeatures(rawValue: 1 << 8)
    public static let formatting = LanguageFeatures(rawValue: 1 << 9)
    public static let rangeFormatting = LanguageFeatures(rawValue: 1 << 10)
    public static let rename = LanguageFeatures(rawValue: 1 << 11)
    public static let documentHighlights = LanguageFeatures(rawValue: 1 << 12)
    public static let workspaceDiagnostics = LanguageFeatures(rawValue: 1 << 13)

    public static let semanticTokens = LanguageFeatures(rawValue: 1 << 14)
    public static let inlayHints = LanguageFeatures(rawValue: 1 << 15)
    public static let codeLenses = LanguageFeatures(rawValue: 1 << 16)
    public static let documentLinks = LanguageFeatures(rawValue: 1 << 17)
    public static let fileRenames = LanguageFeatures(rawValue: 1 << 18)

    public static let all: LanguageFeatures = [
        .completion, .hover, .codeActions, .documentSymbols, .foldingRanges, .selectionRanges, .definition, .references,
        .workspaceSymbols, .formatting, .rangeFormatting, .rename, .documentHighlights, .workspaceDiagnostics,
        .semanticTokens, .inlayHints, .codeLenses, .documentLinks, .fileRenames,
    ]
}

extension LanguageService {
    public var features: LanguageFeatures { [] }
    public var completionTriggerCharacters: [String] { [] }
    public var codeActionKinds: [CodeActionKind] { [.quickFix] }
    public var watchedFilePatterns: [String] { [] }
    public var documentFilePatterns: [String] { [] }
    public func workspaceDidInitialize(_ workspace: WorkspaceInfo) {}
    public func configurationDidChange(_ settings: JSONValue) {}
    public func filesDidChange(_ changes: [FileChange]) {}
    public func takeNotices() -> [String] { [] }
    public func diagnostics(for document: DocumentSnapshot, in workspace: WorkspaceSnapshot) -> [SourceText.Diagnostic] { [] }
    public func dependents(of uri: String, in workspace: WorkspaceSnapshot) -> [String] { [] }
    public func documentClosed(_ uri: String) {}
    public func parseMethod(of document: DocumentSnapshot) -> String? { nil }
    public func documentationLink(forCode code: String) -> String? { nil }
    public func completion(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> CompletionAnswer {
        CompletionAnswer(items: [])
    }
    public func hover(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> HoverInfo? { nil }
    public func codeActions(for range: TextRange, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [CodeActionProposal] { [] }
    public func documentSymbols(in document: DocumentSnapshot) -> [OutlineItem] { [] }
    public func foldingRanges(in document: DocumentSnapshot) -> [FoldRegion] { [] }
    public func selectionRanges(at offsets: [Int], in document: DocumentSnapshot) -> [[TextRange]] { offsets.map { _ in [] } }
    public func definition(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentTarget] { [] }
    public func references(at offset: Int, includeDeclaration: Bool, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [DocumentTarget] { [] }
    public func workspaceSymbols(matching query: String, in workspace: WorkspaceSnapshot) -> [Features.WorkspaceSymbol] { [] }
    public func formatting(of document: DocumentSnapshot, range: TextRange?) throws -> [SourceText.TextEdit] { [] }
    public func prepareRename(at offset: Int, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) throws -> RenamePlace? { nil }
    public func rename(at offset: Int, to newName: String, in document: DocumentSnapshot, workspace: WorkspaceSnapshot) throws -> [DocumentEdits] { [] }
    public func documentHighlights(at offset: Int, in document: DocumentSnapshot) -> [HighlightAnswer] { [] }
    public func documentLinks(in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [LinkAnswer] { [] }
    public func fileRenameEdits(_ renames: [FileRename], in workspace: WorkspaceSnapshot) -> [DocumentEdits] { [] }
    public func workspaceDiagnostics(in workspace: WorkspaceSnapshot) -> [WorkspaceDocumentCheck] { [] }
    public var semanticTokenTypes: [String] { [] }
    public var semanticTokenModifiers: [String] { [] }
    public func semanticTokens(in document: DocumentSnapshot, range: TextRange?, workspace: WorkspaceSnapshot) -> [TokenAnswer] { [] }
    public func inlayHints(in document: DocumentSnapshot, range: TextRange, workspace: WorkspaceSnapshot) -> [HintAnswer] { [] }
    public func codeLenses(in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [LensAnswer] { [] }
    public var commands: [String] { [] }
    public func executeCommand(_ command: String, arguments: [JSONValue], in workspace: WorkspaceSnapshot) throws -> JSONValue {
        throw ResponseError.invalidParams("unknown command '\(command)'")
    }
}
