/// The closed enumerations of LSP 3.17 that this server reads or writes. Raw values are the
/// meta-model's; the tests check every case against it.

public enum DiagnosticSeverity: Int, LSPEnumeration {
    public static let metaModelName = "DiagnosticSeverity"
    case error = 1
    case warning = 2
    case information = 3
    case hint = 4
}

/// How important a `window/logMessage` is.
public enum MessageType: Int, LSPEnumeration {
    public static let metaModelName = "MessageType"
    case error = 1
    case warning = 2
    case info = 3
    case log = 4
    case debug = 5
}

public enum TextDocumentSyncKind: Int, LSPEnumeration {
    public static let metaModelName = "TextDocumentSyncKind"
    case none = 0
    case full = 1
    case incremental = 2
}

public enum InsertTextFormat: Int, LSPEnumeration {
    public static let metaModelName = "InsertTextFormat"
    case plainText = 1
    /// `$1`, `${2:placeholder}` and `$0` tab stops.
    case snippet = 2
}

/// How a client treats the lines after the first of a multi-line insertion.
public enum InsertTextMode: Int, LSPEnumeration {
    public static let metaModelName = "InsertTextMode"
    /// Inserted exactly as written (the text carries its own indentation).
    case asIs = 1
    /// The client indents the following lines like the line the item is accepted on.
    case adjustIndentation = 2
}

public enum FileChangeType: Int, LSPEnumeration {
    public static let metaModelName = "FileChangeType"
    case created = 1
    case changed = 2
    case deleted = 3
}

public enum MarkupKind: String, LSPEnumeration {
    public static let metaModelName = "MarkupKind"
    case plainText = "plaintext"
    case markdown = "markdown"
}

public enum DocumentDiagnosticReportKind: String, LSPEnumeration {
    public static let metaModelName = "DocumentDiagnosticReportKind"
    case full = "full"
    case unchanged = "unchanged"
}

public enum CompletionTriggerKind: Int, LSPEnumeration {
    public static let metaModelName = "CompletionTriggerKind"
    case invoked = 1
    case triggerCharacter = 2
    case triggerForIncompleteCompletions = 3
}

public enum CodeActionTriggerKind: Int, LSPEnumeration {
    public static let metaModelName = "CodeActionTriggerKind"
    case invoked = 1
    case automatic = 2
}

public enum CompletionItemKind: Int, LSPEnumeration {
    public static let metaModelName = "CompletionItemKind"
    case text = 1, method, function, constructor, field, variable, `class`, interface, module, property
    case unit, value, `enum`, keyword, snippet, color, file, reference, folder, enumMember
    case constant, `struct`, event, `operator`, typeParameter
}

public enum SymbolKind: Int, LSPEnumeration {
    public static let metaModelName = "SymbolKind"
    case file = 1, module, namespace, package, `class`, method, property, field, constructor, `enum`
    case interface, function, variable, constant, string, number, boolean, array, object, key
    case null, enumMember, `struct`, event, `operator`, typeParameter
}

/// The error codes LSP adds to JSON-RPC's (from the meta-model's `ErrorCodes` and `LSPErrorCodes`).
public enum LSPErrorCode: Int, CaseIterable, Sendable {
    /// A request other than `initialize` arrived before it.
    case serverNotInitialized = -32002
    case unknownErrorCode = -32001
    case requestFailed = -32803
    case serverCancelled = -32802
    /// The document changed while the request was computed; the answer would be wrong.
    case contentModified = -32801
    /// The client cancelled the request with `$/cancelRequest`.
    case requestCancelled = -32800

    /// The meta-model enumeration the code belongs to.
    public var metaModelEnumeration: String {
        switch self {
        case .serverNotInitialized, .unknownErrorCode: "ErrorCodes"
        default: "LSPErrorCodes"
        }
    }
}
