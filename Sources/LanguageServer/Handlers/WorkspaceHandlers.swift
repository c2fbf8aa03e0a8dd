import JSONRPC
import LanguageServerProtocol

/// Configuration and files changed on disk: passed to the service, then the diagnostics that may
/// depend on them are brought up to date.
enum WorkspaceHandlers {
    static func register(in table: inout HandlerTable) {
        table.onNotification(DidChangeConfigurationNotification.self) { params, context in
            context.service.configurationDidChange(params.settings)
            refreshAll(context)
        }

        table.onNotification(DidChangeWatchedFilesNotification.self) { params, context in
            context.service.filesDidChange(params.changes.map { FileChange(uri: $0.uri, type: $0.type) })
            showNotices(context)
            if context.session.pushesDiagnostics {
                for change in params.changes { context.scheduler.schedule(change.uri, .changedOnDisk) }
            } else {
                refreshAll(context)
            }
        }

        table.onRequest(ExecuteCommandRequest.self) { params, context in
            guard context.service.commands.contains(params.command) else {
                throw ResponseError.invalidParams("unknown command '\(params.command)'; this server runs \(context.service.commands)")
            }
            return try context.service.executeCommand(params.command, arguments: params.arguments ?? [], in: context.workspace)
        }
    }

    /// What the service has to tell the user, shown (and logged).
    static func showNotices(_ context: HandlerContext) {
        for notice in context.service.takeNotices() {
            context.log.info(notice)
            context.core.notify(ShowMessageNotification.self, ShowMessageParams(type: .warning, message: notice))
        }
    }

    /// Every open document may be affected: re-push, or ask a pulling client to pull again.
    static func refreshAll(_ context: HandlerContext) {
        if context.session.pushesDiagnostics {
            for uri in context.core.documents.all.keys.sorted() { context.scheduler.schedule(uri, .recheck) }
        } else if context.session.capabilities.supportsDiagnosticRefresh {
            context.core.request(DiagnosticRefreshRequest.self, Empty())
        }
    }
}
