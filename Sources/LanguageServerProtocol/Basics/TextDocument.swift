import JSONSupport

/// Names a document by its URI.
public struct TextDocumentIdentifier: LSPStructure, Hashable {
    public static let metaModelName = "TextDocumentIdentifier"
    public var uri: String

    public init(uri: String) { self.uri = uri }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
    }

    public var json: JSONValue { ["uri": .string(uri)] }
}

/// Names a document and the version of it that a change produces.
public struct VersionedTextDocumentIdentifier: LSPStructure, Hashable {
    public static let metaModelName = "VersionedTextDocumentIdentifier"
    public var uri: String
    public var version: Int

    public init(uri: String, version: Int) {
        self.uri = uri
        self.version = version
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
        version = try fields.required("version")
    }

    public var json: JSONValue { ["uri": .string(uri), "version": .int(version)] }
}

/// A document as the client opened it: its whole text and first version.
public struct TextDocumentItem: LSPStructure, Hashable {
    public static let metaModelName = "TextDocumentItem"
    public var uri: String
    public var languageId: String
    public var version: Int
    public var text: String

    public init(uri: String, languageId: String, version: Int, text: String) {
        self.uri = uri
        self.languageId = languageId
        self.version = version
        self.text = text
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
        languageId = try fields.required("languageId")
        version = try fields.required("version")
        text = try fields.required("text")
    }

    public var json: JSONValue {
        ["uri": .string(uri), "languageId": .string(languageId), "version": .int(version), "text": .string(text)]
    }
}

/// A document and a position in it: the params of hover, definition and the like.
public struct TextDocumentPositionParams: LSPStructure, Hashable {
    public static let metaModelName = "TextDocumentPositionParams"
    public var textDocument: TextDocumentIdentifier
    public var position: Position

    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        position = try fields.required("position")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "position": position.json] }
}

public typealias HoverParams = TextDocumentPositionParams
public typealias DefinitionParams = TextDocumentPositionParams

/// Params that name only a document (documentSymbol, foldingRange).
public struct TextDocumentParams: LSPValue, Hashable {
    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: "params")
        textDocument = try fields.required("textDocument")
    }

    public var json: JSONValue { ["textDocument": textDocument.json] }
}

public typealias DocumentSymbolParams = TextDocumentParams
public typealias FoldingRangeParams = TextDocumentParams

/// Replace `range` by `newText`.
public struct TextEdit: LSPStructure, Hashable {
    public static let metaModelName = "TextEdit"
    public var range: PositionRange
    public var newText: String

    public init(range: PositionRange, newText: String) {
        self.range = range
        self.newText = newText
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        range = try fields.required("range")
        newText = try fields.required("newText")
    }

    public var json: JSONValue { ["range": range.json, "newText": .string(newText)] }
}

/// Edits to several documents, keyed by URI (the `changes` form, which every client supports),
/// or as `documentChanges` naming each document's version, for clients that list
/// `workspace.workspaceEdit.documentChanges` (an edit made for an older version is then refused).
public struct WorkspaceEdit: LSPStructure, Hashable {
    public static let metaModelName = "WorkspaceEdit"
    public var changes: [String: [TextEdit]]
    public var documentChanges: [TextDocumentEdit]?

    public init(changes: [String: [TextEdit]]) { self.changes = changes }

    public init(documentChanges: [TextDocumentEdit]) {
        changes = [:]
        self.documentChanges = documentChanges
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        changes = try fields.optional("changes") ?? [:]
        documentChanges = try fields.optional("documentChanges")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        if let documentChanges {
            writer.set("documentChanges", documentChanges)
        } else {
            writer.set("changes", changes)
        }
        return writer.json
    }
}

/// The edits of one document, for the version named (null: the file as it is on disk).
public struct TextDocumentEdit: LSPStructure, Hashable {
    public static let metaModelName = "TextDocumentEdit"
    public var textDocument: OptionalVersionedTextDocumentIdentifier
    public var edits: [TextEdit]

    public init(textDocument: OptionalVersionedTextDocumentIdentifier, edits: [TextEdit]) {
        self.textDocument = textDocument
        self.edits = edits
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        edits = try fields.required("edits")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "edits": edits.json] }
}

public struct OptionalVersionedTextDocumentIdentifier: LSPStructure, Hashable {
    public static let metaModelName = "OptionalVersionedTextDocumentIdentifier"
    public var uri: String
    /// Null for a document the editor does not hold open.
    public var version: Int?

    public init(uri: String, version: Int?) {
        self.uri = uri
        self.version = version
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
        version = try fields.optional("version")
    }

    public var json: JSONValue { ["uri": .string(uri), "version": version.map { .int($0) } ?? .null] }
}

/// Text for people, as plain text or Markdown.
public struct MarkupContent: LSPStructure, Hashable {
    public static let metaModelName = "MarkupContent"
    public var kind: MarkupKind
    public var value: String

    public init(kind: MarkupKind, value: String) {
        self.kind = kind
        self.value = value
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        kind = try fields.required("kind")
        value = try fields.required("value")
    }

    public var json: JSONValue { ["kind": kind.json, "value": .string(value)] }
}

/// `integer | string`, as in `CancelParams.id` (a request id).
public enum IntegerOrString: LSPValue, Hashable {
    case integer(Int)
    case string(String)

    public init(json: JSONValue) throws {
        switch json {
        case let .int(value): self = .integer(value)
        case let .string(value): self = .string(value)
        default: throw mismatch("an integer or a string", json)
        }
    }

    public var json: JSONValue {
        switch self {
        case let .integer(value): .int(value)
        case let .string(value): .string(value)
        }
    }
}
