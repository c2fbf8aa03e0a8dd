import LanguageServerProtocol

/// Definition, references and workspace symbols: moving between documents.
enum NavigationHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequest(DefinitionRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let offset = context.converter(for: document).offset(of: params.position)
            let workspace = context.workspace
            let targets = context.service.definition(at: offset, in: document, workspace: workspace)
            return targets.map { $0.location(in: workspace, encoding: context.encoding) }
        }

        table.onRequest(ReferencesRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let offset = context.converter(for: document).offset(of: params.position)
            let workspace = context.workspace
            let targets = context.service.references(
                at: offset, includeDeclaration: params.context.includeDeclaration, in: document, workspace: workspace)
            try Task.checkCancellation()
            return targets.map { $0.location(in: workspace, encoding: context.encoding) }
        }

        table.onRequest(WorkspaceSymbolRequest.self) { params, context in
            let workspace = context.workspace
            let symbols = context.service.workspaceSymbols(matching: params.query, in: workspace)
            try Task.checkCancellation()
            return symbols.prefix(context.core.options.limits.maximumSymbolsPerAnswer).map { symbol in
                SymbolInformation(
                    name: symbol.name, kind: symbol.kind.lsp, location: symbol.target.location(in: workspace, encoding: context.encoding),
                    containerName: symbol.container)
            }
        }
    }
}
