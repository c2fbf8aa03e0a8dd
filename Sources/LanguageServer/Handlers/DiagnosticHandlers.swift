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
    }
}
