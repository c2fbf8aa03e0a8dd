import JSONSupport
import LanguageServerProtocol
import Testing

/// Our LSP subset against the LSP 3.17 meta-model: every method name, direction, type name,
/// field name and enumeration value we use must exist there, and every message we read or write
/// must have the shape it describes.
@Suite("LSP 3.17 meta-model drift")
struct MetaModelTests {
    let model: MetaModel
    init() throws { model = try MetaModel.load() }

    @Test("Every request we know is in the meta-model, with its type name, direction and params")
    func requests() {
        for request in LSPMethods.requests { checkRequest(request) }
    }

    private func checkRequest<R: LSPRequest>(_ request: R.Type) {
        guard let entry = model.requests[R.method] else {
            Issue.record("no request '\(R.method)' in the meta-model")
            return
        }
        #expect(entry["typeName"]?.stringValue == String(describing: R.self), "\(R.method)")
        #expect(entry["messageDirection"]?.stringValue == R.direction.rawValue, "\(R.method)")
        #expect((entry["params"] == nil) == (R.Params.self == Empty.self), "\(R.method): params presence")
    }

    @Test("Every notification we know is in the meta-model, with its type name, direction and params")
    func notifications() {
        for notification in LSPMethods.notifications { checkNotification(notification) }
    }

    private func checkNotification<N: LSPNotification>(_ notification: N.Type) {
        guard let entry = model.notifications[N.method] else {
            Issue.record("no notification '\(N.method)' in the meta-model")
            return
        }
        #expect(entry["typeName"]?.stringValue == String(describing: N.self), "\(N.method)")
        #expect(entry["messageDirection"]?.stringValue == N.direction.rawValue, "\(N.method)")
        #expect((entry["params"] == nil) == (N.Params.self == Empty.self), "\(N.method): params presence")
    }

    @Test("Every message we read or write has the shape the meta-model gives it")
    func messageShapes() throws {
        let samples = try methodSamples()
        for sample in samples {
            guard let entry = model.requests[sample.method] ?? model.notifications[sample.method] else {
                Issue.record("no method '\(sample.method)' in the meta-model")
                continue
            }
            if let paramsType = entry["params"] {
                let params = try #require(sample.params, "\(sample.method) takes params")
                let problems = model.problems(params, as: paramsType)
                #expect(problems.isEmpty, "\(sample.method) params: \(problems)")
            } else {
                #expect(sample.params == nil || sample.params == .null, "\(sample.method) takes no params")
            }
            if let resultType = entry["result"], let result = sample.result {
                let problems = model.problems(result, as: resultType)
                #expect(problems.isEmpty, "\(sample.method) result: \(problems)")
            }
        }
        let sampled = Set(samples.map(\.method))
        let known = Set(LSPMethods.requests.map { $0.method } + LSPMethods.notifications.map { $0.method })
        #expect(sampled == known, "methods without a sample: \(known.subtracting(sampled)); samples of unknown methods: \(sampled.subtracting(known))")
    }

    @Test("The checker itself rejects unknown fields, missing fields and unknown enumeration values")
    func checkerCatchesDrift() {
        let position: JSONValue = ["kind": "reference", "name": "Position"]
        #expect(model.problems(["line": 1, "character": 2], as: position).isEmpty)
        #expect(!model.problems(["line": 1, "column": 2], as: position).isEmpty)
        #expect(!model.problems(["line": 1], as: position).isEmpty)
        #expect(!model.problems(["line": -1, "character": 2], as: position).isEmpty)
        let severity: JSONValue = ["kind": "reference", "name": "DiagnosticSeverity"]
        #expect(model.problems(2, as: severity).isEmpty)
        #expect(!model.problems(7, as: severity).isEmpty)
        let report: JSONValue = ["kind": "reference", "name": "DocumentDiagnosticReport"]
        #expect(model.problems(["kind": "unchanged", "resultId": "x"], as: report).isEmpty)
        #expect(!model.problems(["kind": "partial", "resultId": "x"], as: report).isEmpty)
    }

    @Test("Every enumeration value we use is in the meta-model")
    func enumerations() {
        checkEnumeration(DiagnosticSeverity.self)
        checkEnumeration(MessageType.self)
        checkEnumeration(TextDocumentSyncKind.self)
        checkEnumeration(InsertTextFormat.self)
        checkEnumeration(FileChangeType.self)
        checkEnumeration(MarkupKind.self)
        checkEnumeration(DocumentDiagnosticReportKind.self)
        checkEnumeration(CompletionTriggerKind.self)
        checkEnumeration(CodeActionTriggerKind.self)
        checkEnumeration(CompletionItemKind.self)
        checkEnumeration(SymbolKind.self)
        checkEnumeration(DocumentHighlightKind.self)
        checkEnumeration(FileOperationPatternKind.self)
        checkOpenEnumeration(PositionEncodingKind.self)
        checkOpenEnumeration(CodeActionKind.self)
        checkOpenEnumeration(FoldingRangeKind.self)
        for code in LSPErrorCode.allCases {
            #expect(model.enumerationValues(code.metaModelEnumeration)?.contains(.int(code.rawValue)) == true, "\(code)")
        }
    }

    private func checkEnumeration<E: LSPEnumeration>(_ type: E.Type) {
        guard let values = model.enumerationValues(E.metaModelName) else {
            Issue.record("no enumeration \(E.metaModelName)")
            return
        }
        for value in E.allCases { #expect(values.contains(value.json), "\(E.metaModelName).\(value)") }
        // Closed enumerations are read strictly, so they must be complete.
        #expect(values.count == E.allCases.count, "\(E.metaModelName) has values we do not know")
    }

    private func checkOpenEnumeration<E: LSPOpenEnumeration>(_ type: E.Type) {
        guard let values = model.enumerationValues(E.metaModelName) else {
            Issue.record("no enumeration \(E.metaModelName)")
            return
        }
        for value in E.known { #expect(values.contains(value.json), "\(E.metaModelName) \(value.rawValue)") }
    }

    @Test("Every structure name we claim is a meta-model structure")
    func structureNames() {
        let types: [any LSPStructure.Type] = [
            Position.self, PositionRange.self, Location.self, TextDocumentIdentifier.self, VersionedTextDocumentIdentifier.self,
            TextDocumentItem.self, TextDocumentPositionParams.self, TextEdit.self, WorkspaceEdit.self, MarkupContent.self,
            InitializeParams.self, WorkspaceFolder.self, ClientCapabilities.self, ServerCapabilities.self, TextDocumentSyncOptions.self,
            SaveOptions.self, DiagnosticOptions.self, CompletionOptions.self, CodeActionOptions.self, InitializeResult.self,
            RegistrationParams.self, Registration.self, DidChangeWatchedFilesRegistrationOptions.self, FileSystemWatcher.self,
            DidOpenTextDocumentParams.self, DidChangeTextDocumentParams.self, DidCloseTextDocumentParams.self,
            DidSaveTextDocumentParams.self, Diagnostic.self, CodeDescription.self, DiagnosticRelatedInformation.self,
            PublishDiagnosticsParams.self, DocumentDiagnosticParams.self, LogMessageParams.self, ShowMessageParams.self, CancelParams.self,
            DidChangeConfigurationParams.self, DidChangeWatchedFilesParams.self, FileEvent.self, WorkspaceSymbolParams.self,
            SymbolInformation.self, CompletionParams.self, CompletionContext.self, CompletionList.self, CompletionItem.self,
            Hover.self, CodeActionParams.self, CodeActionContext.self, CodeAction.self, DocumentSymbol.self, FoldingRange.self,
            SelectionRangeParams.self, SelectionRange.self, ReferenceParams.self, ReferenceContext.self, InitializedParams.self,
            ExecuteCommandParams.self, ExecuteCommandOptions.self, DocumentFormattingParams.self, DocumentRangeFormattingParams.self,
            FormattingOptions.self,
            DocumentLinkParams.self, DocumentLink.self, DocumentLinkOptions.self, RenameParams.self, PrepareRenamePlaceholder.self, RenameOptions.self, DocumentHighlight.self, TextDocumentEdit.self,
            OptionalVersionedTextDocumentIdentifier.self, WorkspaceDiagnosticParams.self, PreviousResultId.self, WorkspaceDiagnosticReport.self,
            FormattingOptions.self, SemanticTokensParams.self, SemanticTokensRangeParams.self, SemanticTokens.self,
            SemanticTokensLegend.self, SemanticTokensOptions.self, InlayHintParams.self, InlayHint.self, CodeLensParams.self,
            Command.self, CodeLens.self, CodeLensOptions.self, RenameFilesParams.self, FileRename.self, WorkspaceOptions.self,
            FileOperationOptions.self, FileOperationRegistrationOptions.self, FileOperationFilter.self, FileOperationPattern.self,
            FileOperationPatternOptions.self,
        ]
        for type in types { #expect(model.structures[type.metaModelName] != nil, "\(type.metaModelName)") }
    }

    @Test("Every client capability we read is a path in ClientCapabilities")
    func clientCapabilityPaths() {
        for path in ClientCapabilities.paths {
            #expect(model.type(at: path, from: "ClientCapabilities") != nil, "\(path.joined(separator: "."))")
        }
        #expect(model.type(at: ["textDocument", "hovr"], from: "ClientCapabilities") == nil)
    }
}
