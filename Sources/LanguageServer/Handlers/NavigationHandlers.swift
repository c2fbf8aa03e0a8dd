import LanguageServerProtocol

/// Definition, references and workspace symbols: moving between documents.
enum NavigationHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequest(DefinitionRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let offset = context.converter(for: document).offset(of: params.position)
            let locations = context.service.definition(at: offset, in: document, workspace: context.workspace)
            return locations.map { $0.location(in: context.encoding) }
        }

        table.onRequest(ReferencesRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let offset = context.converter(for: document).offset(of: params.position)
            let locations = context.service.references(
                at: offset, includeDeclaration: params.context.includeDeclaration, in: document, workspace: context.workspace)
            try Task.checkCancellation()
            return locations.map { $0.location(in: context.encoding) }
        }

        table.onRequest(WorkspaceSymbolRequest.self) { params, context in
            let entries = context.service.workspaceSymbols(matching: params.query, in: context.workspace)
            try Task.checkCancellation()
            return entries.prefix(context.core.options.limits.maximumSymbolsPerAnswer).map { entry in
                SymbolInformation(
                    name: entry.name, kind: entry.kind, location: entry.location.location(in: context.encoding), containerName: entry.containerName)
            }
        }
    }
}
