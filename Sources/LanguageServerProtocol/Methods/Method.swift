/// Which side sends a message, as the meta-model's `messageDirection` says.
public enum MessageDirection: String, Sendable {
    case clientToServer
    case serverToClient
    case both
}

/// A request of LSP: its method name, direction, params and result types. Each conforming type
/// is named after the meta-model's `typeName` (`HoverRequest` for `textDocument/hover`).
public protocol LSPRequest: Sendable {
    associatedtype Params: LSPValue
    associatedtype Result: LSPValue
    static var method: String { get }
    static var direction: MessageDirection { get }
}

/// A notification of LSP (no response): method name, direction and params type.
public protocol LSPNotification: Sendable {
    associatedtype Params: LSPValue
    static var method: String { get }
    static var direction: MessageDirection { get }
}

extension LSPRequest {
    public static var direction: MessageDirection { .clientToServer }
}

extension LSPNotification {
    public static var direction: MessageDirection { .clientToServer }
}

/// Every message this server knows, in one explicit list (no reflection). To add one: declare
/// its type in `Requests.swift` or `Notifications.swift`, add it here, and add a sample to the
/// meta-model test, which checks names, directions and shapes against LSP 3.17.
public enum LSPMethods {
    public static let requests: [any LSPRequest.Type] = [
        CodeActionRequest.self,
        CodeLensRequest.self,
        DocumentLinkRequest.self,
        CompletionRequest.self,
        DefinitionRequest.self,
        DiagnosticRefreshRequest.self,
        DocumentDiagnosticRequest.self,
        DocumentFormattingRequest.self,
        DocumentRangeFormattingRequest.self,
        DocumentHighlightRequest.self,
        DocumentSymbolRequest.self,
        ExecuteCommandRequest.self,
        FoldingRangeRequest.self,
        HoverRequest.self,
        InlayHintRequest.self,
        InitializeRequest.self,
        PrepareRenameRequest.self,
        ReferencesRequest.self,
        RegistrationRequest.self,
        RenameRequest.self,
        SelectionRangeRequest.self,
        SemanticTokensRangeRequest.self,
        SemanticTokensRequest.self,
        ShutdownRequest.self,
        WorkspaceDiagnosticRequest.self,
        WorkspaceSymbolRequest.self,
        WillRenameFilesRequest.self,
    ]

    public static let notifications: [any LSPNotification.Type] = [
        CancelNotification.self,
        DidChangeConfigurationNotification.self,
        DidChangeTextDocumentNotification.self,
        DidChangeWatchedFilesNotification.self,
        DidCloseTextDocumentNotification.self,
        DidOpenTextDocumentNotification.self,
        DidSaveTextDocumentNotification.self,
        ExitNotification.self,
        InitializedNotification.self,
        LogMessageNotification.self,
        PublishDiagnosticsNotification.self,
        ShowMessageNotification.self,
    ]
}
