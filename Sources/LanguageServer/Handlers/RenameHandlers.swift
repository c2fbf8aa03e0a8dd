import JSONRPC
import LanguageServerProtocol

/// Rename (with `prepareRename`) and document highlights: a hypothesis id everywhere it is written;
/// document links, and the paths kept when files are renamed.
enum RenameHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequest(PrepareRenameRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else {
                throw ResponseError(code: LSPErrorCode.requestFailed.rawValue, message: "The document is not open: open it, then rename.")
            }
            let converter = context.converter(for: document)
            guard let place = try context.service.prepareRename(at: converter.offset(of: params.position), in: document, workspace: context.workspace)
            else { return nil }
            return PrepareRenamePlaceholder(range: converter.range(of: place.range), placeholder: place.placeholder)
        }

        table.onRequest(RenameRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else {
                throw ResponseError(code: LSPErrorCode.requestFailed.rawValue, message: "The document is not open: open it, then rename.")
            }
            let offset = context.converter(for: document).offset(of: params.position)
            let edits = try context.service.rename(at: offset, to: params.newName, in: document, workspace: context.workspace)
            try Task.checkCancellation()
            return workspaceEdit(edits, context: context)
        }

        // Answered before the editor renames: the edits are made to the documents where they are now.
        table.onRequest(WillRenameFilesRequest.self) { params, context in
            let edits = context.service.fileRenameEdits(params.files, in: context.workspace)
            try Task.checkCancellation()
            return workspaceEdit(edits, context: context)
        }

        table.onRequest(DocumentLinkRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let converter = context.converter(for: document)
            return context.service.documentLinks(in: document, workspace: context.workspace).map {
                DocumentLink(range: converter.range(of: $0.range), target: $0.target, tooltip: $0.tooltip)
            }
        }

        table.onRequest(DocumentHighlightRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let converter = context.converter(for: document)
            return context.service.documentHighlights(at: converter.offset(of: params.position), in: document).map {
                DocumentHighlight(range: converter.range(of: $0.range), kind: $0.isWrite ? .write : .read)
            }
        }
    }

    /// The edits as the client can take them; nil when there are none.
    private static func workspaceEdit(_ edits: [DocumentEdits], context: HandlerContext) -> WorkspaceEdit? {
        guard !edits.isEmpty else { return nil }
        if context.session.capabilities.supportsWorkspaceEditDocumentChanges {
            // Each document named with the version the edits were made for (null for a file not
            // open): an editor whose document has changed since refuses the edit rather than misplacing it.
            return WorkspaceEdit(documentChanges: edits.map { documentEdits in
                TextDocumentEdit(
                    textDocument: OptionalVersionedTextDocumentIdentifier(uri: documentEdits.uri, version: context.document(documentEdits.uri)?.version),
                    edits: documentEdits.textEdits(in: context.encoding))
            })
        }
        var changes: [String: [LanguageServerProtocol.TextEdit]] = [:]
        for documentEdits in edits { changes[documentEdits.uri, default: []] += documentEdits.textEdits(in: context.encoding) }
        return WorkspaceEdit(changes: changes)
    }
}
