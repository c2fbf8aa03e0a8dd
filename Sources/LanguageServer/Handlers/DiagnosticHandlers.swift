import LanguageServerProtocol

/// `textDocument/diagnostic`: diagnostics pulled by the client, with result ids so that an
/// unchanged set is answered "unchanged".
enum DiagnosticHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequest(DocumentDiagnosticRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return .full(resultId: nil, items: []) }
            let diagnostics = context.service.diagnostics(for: document, in: context.workspace)
            try Task.checkCancellation()
            let items = context.core.converter(for: context.workspace, encoding: context.encoding).convert(diagnostics, in: document)
            let resultID = DiagnosticConverter.resultID(of: items)
            if params.previousResultId == resultID { return .unchanged(resultId: resultID) }
            return .full(resultId: resultID, items: items)
        }

        table.onRequest(WorkspaceDiagnosticRequest.self) { params, context in
            let previous = Dictionary(params.previousResultIds.map { ($0.uri, $0.value) }, uniquingKeysWith: { _, last in last })
            let checks = context.service.workspaceDiagnostics(in: context.workspace)
            try Task.checkCancellation()
            let converter = context.core.converter(for: context.workspace, encoding: context.encoding)
            return WorkspaceDiagnosticReport(items: checks.map { check in
                let items = converter.convert(check.diagnostics, in: check.document)
                let resultID = DiagnosticConverter.resultID(of: items)
                let report: DocumentDiagnosticReport = previous[check.document.uri] == resultID ? .unchanged(resultId: resultID) : .full(resultId: resultID, items: items)
                return WorkspaceDocumentDiagnosticReport(uri: check.document.uri, version: check.isOpen ? check.document.version : nil, report: report)
            })
        }
    }
}
