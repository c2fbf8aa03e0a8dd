import JSONSupport

/// The notifications this server reads or sends.

public enum InitializedNotification: LSPNotification {
    public static let method = "initialized"
    public typealias Params = InitializedParams
}

/// `initialized` carries an empty object.
public struct InitializedParams: LSPStructure, Hashable {
    public static let metaModelName = "InitializedParams"

    public init() {}

    /// Any object is accepted (fields from later versions are ignored); `null` too, leniently.
    public init(json: JSONValue) throws {
        guard json.isNull || json.objectValue != nil else { throw LSPDecodingError("expected an object (InitializedParams)") }
    }

    public var json: JSONValue { [:] }
}

/// Ends the process: exit status 0 after `shutdown`, 1 otherwise.
public enum ExitNotification: LSPNotification {
    public static let method = "exit"
    public typealias Params = Empty
}

public enum DidOpenTextDocumentNotification: LSPNotification {
    public static let method = "textDocument/didOpen"
    public typealias Params = DidOpenTextDocumentParams
}

public enum DidChangeTextDocumentNotification: LSPNotification {
    public static let method = "textDocument/didChange"
    public typealias Params = DidChangeTextDocumentParams
}

public enum DidCloseTextDocumentNotification: LSPNotification {
    public static let method = "textDocument/didClose"
    public typealias Params = DidCloseTextDocumentParams
}

public enum DidSaveTextDocumentNotification: LSPNotification {
    public static let method = "textDocument/didSave"
    public typealias Params = DidSaveTextDocumentParams
}

public enum DidChangeConfigurationNotification: LSPNotification {
    public static let method = "workspace/didChangeConfiguration"
    public typealias Params = DidChangeConfigurationParams
}

public enum DidChangeWatchedFilesNotification: LSPNotification {
    public static let method = "workspace/didChangeWatchedFiles"
    public typealias Params = DidChangeWatchedFilesParams
}

public enum CancelNotification: LSPNotification {
    public static let method = "$/cancelRequest"
    public static let direction = MessageDirection.both
    public typealias Params = CancelParams
}

public enum PublishDiagnosticsNotification: LSPNotification {
    public static let method = "textDocument/publishDiagnostics"
    public static let direction = MessageDirection.serverToClient
    public typealias Params = PublishDiagnosticsParams
}

public enum LogMessageNotification: LSPNotification {
    public static let method = "window/logMessage"
    public static let direction = MessageDirection.serverToClient
    public typealias Params = LogMessageParams
}

public enum ShowMessageNotification: LSPNotification {
    public static let method = "window/showMessage"
    public static let direction = MessageDirection.serverToClient
    public typealias Params = ShowMessageParams
}
