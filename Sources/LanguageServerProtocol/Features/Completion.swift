import JSONSupport

/// `textDocument/completion` params: where the cursor is and what triggered the request.
public struct CompletionParams: LSPStructure, Hashable {
    public static let metaModelName = "CompletionParams"
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: CompletionContext?

    public init(textDocument: TextDocumentIdentifier, position: Position, context: CompletionContext? = nil) {
        self.textDocument = textDocument
        self.position = position
        self.context = context
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        position = try fields.required("position")
        context = try fields.optional("context")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("textDocument", textDocument)
        writer.set("position", position)
        writer.set("context", context)
        return writer.json
    }
}

public struct CompletionContext: LSPStructure, Hashable {
    public static let metaModelName = "CompletionContext"
    public var triggerKind: CompletionTriggerKind
    public var triggerCharacter: String?

    public init(triggerKind: CompletionTriggerKind, triggerCharacter: String? = nil) {
        self.triggerKind = triggerKind
        self.triggerCharacter = triggerCharacter
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        triggerKind = try fields.required("triggerKind")
        triggerCharacter = try fields.optional("triggerCharacter")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("triggerKind", triggerKind)
        writer.set("triggerCharacter", triggerCharacter)
        return writer.json
    }
}

/// The answer to `textDocument/completion`.
public struct CompletionList: LSPStructure, Hashable {
    public static let metaModelName = "CompletionList"
    /// True when typing more should ask again rather than filter this list.
    public var isIncomplete: Bool
    public var items: [CompletionItem]

    public init(isIncomplete: Bool, items: [CompletionItem]) {
        self.isIncomplete = isIncomplete
        self.items = items
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        isIncomplete = try fields.required("isIncomplete")
        items = try fields.required("items")
    }

    public var json: JSONValue { ["isIncomplete": .bool(isIncomplete), "items": items.json] }
}

public struct CompletionItem: LSPStructure, Hashable {
    public static let metaModelName = "CompletionItem"
    public var label: String
    public var kind: CompletionItemKind?
    /// One line beside the label (a type or a short definition).
    public var detail: String?
    public var documentation: MarkupContent?
    public var sortText: String?
    public var filterText: String?
    public var insertTextFormat: InsertTextFormat?
    /// For multi-line text: `asIs` when the text already carries its indentation.
    public var insertTextMode: InsertTextMode?
    /// What to insert and what it replaces.
    public var textEdit: TextEdit?

    public init(
        label: String, kind: CompletionItemKind? = nil, detail: String? = nil, documentation: MarkupContent? = nil,
        sortText: String? = nil, filterText: String? = nil, insertTextFormat: InsertTextFormat? = nil, insertTextMode: InsertTextMode? = nil,
        textEdit: TextEdit? = nil
    ) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.sortText = sortText
        self.filterText = filterText
        self.insertTextFormat = insertTextFormat
        self.insertTextMode = insertTextMode
        self.textEdit = textEdit
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        label = try fields.required("label")
        kind = try fields.optional("kind")
        detail = try fields.optional("detail")
        documentation = try fields.optional("documentation")
        sortText = try fields.optional("sortText")
        filterText = try fields.optional("filterText")
        insertTextFormat = try fields.optional("insertTextFormat")
        insertTextMode = try fields.optional("insertTextMode")
        textEdit = try fields.optional("textEdit")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("label", label)
        writer.set("kind", kind)
        writer.set("detail", detail)
        writer.set("documentation", documentation)
        writer.set("sortText", sortText)
        writer.set("filterText", filterText)
        writer.set("insertTextFormat", insertTextFormat)
        writer.set("insertTextMode", insertTextMode)
        writer.set("textEdit", textEdit)
        return writer.json
    }
}
