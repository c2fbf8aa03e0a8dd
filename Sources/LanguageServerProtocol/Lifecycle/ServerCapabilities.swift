import JSONSupport

/// What the server offers. Only what is really implemented is set: a client uses a feature only
/// when its provider is present.
public struct ServerCapabilities: LSPStructure, Hashable {
    public static let metaModelName = "ServerCapabilities"
    public var positionEncoding: PositionEncodingKind?
    public var textDocumentSync: TextDocumentSyncOptions?
    public var diagnosticProvider: DiagnosticOptions?
    public var completionProvider: CompletionOptions?
    public var hoverProvider: Bool?
    public var codeActionProvider: CodeActionOptions?
    public var documentSymbolProvider: Bool?
    public var foldingRangeProvider: Bool?
    public var selectionRangeProvider: Bool?
    public var definitionProvider: Bool?
    public var referencesProvider: Bool?
    public var workspaceSymbolProvider: Bool?
    public var executeCommandProvider: ExecuteCommandOptions?
    public var documentFormattingProvider: Bool?
    public var documentRangeFormattingProvider: Bool?
    public var renameProvider: RenameOptions?
    public var documentHighlightProvider: Bool?
    public var documentLinkProvider: DocumentLinkOptions?
    public var semanticTokensProvider: SemanticTokensOptions?
    public var inlayHintProvider: Bool?
    public var codeLensProvider: CodeLensOptions?
    public var workspace: WorkspaceOptions?

    public init() {}

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        positionEncoding = try fields.optional("positionEncoding")
        textDocumentSync = try fields.optional("textDocumentSync")
        diagnosticProvider = try fields.optional("diagnosticProvider")
        completionProvider = try fields.optional("completionProvider")
        hoverProvider = try fields.optional("hoverProvider")
        codeActionProvider = try fields.optional("codeActionProvider")
        documentSymbolProvider = try fields.optional("documentSymbolProvider")
        foldingRangeProvider = try fields.optional("foldingRangeProvider")
        selectionRangeProvider = try fields.optional("selectionRangeProvider")
        definitionProvider = try fields.optional("definitionProvider")
        referencesProvider = try fields.optional("referencesProvider")
        workspaceSymbolProvider = try fields.optional("workspaceSymbolProvider")
        executeCommandProvider = try fields.optional("executeCommandProvider")
        documentFormattingProvider = try fields.optional("documentFormattingProvider")
        documentRangeFormattingProvider = try fields.optional("documentRangeFormattingProvider")
        renameProvider = try fields.optional("renameProvider")
        documentHighlightProvider = try fields.optional("documentHighlightProvider")
        documentLinkProvider = try fields.optional("documentLinkProvider")
        semanticTokensProvider = try fields.optional("semanticTokensProvider")
        inlayHintProvider = try fields.optional("inlayHintProvider")
        codeLensProvider = try fields.optional("codeLensProvider")
        workspace = try fields.optional("workspace")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("positionEncoding", positionEncoding)
        writer.set("textDocumentSync", textDocumentSync)
        writer.set("diagnosticProvider", diagnosticProvider)
        writer.set("completionProvider", completionProvider)
        writer.set("hoverProvider", hoverProvider)
        writer.set("codeActionProvider", codeActionProvider)
        writer.set("documentSymbolProvider", documentSymbolProvider)
        writer.set("foldingRangeProvider", foldingRangeProvider)
        writer.set("selectionRangeProvider", selectionRangeProvider)
        writer.set("definitionProvider", definitionProvider)
        writer.set("referencesProvider", referencesProvider)
        writer.set("workspaceSymbolProvider", workspaceSymbolProvider)
        writer.set("executeCommandProvider", executeCommandProvider)
        writer.set("documentFormattingProvider", documentFormattingProvider)
        writer.set("documentRangeFormattingProvider", documentRangeFormattingProvider)
        writer.set("renameProvider", renameProvider)
        writer.set("documentHighlightProvider", documentHighlightProvider)
        writer.set("documentLinkProvider", documentLinkProvider)
        writer.set("semanticTokensProvider", semanticTokensProvider)
        writer.set("inlayHintProvider", inlayHintProvider)
        writer.set("codeLensProvider", codeLensProvider)
        writer.set("workspace", workspace)
        return writer.json
    }
}

public struct TextDocumentSyncOptions: LSPStructure, Hashable {
    public static let metaModelName = "TextDocumentSyncOptions"
    public var openClose: Bool?
    public var change: TextDocumentSyncKind?
    /// `save: { includeText }`; only the boolean form's meaning ("send didSave") is used.
    public var save: SaveOptions?

    public init(openClose: Bool? = nil, change: TextDocumentSyncKind? = nil, save: SaveOptions? = nil) {
        self.openClose = openClose
        self.change = change
        self.save = save
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        openClose = try fields.optional("openClose")
        change = try fields.optional("change")
        save = try fields.optional("save")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("openClose", openClose)
        writer.set("change", change)
        writer.set("save", save)
        return writer.json
    }
}

public struct SaveOptions: LSPStructure, Hashable {
    public static let metaModelName = "SaveOptions"
    public var includeText: Bool?

    public init(includeText: Bool? = nil) { self.includeText = includeText }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        includeText = try fields.optional("includeText")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("includeText", includeText)
        return writer.json
    }
}

public struct DiagnosticOptions: LSPStructure, Hashable {
    public static let metaModelName = "DiagnosticOptions"
    public var identifier: String?
    /// A document's diagnostics can change when another document changes (references between them).
    public var interFileDependencies: Bool
    public var workspaceDiagnostics: Bool

    public init(identifier: String? = nil, interFileDependencies: Bool, workspaceDiagnostics: Bool) {
        self.identifier = identifier
        self.interFileDependencies = interFileDependencies
        self.workspaceDiagnostics = workspaceDiagnostics
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        identifier = try fields.optional("identifier")
        interFileDependencies = try fields.required("interFileDependencies")
        workspaceDiagnostics = try fields.required("workspaceDiagnostics")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("identifier", identifier)
        writer.set("interFileDependencies", interFileDependencies)
        writer.set("workspaceDiagnostics", workspaceDiagnostics)
        return writer.json
    }
}

public struct CompletionOptions: LSPStructure, Hashable {
    public static let metaModelName = "CompletionOptions"
    public var triggerCharacters: [String]?
    public var resolveProvider: Bool?

    public init(triggerCharacters: [String]? = nil, resolveProvider: Bool? = nil) {
        self.triggerCharacters = triggerCharacters
        self.resolveProvider = resolveProvider
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        triggerCharacters = try fields.optional("triggerCharacters")
        resolveProvider = try fields.optional("resolveProvider")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("triggerCharacters", triggerCharacters)
        writer.set("resolveProvider", resolveProvider)
        return writer.json
    }
}

public struct CodeActionOptions: LSPStructure, Hashable {
    public static let metaModelName = "CodeActionOptions"
    public var codeActionKinds: [CodeActionKind]?

    public init(codeActionKinds: [CodeActionKind]? = nil) { self.codeActionKinds = codeActionKinds }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        codeActionKinds = try fields.optional("codeActionKinds")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("codeActionKinds", codeActionKinds)
        return writer.json
    }
}

public struct ExecuteCommandOptions: LSPStructure, Hashable {
    public static let metaModelName = "ExecuteCommandOptions"
    public var commands: [String]

    public init(commands: [String]) { self.commands = commands }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        commands = try fields.required("commands")
    }

    public var json: JSONValue { ["commands": commands.json] }
}
