import LanguageServerProtocol
import SourceText

/// `textDocument/formatting` and `rangeFormatting`: the service's edits, in the client's encoding.
enum FormattingHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequest(DocumentFormattingRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            return try edits(context.service.formatting(of: document, range: nil), in: document, context: context)
        }

        table.onRequest(DocumentRangeFormattingRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let range = context.converter(for: document).textRange(of: params.range)
            return try edits(context.service.formatting(of: document, range: range), in: document, context: context)
        }
    }

    private static func edits(_ edits: [SourceText.TextEdit], in document: DocumentSnapshot, context: HandlerContext) throws -> [LanguageServerProtocol.TextEdit] {
        try Task.checkCancellation()
        let converter = context.converter(for: document)
        return edits.map { LanguageServerProtocol.TextEdit(range: converter.range(of: $0.range), newText: $0.newText) }
    }
}
