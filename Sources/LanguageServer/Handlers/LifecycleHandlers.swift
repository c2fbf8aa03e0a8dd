import LanguageServerProtocol

/// `initialize`, `initialized` and `shutdown` (`exit` is handled by `LanguageServer` itself, since
/// it is accepted in every state).
enum LifecycleHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequestInOrder(InitializeRequest.self) { params, context in
            let core = context.core
            let capabilities = params.capabilities
            let encoding = Session.negotiateEncoding(capabilities.positionEncodings)
            let root = params.rootUri ?? params.workspaceFolders?.first?.uri ?? params.rootPath.map(DocumentURI.fileURI(of:))
            let workspace = WorkspaceInfo(rootURI: root, folders: params.workspaceFolders ?? [], initializationOptions: params.initializationOptions)
            let session = Session(
                encoding: encoding, capabilities: capabilities, workspace: workspace,
                pushesDiagnostics: !capabilities.supportsPullDiagnostics)
            core.service.workspaceDidInitialize(workspace)
            core.lifecycle.withLock { $0 = .running(session) }
            let client = params.clientInfo.map { " from \($0.name) \($0.version ?? "")" } ?? ""
            core.log.info("initialized\(client): \(encoding.rawValue) positions, diagnostics \(session.pushesDiagnostics ? "pushed" : "pulled")")
            return InitializeResult(
                capabilities: Capabilities.advertised(by: core.service, encoding: encoding, name: core.options.name),
                serverInfo: ServerInfo(name: core.options.name, version: core.options.version))
        }

        table.onNotification(InitializedNotification.self) { _, context in
            WorkspaceHandlers.showNotices(context)
            // Ask the client to watch the files the service cares about, when it can be asked.
            let patterns = context.service.watchedFilePatterns
            guard !patterns.isEmpty, context.session.capabilities.supportsWatchedFilesRegistration else { return }
            let options = DidChangeWatchedFilesRegistrationOptions(watchers: patterns.map(FileSystemWatcher.init(globPattern:)))
            let registration = Registration(id: "watched-files", method: DidChangeWatchedFilesNotification.method, registerOptions: options.json)
            context.core.request(RegistrationRequest.self, RegistrationParams(registrations: [registration]))
        }

        // Requests already running are cancelled and answered before `shutdown` is: the client may
        // exit as soon as it has that answer, and must not wait for work it no longer needs.
        table.onRequestInOrder(ShutdownRequest.self, answerAfterRunningRequests: true) { _, context in
            context.core.lifecycle.withLock { $0 = .shutDown }
            return Empty()
        }
    }
}
