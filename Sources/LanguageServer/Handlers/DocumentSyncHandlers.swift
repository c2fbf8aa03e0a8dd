import LanguageServerProtocol

/// `didOpen`, `didChange` (incremental), `didClose`, `didSave`: the documents the client owns.
enum DocumentSyncHandlers {
    static func register(in table: inout HandlerTable) {
        table.onNotification(DidOpenTextDocumentNotification.self) { params, context in
            let uri = params.textDocument.uri
            if context.core.documents.snapshot(uri) != nil { context.log.debug("\(uri) opened again; its text is replaced") }
            guard context.core.documents.open(params.textDocument) != nil else {
                let limit = context.core.documents.maximumDocuments
                context.log.warning("\(uri) was not opened: \(limit) documents are open, the most this server holds. It is not checked until some are closed and it is opened again.")
                return
            }
            checkDiagnostics(of: uri, context)
        }

        table.onNotification(DidChangeTextDocumentNotification.self) { params, context in
            let uri = params.textDocument.uri
            do {
                try context.core.documents.change(
                    uri, version: params.textDocument.version, changes: params.contentChanges, encoding: context.encoding)
            } catch {
                context.log.warning("ignored a change to \(uri), which is not open")
                return
            }
            checkDiagnostics(of: uri, context)
        }

        table.onNotification(DidCloseTextDocumentNotification.self) { params, context in
            let uri = params.textDocument.uri
            guard context.core.documents.close(uri) else {
                context.log.warning("ignored closing \(uri), which is not open")
                return
            }
            // Pushed diagnostics are cleared in turn with the checks, which then forget it;
            // without them nothing is checked in turn, so it is forgotten here.
            guard context.session.pushesDiagnostics else { return context.core.service.documentClosed(uri) }
            checkDiagnostics(of: uri, context)
        }

        table.onNotification(DidSaveTextDocumentNotification.self) { params, context in
            // The text is already known from the changes; what changed is the file on disk, which
            // documents that reference this one may read.
            guard context.session.pushesDiagnostics else { return }
            context.scheduler.schedule(params.textDocument.uri, .changedOnDisk)
        }
    }

    /// Pushes diagnostics for the document and its dependents, unless the client pulls them.
    static func checkDiagnostics(of uri: String, _ context: HandlerContext) {
        guard context.session.pushesDiagnostics else { return }
        context.scheduler.schedule(uri, .edited)
    }
}
