import JSONSupport

/// The requests this server answers or sends. Results that LSP allows in several forms use the
/// one form this server produces (a `CompletionList`, `Location[]`, `SymbolInformation[]`).

public enum InitializeRequest: LSPRequest {
    public static let method = "initialize"
    public typealias Params = InitializeParams
    public typealias Result = InitializeResult
}

public enum ShutdownRequest: LSPRequest {
    public static let method = "shutdown"
    public typealias Params = Empty
    public typealias Result = Empty
}

public enum DocumentDiagnosticRequest: LSPRequest {
    public static let method = "textDocument/diagnostic"
    public typealias Params = DocumentDiagnosticParams
    public typealias Result = DocumentDiagnosticReport
}

/// Sent by the server: asks the client to pull diagnostics again (after a configuration change).
public enum DiagnosticRefreshRequest: LSPRequest {
    public static let method = "workspace/diagnostic/refresh"
    public static let direction = MessageDirection.serverToClient
    public typealias Params = Empty
    public typealias Result = Empty
}

/// Sent by the server: `client/registerCapability`.
public enum RegistrationRequest: LSPRequest {
    public static let method = "client/registerCapability"
    public static let direction = MessageDirection.serverToClient
    public typealias Params = RegistrationParams
    public typealias Result = Empty
}

public enum CompletionRequest: LSPRequest {
    public static let method = "textDocument/completion"
    public typealias Params = CompletionParams
    public typealias Result = CompletionList
}

public enum HoverRequest: LSPRequest {
    public static let method = "textDocument/hover"
    public typealias Params = HoverParams
    public typealias Result = Hover?
}

public enum CodeActionRequest: LSPRequest {
    public static let method = "textDocument/codeAction"
    public typealias Params = CodeActionParams
    public typealias Result = [CodeAction]
}

public enum DocumentSymbolRequest: LSPRequest {
    public static let method = "textDocument/documentSymbol"
    public typealias Params = DocumentSymbolParams
    public typealias Result = [DocumentSymbol]
}

public enum FoldingRangeRequest: LSPRequest {
    public static let method = "textDocument/foldingRange"
    public typealias Params = FoldingRangeParams
    public typealias Result = [FoldingRange]
}

public enum SelectionRangeRequest: LSPRequest {
    public static let method = "textDocument/selectionRange"
    public typealias Params = SelectionRangeParams
    public typealias Result = [SelectionRange]
}

public enum DefinitionRequest: LSPRequest {
    public static let method = "textDocument/definition"
    public typealias Params = DefinitionParams
    public typealias Result = [Location]
}

public enum ReferencesRequest: LSPRequest {
    public static let method = "textDocument/references"
    public typealias Params = ReferenceParams
    public typealias Result = [Location]
}

public enum WorkspaceSymbolRequest: LSPRequest {
    public static let method = "workspace/symbol"
    public typealias Params = WorkspaceSymbolParams
    public typealias Result = [SymbolInformation]
}

public enum DocumentFormattingRequest: LSPRequest {
    public static let method = "textDocument/formatting"
    public typealias Params = DocumentFormattingParams
    public typealias Result = [TextEdit]
}

public enum DocumentRangeFormattingRequest: LSPRequest {
    public static let method = "textDocument/rangeFormatting"
    public typealias Params = DocumentRangeFormattingParams
    public typealias Result = [TextEdit]
}

public enum SemanticTokensRequest: LSPRequest {
    public static let method = "textDocument/semanticTokens/full"
    public typealias Params = SemanticTokensParams
    public typealias Result = SemanticTokens?
}

public enum SemanticTokensRangeRequest: LSPRequest {
    public static let method = "textDocument/semanticTokens/range"
    public typealias Params = SemanticTokensRangeParams
    public typealias Result = SemanticTokens?
}

public enum InlayHintRequest: LSPRequest {
    public static let method = "textDocument/inlayHint"
    public typealias Params = InlayHintParams
    public typealias Result = [InlayHint]
}

public enum DocumentLinkRequest: LSPRequest {
    public static let method = "textDocument/documentLink"
    public typealias Params = DocumentLinkParams
    public typealias Result = [DocumentLink]
}

public enum CodeLensRequest: LSPRequest {
    public static let method = "textDocument/codeLens"
    public typealias Params = CodeLensParams
    public typealias Result = [CodeLens]
}

public enum ExecuteCommandRequest: LSPRequest {
    public static let method = "workspace/executeCommand"
    public typealias Params = ExecuteCommandParams
    /// `LSPAny | null`: whatever the command answers.
    public typealias Result = JSONValue
}

public enum PrepareRenameRequest: LSPRequest {
    public static let method = "textDocument/prepareRename"
    public typealias Params = PrepareRenameParams
    /// Only the `{ range, placeholder }` form is sent; a refusal is a `ResponseError`.
    public typealias Result = PrepareRenamePlaceholder?
}

public enum RenameRequest: LSPRequest {
    public static let method = "textDocument/rename"
    public typealias Params = RenameParams
    public typealias Result = WorkspaceEdit?
}

/// Sent before the editor renames files or folders; the answer's edits are applied first.
public enum WillRenameFilesRequest: LSPRequest {
    public static let method = "workspace/willRenameFiles"
    public typealias Params = RenameFilesParams
    public typealias Result = WorkspaceEdit?
}

public enum DocumentHighlightRequest: LSPRequest {
    public static let method = "textDocument/documentHighlight"
    public typealias Params = DocumentHighlightParams
    public typealias Result = [DocumentHighlight]
}

public enum WorkspaceDiagnosticRequest: LSPRequest {
    public static let method = "workspace/diagnostic"
    public typealias Params = WorkspaceDiagnosticParams
    public typealias Result = WorkspaceDiagnosticReport
}
