import JSONSupport

public typealias PrepareRenameParams = TextDocumentPositionParams
public typealias DocumentHighlightParams = TextDocumentPositionParams

/// `textDocument/rename` params: the symbol at `position` becomes `newName`.
public struct RenameParams: LSPStructure, Hashable {
    public static let metaModelName = "RenameParams"
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var newName: String

    public init(textDocument: TextDocumentIdentifier, position: Position, newName: String) {
        self.textDocument = textDocument
        self.position = position
        self.newName = newName
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        position = try fields.required("position")
        newName = try fields.required("newName")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "position": position.json, "newName": .string(newName)] }
}

/// The `{ range, placeholder }` form of `PrepareRenameResult`: what would be renamed, and the
/// text the editor offers to change.
public struct PrepareRenamePlaceholder: LSPStructure, Hashable {
    public static let metaModelName = "PrepareRenamePlaceholder"
    public var range: PositionRange
    public var placeholder: String

    public init(range: PositionRange, placeholder: String) {
        self.range = range
        self.placeholder = placeholder
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        range = try fields.required("range")
        placeholder = try fields.required("placeholder")
    }

    public var json: JSONValue { ["range": range.json, "placeholder": .string(placeholder)] }
}

/// `renameProvider` as options, so that `prepareProvider` can say `prepareRename` is answered.
public struct RenameOptions: LSPStructure, Hashable {
    public static let metaModelName = "RenameOptions"
    public var prepareProvider: Bool?

    public init(prepareProvider: Bool? = nil) { self.prepareProvider = prepareProvider }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        prepareProvider = try fields.optional("prepareProvider")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("prepareProvider", prepareProvider)
        return writer.json
    }
}

public enum DocumentHighlightKind: Int, LSPEnumeration {
    public static let metaModelName = "DocumentHighlightKind"
    case text = 1, read, write
}

/// One place of a symbol in the document, as read or written.
public struct DocumentHighlight: LSPStructure, Hashable {
    public static let metaModelName = "DocumentHighlight"
    public var range: PositionRange
    public var kind: DocumentHighlightKind?

    public init(range: PositionRange, kind: DocumentHighlightKind? = nil) {
        self.range = range
        self.kind = kind
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        range = try fields.required("range")
        kind = try fields.optional("kind")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("range", range)
        writer.set("kind", kind)
        return writer.json
    }
}
