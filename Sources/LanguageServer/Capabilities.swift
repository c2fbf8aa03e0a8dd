import LanguageServerProtocol
import SourceText

/// The capabilities `initialize` answers with: the protocol features the server itself always
/// provides, and the language features the service declares it implements — nothing else.
enum Capabilities {
    static func advertised(by service: any LanguageService, encoding: PositionEncoding, name: String) -> ServerCapabilities {
        var capabilities = ServerCapabilities()
        capabilities.positionEncoding = PositionEncodingKind(rawValue: encoding.rawValue)
        capabilities.textDocumentSync = TextDocumentSyncOptions(openClose: true, change: .incremental, save: SaveOptions(includeText: false))
        // A document's diagnostics depend on the documents it references.
        capabilities.diagnosticProvider = DiagnosticOptions(identifier: name, interFileDependencies: true, workspaceDiagnostics: service.features.contains(.workspaceDiagnostics))
        let features = service.features
        if features.contains(.completion) {
            let triggers = service.completionTriggerCharacters
            capabilities.completionProvider = CompletionOptions(triggerCharacters: triggers.isEmpty ? nil : triggers, resolveProvider: false)
        }
        if features.contains(.hover) { capabilities.hoverProvider = true }
        if features.contains(.codeActions) { capabilities.codeActionProvider = CodeActionOptions(codeActionKinds: service.codeActionKinds) }
        if features.contains(.documentSymbols) { capabilities.documentSymbolProvider = true }
        if features.contains(.foldingRanges) { capabilities.foldingRangeProvider = true }
        if features.contains(.selectionRanges) { capabilities.selectionRangeProvider = true }
        if features.contains(.definition) { capabilities.definitionProvider = true }
        if features.contains(.references) { capabilities.referencesProvider = true }
        if features.contains(.workspaceSymbols) { capabilities.workspaceSymbolProvider = true }
        if features.contains(.formatting) { capabilities.documentFormattingProvider = true }
        if features.contains(.rangeFormatting) { capabilities.documentRangeFormattingProvider = true }
        if features.contains(.rename) { capabilities.renameProvider = RenameOptions(prepareProvider: true) }
        if features.contains(.documentHighlights) { capabilities.documentHighlightProvider = true }
        if features.contains(.documentLinks) { capabilities.documentLinkProvider = DocumentLinkOptions(resolveProvider: false) }
        if features.contains(.semanticTokens) {
            let legend = SemanticTokensLegend(tokenTypes: service.semanticTokenTypes, tokenModifiers: service.semanticTokenModifiers)
            capabilities.semanticTokensProvider = SemanticTokensOptions(legend: legend, range: true, full: true)
        }
        if features.contains(.inlayHints) { capabilities.inlayHintProvider = true }
        if features.contains(.codeLenses) { capabilities.codeLensProvider = CodeLensOptions(resolveProvider: false) }
        if features.contains(.fileRenames) {
            // Case ignored, as the service reads suffixes; every folder, since renaming one moves
            // the documents inside it (a folder's rename is sent alone, not with its files).
            let files = service.documentFilePatterns.map {
                FileOperationFilter(scheme: "file", pattern: FileOperationPattern(glob: $0, matches: .file, options: FileOperationPatternOptions(ignoreCase: true)))
            }
            let folders = FileOperationFilter(scheme: "file", pattern: FileOperationPattern(glob: "**/*", matches: .folder))
            capabilities.workspace = WorkspaceOptions(fileOperations: FileOperationOptions(willRename: FileOperationRegistrationOptions(filters: files + [folders])))
        }
        if !service.commands.isEmpty { capabilities.executeCommandProvider = ExecuteCommandOptions(commands: service.commands) }
        return capabilities
    }
}
