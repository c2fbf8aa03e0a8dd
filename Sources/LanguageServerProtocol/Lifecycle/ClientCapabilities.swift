import JSONSupport

/// What the client supports. The full structure is large and almost all optional, so it is kept
/// as sent and read through the few accessors below. Each reads one `path`; the paths are listed
/// in `ClientCapabilities.paths` so the tests can check them against the meta-model.
public struct ClientCapabilities: LSPStructure, Hashable {
    public static let metaModelName = "ClientCapabilities"
    public var raw: JSONValue

    public init(_ raw: JSONValue = .object([:])) { self.raw = raw }

    public init(json: JSONValue) throws {
        guard json.objectValue != nil else { throw mismatch("an object (ClientCapabilities)", json) }
        raw = json
    }

    public var json: JSONValue { raw }

    /// Every path read by an accessor, from the root of `ClientCapabilities`.
    public enum Path {
        public static let positionEncodings = ["general", "positionEncodings"]
        public static let pullDiagnostics = ["textDocument", "diagnostic"]
        public static let publishDiagnosticsVersionSupport = ["textDocument", "publishDiagnostics", "versionSupport"]
        public static let publishDiagnosticsRelatedInformation = ["textDocument", "publishDiagnostics", "relatedInformation"]
        public static let pullDiagnosticsRelatedInformation = ["textDocument", "diagnostic", "relatedInformation"]
        public static let diagnosticRefreshSupport = ["workspace", "diagnostics", "refreshSupport"]
        public static let completionSnippetSupport = ["textDocument", "completion", "completionItem", "snippetSupport"]
        public static let hierarchicalDocumentSymbols = ["textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"]
        public static let hoverContentFormat = ["textDocument", "hover", "contentFormat"]
        public static let completionDocumentationFormat = ["textDocument", "completion", "completionItem", "documentationFormat"]
        public static let watchedFilesDynamicRegistration = ["workspace", "didChangeWatchedFiles", "dynamicRegistration"]
        public static let workspaceEditDocumentChanges = ["workspace", "workspaceEdit", "documentChanges"]
    }

    public static let paths = [
        Path.positionEncodings, Path.pullDiagnostics, Path.publishDiagnosticsVersionSupport,
        Path.publishDiagnosticsRelatedInformation, Path.pullDiagnosticsRelatedInformation,
        Path.diagnosticRefreshSupport, Path.completionSnippetSupport, Path.hierarchicalDocumentSymbols,
        Path.hoverContentFormat, Path.completionDocumentationFormat, Path.watchedFilesDynamicRegistration,
        Path.workspaceEditDocumentChanges,
    ]

    public func value(at path: [String]) -> JSONValue? {
        var value: JSONValue? = raw
        for key in path { value = value?[key] }
        return value
    }

    private func flag(_ path: [String]) -> Bool { value(at: path)?.boolValue ?? false }

    /// The encodings the client offers, most preferred first; `["utf-16"]` when it says nothing.
    public var positionEncodings: [PositionEncodingKind] {
        let offered = value(at: Path.positionEncodings)?.arrayValue?.compactMap(\.stringValue) ?? []
        return offered.isEmpty ? [.utf16] : offered.map(PositionEncodingKind.init(rawValue:))
    }

    /// The client pulls diagnostics (`textDocument/diagnostic`) itself.
    public var supportsPullDiagnostics: Bool { value(at: Path.pullDiagnostics)?.objectValue != nil }
    public var supportsPublishDiagnosticsVersion: Bool { flag(Path.publishDiagnosticsVersionSupport) }
    /// The client shows a diagnostic's `relatedInformation` (pushed or pulled): without it, the
    /// related places would be sent for nothing.
    public var supportsRelatedInformation: Bool {
        flag(Path.publishDiagnosticsRelatedInformation) || flag(Path.pullDiagnosticsRelatedInformation)
    }
    public var supportsDiagnosticRefresh: Bool { flag(Path.diagnosticRefreshSupport) }
    public var supportsCompletionSnippets: Bool { flag(Path.completionSnippetSupport) }
    public var supportsHierarchicalDocumentSymbols: Bool { flag(Path.hierarchicalDocumentSymbols) }
    public var supportsWatchedFilesRegistration: Bool { flag(Path.watchedFilesDynamicRegistration) }
    public var supportsWorkspaceEditDocumentChanges: Bool { flag(Path.workspaceEditDocumentChanges) }

    /// Formats for hover text, most preferred first, as the client lists them (empty when it says nothing).
    public var hoverContentFormats: [MarkupKind] { formats(at: Path.hoverContentFormat) }
    /// Formats for a completion item's documentation, most preferred first (empty when the client says nothing).
    public var completionDocumentationFormats: [MarkupKind] { formats(at: Path.completionDocumentationFormat) }

    /// Markdown for hover only when the client lists it first: a client that lists plain text
    /// first, or says nothing, shows the text as it is, and raw `**` and backticks would show.
    public var prefersMarkdownHover: Bool { hoverContentFormats.first == .markdown }
    public var prefersMarkdownCompletionDocumentation: Bool { completionDocumentationFormats.first == .markdown }

    private func formats(at path: [String]) -> [MarkupKind] {
        value(at: path)?.arrayValue?.compactMap { $0.stringValue.flatMap(MarkupKind.init(rawValue:)) } ?? []
    }
}
