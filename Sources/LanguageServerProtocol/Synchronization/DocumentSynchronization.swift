import JSONSupport

/// `textDocument/didOpen`: the client now owns the document's text; the server reads it from here,
/// not from disk, until `didClose`.
public struct DidOpenTextDocumentParams: LSPStructure, Hashable {
    public static let metaModelName = "DidOpenTextDocumentParams"
    public var textDocument: TextDocumentItem

    public init(textDocument: TextDocumentItem) { self.textDocument = textDocument }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
    }

    public var json: JSONValue { ["textDocument": textDocument.json] }
}

/// `textDocument/didChange`: changes to apply in order, each to the result of the one before.
public struct DidChangeTextDocumentParams: LSPStructure, Hashable {
    public static let metaModelName = "DidChangeTextDocumentParams"
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]

    public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
        self.textDocument = textDocument
        self.contentChanges = contentChanges
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        contentChanges = try fields.required("contentChanges")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "contentChanges": contentChanges.json] }
}

/// One change: `range` replaced by `text`, or (no range) the whole new text.
/// `rangeLength` is deprecated and ignored: the range alone is authoritative.
public struct TextDocumentContentChangeEvent: LSPValue, Hashable {
    public var range: PositionRange?
    public var text: String

    public init(range: PositionRange?, text: String) {
        self.range = range
        self.text = text
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: "TextDocumentContentChangeEvent")
        range = try fields.optional("range")
        text = try fields.required("text")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("range", range)
        writer.set("text", text)
        return writer.json
    }
}

public struct DidCloseTextDocumentParams: LSPStructure, Hashable {
    public static let metaModelName = "DidCloseTextDocumentParams"
    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
    }

    public var json: JSONValue { ["textDocument": textDocument.json] }
}

public struct DidSaveTextDocumentParams: LSPStructure, Hashable {
    public static let metaModelName = "DidSaveTextDocumentParams"
    public var textDocument: TextDocumentIdentifier
    /// Present only when the server asked for it (`save.includeText`).
    public var text: String?

    public init(textDocument: TextDocumentIdentifier, text: String? = nil) {
        self.textDocument = textDocument
        self.text = text
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        text = try fields.optional("text")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("textDocument", textDocument)
        writer.set("text", text)
        return writer.json
    }
}
