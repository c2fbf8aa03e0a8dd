import LanguageServerProtocol
import SourceText

/// Semantic tokens, inlay hints and code lenses: the service's answers in the client's encoding.
enum DecorationHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequest(SemanticTokensRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return nil }
            let tokens = context.service.semanticTokens(in: document, range: nil, workspace: context.workspace)
            try Task.checkCancellation()
            return SemanticTokens(data: encoded(tokens, with: context.converter(for: document)))
        }

        table.onRequest(SemanticTokensRangeRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return nil }
            let converter = context.converter(for: document)
            let tokens = context.service.semanticTokens(in: document, range: converter.textRange(of: params.range), workspace: context.workspace)
            try Task.checkCancellation()
            return SemanticTokens(data: encoded(tokens, with: converter))
        }

        table.onRequest(InlayHintRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let converter = context.converter(for: document)
            let hints = context.service.inlayHints(in: document, range: converter.textRange(of: params.range), workspace: context.workspace)
            try Task.checkCancellation()
            return hints.map { InlayHint(position: converter.position(of: $0.offset), label: $0.label, paddingLeft: true) }
        }

        table.onRequest(CodeLensRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let lenses = context.service.codeLenses(in: document, workspace: context.workspace)
            try Task.checkCancellation()
            let converter = context.converter(for: document)
            return lenses.map { lens in
                CodeLens(range: converter.range(of: lens.range),
                         command: Command(title: lens.title, command: lens.command, arguments: lens.arguments.isEmpty ? nil : lens.arguments))
            }
        }
    }

    /// LSP's relative encoding: per token, the line minus the previous token's line, the start
    /// character minus the previous token's (when on the same line, else from the line's start),
    /// the length, the type and the modifier bits — characters counted in the negotiated encoding,
    /// so a `£` or an emoji before a token moves it by 1, 2 or 4 units depending on the client.
    /// Tokens spanning lines, empty ones and ones out of order (overlapping the previous) are left out.
    static func encoded(_ tokens: [TokenAnswer], with converter: PositionConverter) -> [Int] {
        var data: [Int] = []
        data.reserveCapacity(tokens.count * 5)
        var previous = Position(line: 0, character: 0)
        var previousEnd: Position?
        for token in tokens {
            let start = converter.position(of: token.range.start)
            let end = converter.position(of: token.range.end)
            guard start.line == end.line, end.character > start.character else { continue }
            if let previousEnd, start.line < previousEnd.line || (start.line == previousEnd.line && start.character < previousEnd.character) { continue }
            let lineDelta = start.line - previous.line
            data += [lineDelta, lineDelta == 0 ? start.character - previous.character : start.character,
                     end.character - start.character, token.type, token.modifiers]
            previous = start
            previousEnd = end
        }
        return data
    }
}
