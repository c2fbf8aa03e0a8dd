import JSONSupport
import LanguageServerProtocol

/// One message of each kind this server knows, as it would travel: what clients send (taken from
/// real clients' messages, then read and written back by our types) and what we send (written by
/// our types). The meta-model test checks each against LSP 3.17.
struct MethodSample {
    let method: String
    /// The params as on the wire, after a trip through our type.
    let params: JSONValue?
    /// The result as on the wire (requests only), after a trip through our type.
    let result: JSONValue?
}

private func sample<R: LSPRequest>(_ request: R.Type, params: JSONValue?, result: R.Result) throws -> MethodSample {
    let decoded = try R.Params(json: params ?? .null)
    return MethodSample(method: R.method, params: params == nil ? nil : decoded.json, result: result.json)
}

private func sample<N: LSPNotification>(_ notification: N.Type, params: JSONValue?) throws -> MethodSample {
    let decoded = try N.Params(json: params ?? .null)
    return MethodSample(method: N.method, params: params == nil ? nil : decoded.json, result: nil)
}

let uri = "file:///work/strategy.yaml"
let range = PositionRange(start: Position(line: 1, character: 2), end: Position(line: 1, character: 9))
let location = Location(uri: uri, range: range)
let diagnostic = Diagnostic(
    range: range, severity: .warning, code: "vocabulary/unknown-term", codeDescription: CodeDescription(href: "https://example.org/rules#x"),
    source: "server", message: "unknown term",
    relatedInformation: [DiagnosticRelatedInformation(location: location, message: "defined here")], data: ["fix": 1])

/// The `initialize` params VS Code sends, cut down but with its shape and extras kept.
let vscodeInitialize: JSONValue = [
    "processId": 4242,
    "clientInfo": ["name": "Visual Studio Code", "version": "1.90.0"],
    "locale": "en",
    "rootPath": "/work",
    "rootUri": "file:///work",
    "capabilities": [
        "general": ["positionEncodings": ["utf-16"]],
        "workspace": [
            "didChangeWatchedFiles": ["dynamicRegistration": true, "relativePatternSupport": true],
            "diagnostics": ["refreshSupport": true],
            "fileOperations": ["dynamicRegistration": true, "didRename": true, "willRename": true],
            "workspaceFolders": true,
        ],
        "textDocument": [
            "synchronization": ["dynamicRegistration": true, "didSave": true],
            "completion": ["completionItem": ["snippetSupport": true, "documentationFormat": ["markdown", "plaintext"]]],
            "hover": ["contentFormat": ["markdown", "plaintext"]],
            "documentSymbol": ["hierarchicalDocumentSymbolSupport": true],
            "publishDiagnostics": ["relatedInformation": true, "versionSupport": false],
            "diagnostic": ["dynamicRegistration": true, "relatedDocumentSupport": false],
        ],
    ],
    "initializationOptions": ["severity": ["x": "off"]],
    "trace": "off",
    "workspaceFolders": [["uri": "file:///work", "name": "work"]],
]

func methodSamples() throws -> [MethodSample] {
    let textDocument: JSONValue = ["uri": .string(uri)]
    let position: JSONValue = ["line": 3, "character": 7]
    var capabilities = ServerCapabilities()
    capabilities.positionEncoding = .utf8
    capabilities.textDocumentSync = TextDocumentSyncOptions(openClose: true, change: .incremental, save: SaveOptions(includeText: false))
    capabilities.diagnosticProvider = DiagnosticOptions(identifier: "server", interFileDependencies: true, workspaceDiagnostics: true)
    capabilities.completionProvider = CompletionOptions(triggerCharacters: [":", " "], resolveProvider: false)
    capabilities.hoverProvider = true
    capabilities.codeActionProvider = CodeActionOptions(codeActionKinds: [.quickFix])
    capabilities.documentSymbolProvider = true
    capabilities.foldingRangeProvider = true
    capabilities.selectionRangeProvider = true
    capabilities.definitionProvider = true
    capabilities.referencesProvider = true
    capabilities.workspaceSymbolProvider = true
    capabilities.executeCommandProvider = ExecuteCommandOptions(commands: ["commissioning.render"])
    capabilities.documentFormattingProvider = true
    capabilities.documentRangeFormattingProvider = true
    capabilities.renameProvider = RenameOptions(prepareProvider: true)
    capabilities.documentHighlightProvider = true
    capabilities.documentLinkProvider = DocumentLinkOptions(resolveProvider: false)
    capabilities.semanticTokensProvider = SemanticTokensOptions(
        legend: SemanticTokensLegend(tokenTypes: ["namespace", "property"], tokenModifiers: ["declaration"]), range: true, full: true)
    capabilities.inlayHintProvider = true
    capabilities.codeLensProvider = CodeLensOptions(resolveProvider: false)
    capabilities.workspace = WorkspaceOptions(fileOperations: FileOperationOptions(willRename: FileOperationRegistrationOptions(filters: [
        FileOperationFilter(scheme: "file", pattern: FileOperationPattern(glob: "**/*.strategy.yaml", matches: .file, options: FileOperationPatternOptions(ignoreCase: true))),
        FileOperationFilter(pattern: FileOperationPattern(glob: "**/*", matches: .folder)),
    ])))
    let edit = TextEdit(range: range, newText: "integrated")
    return [
        try sample(InitializeRequest.self, params: vscodeInitialize,
                   result: InitializeResult(capabilities: capabilities, serverInfo: ServerInfo(name: "server", version: "1.0"))),
        try sample(ShutdownRequest.self, params: nil, result: Empty()),
        try sample(DocumentDiagnosticRequest.self, params: ["textDocument": textDocument, "previousResultId": "abc"],
                   result: .full(resultId: "def", items: [diagnostic])),
        try sample(DocumentDiagnosticRequest.self, params: ["textDocument": textDocument, "identifier": "server"],
                   result: .unchanged(resultId: "abc")),
        try sample(DiagnosticRefreshRequest.self, params: nil, result: Empty()),
        try sample(RegistrationRequest.self, params: RegistrationParams(registrations: [
            Registration(id: "w", method: "workspace/didChangeWatchedFiles",
                         registerOptions: DidChangeWatchedFilesRegistrationOptions(watchers: [FileSystemWatcher(globPattern: "**/*.yaml")]).json),
        ]).json, result: Empty()),
        try sample(CompletionRequest.self, params: ["textDocument": textDocument, "position": position, "context": ["triggerKind": 2, "triggerCharacter": ":"]],
                   result: CompletionList(isIncomplete: false, items: [
                       CompletionItem(label: "purpose", kind: .property, detail: "section", documentation: MarkupContent(kind: .markdown, value: "*Why*"),
                                      sortText: "a", filterText: "purpose", insertTextFormat: .snippet, textEdit: edit),
                   ])),
        try sample(HoverRequest.self, params: ["textDocument": textDocument, "position": position],
                   result: Hover(contents: MarkupContent(kind: .markdown, value: "**x**"), range: range)),
        try sample(HoverRequest.self, params: ["textDocument": textDocument, "position": position], result: nil),
        try sample(CodeActionRequest.self,
                   params: ["textDocument": textDocument, "range": range.json,
                            "context": ["diagnostics": [diagnostic.json], "only": ["quickfix"], "triggerKind": 1]],
                   result: [CodeAction(title: "Replace", kind: .quickFix, diagnostics: [diagnostic], isPreferred: true,
                                       edit: WorkspaceEdit(changes: [uri: [edit]]))]),
        try sample(DocumentSymbolRequest.self, params: ["textDocument": textDocument],
                   result: [DocumentSymbol(name: "strategy", detail: "d", kind: .object, range: range, selectionRange: range,
                                           children: [DocumentSymbol(name: "purpose", kind: .property, range: range, selectionRange: range)])]),
        try sample(FoldingRangeRequest.self, params: ["textDocument": textDocument],
                   result: [FoldingRange(startLine: 1, endLine: 4, kind: .region), FoldingRange(startLine: 5, endLine: 6, kind: .comment)]),
        try sample(SelectionRangeRequest.self, params: ["textDocument": textDocument, "positions": [position]],
                   result: [SelectionRange(nested: [range, range]) ?? SelectionRange(range: range)]),
        try sample(DefinitionRequest.self, params: ["textDocument": textDocument, "position": position], result: [location]),
        try sample(ReferencesRequest.self, params: ["textDocument": textDocument, "position": position, "context": ["includeDeclaration": true]],
                   result: [location]),
        try sample(PrepareRenameRequest.self, params: ["textDocument": textDocument, "position": position],
                   result: PrepareRenamePlaceholder(range: range, placeholder: "H1")),
        try sample(PrepareRenameRequest.self, params: ["textDocument": textDocument, "position": position], result: nil),
        try sample(RenameRequest.self, params: ["textDocument": textDocument, "position": position, "newName": "H7"],
                   result: WorkspaceEdit(changes: [uri: [TextEdit(range: range, newText: "H7")]])),
        try sample(RenameRequest.self, params: ["textDocument": textDocument, "position": position, "newName": "H7"],
                   result: WorkspaceEdit(documentChanges: [
                       TextDocumentEdit(textDocument: OptionalVersionedTextDocumentIdentifier(uri: uri, version: 3), edits: [TextEdit(range: range, newText: "H7")]),
                       TextDocumentEdit(textDocument: OptionalVersionedTextDocumentIdentifier(uri: uri, version: nil), edits: []),
                   ])),
        try sample(WorkspaceDiagnosticRequest.self, params: ["previousResultIds": [["uri": .string(uri), "value": "abc"]], "identifier": "server"],
                   result: WorkspaceDiagnosticReport(items: [
                       WorkspaceDocumentDiagnosticReport(uri: uri, version: 2, report: .full(resultId: "r1", items: [diagnostic])),
                       WorkspaceDocumentDiagnosticReport(uri: uri, version: nil, report: .unchanged(resultId: "abc")),
                   ])),
        try sample(DocumentLinkRequest.self, params: ["textDocument": textDocument],
                   result: [DocumentLink(range: range, target: uri, tooltip: "Open a.yaml"), DocumentLink(range: range, target: "https://example.org")]),
        // As VS Code sends it for a folder moved into another.
        try sample(WillRenameFilesRequest.self, params: ["files": [["oldUri": "file:///work/plans", "newUri": "file:///work/archive/plans"]]],
                   result: WorkspaceEdit(documentChanges: [
                       TextDocumentEdit(textDocument: OptionalVersionedTextDocumentIdentifier(uri: uri, version: nil),
                                        edits: [TextEdit(range: range, newText: "archive/plans/older.hypotheses.yaml")]),
                   ])),
        try sample(WillRenameFilesRequest.self, params: ["files": [["oldUri": .string(uri), "newUri": "file:///elsewhere/strategy.yaml"]]], result: nil),
        try sample(DocumentHighlightRequest.self, params: ["textDocument": textDocument, "position": position],
                   result: [DocumentHighlight(range: range, kind: .write), DocumentHighlight(range: range, kind: .read)]),
        try sample(WorkspaceSymbolRequest.self, params: ["query": "hyp"],
                   result: [SymbolInformation(name: "H1", kind: .key, location: location, containerName: "hypotheses")]),

        try sample(DocumentFormattingRequest.self, params: ["textDocument": textDocument, "options": ["tabSize": 2, "insertSpaces": true, "trimFinalNewlines": true]],
                   result: [edit]),
        try sample(DocumentRangeFormattingRequest.self, params: ["textDocument": textDocument, "range": range.json, "options": ["tabSize": 4, "insertSpaces": true]],
                   result: []),
        try sample(SemanticTokensRequest.self, params: ["textDocument": textDocument], result: SemanticTokens(data: [0, 0, 4, 0, 0, 1, 2, 8, 1, 1])),
        try sample(SemanticTokensRangeRequest.self, params: ["textDocument": textDocument, "range": range.json], result: nil),
        try sample(InlayHintRequest.self, params: ["textDocument": textDocument, "range": range.json],
                   result: [InlayHint(position: range.end, label: "= £1,200,000 a year", paddingLeft: true)]),
        try sample(CodeLensRequest.self, params: ["textDocument": textDocument],
                   result: [CodeLens(range: range, command: Command(title: "cited by 2 documents", command: "commissioning.showCitations",
                                                                   arguments: [.string(uri), 1, 2]))]),
        try sample(ExecuteCommandRequest.self, params: ["command": "commissioning.render", "arguments": [.string(uri)]],
                   result: .string("file:///work/.commissioning-render/a.html")),

        try sample(InitializedNotification.self, params: [:]),
        try sample(ExitNotification.self, params: nil),
        try sample(DidOpenTextDocumentNotification.self,
                   params: ["textDocument": ["uri": .string(uri), "languageId": "yaml", "version": 1, "text": "a: £\n"]]),
        try sample(DidChangeTextDocumentNotification.self, params: [
            "textDocument": ["uri": .string(uri), "version": 2],
            "contentChanges": [["range": range.json, "rangeLength": 7, "text": "x"], ["text": "whole"]],
        ]),
        try sample(DidCloseTextDocumentNotification.self, params: ["textDocument": textDocument]),
        try sample(DidSaveTextDocumentNotification.self, params: ["textDocument": textDocument, "text": "saved"]),
        try sample(DidChangeConfigurationNotification.self, params: ["settings": ["commissioning": ["rules": [:]]]]),
        try sample(DidChangeWatchedFilesNotification.self, params: ["changes": [["uri": .string(uri), "type": 2], ["uri": .string(uri), "type": 3]]]),
        try sample(CancelNotification.self, params: ["id": 12]),
        try sample(CancelNotification.self, params: ["id": "req-1"]),
        try sample(PublishDiagnosticsNotification.self, params: PublishDiagnosticsParams(uri: uri, version: 3, diagnostics: [diagnostic]).json),
        try sample(LogMessageNotification.self, params: LogMessageParams(type: .warning, message: "m").json),
        try sample(ShowMessageNotification.self, params: ShowMessageParams(type: .warning, message: "m").json),
    ]
}
