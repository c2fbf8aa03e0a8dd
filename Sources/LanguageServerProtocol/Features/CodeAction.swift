import JSONSupport

/// `textDocument/codeAction` params: a range, and the diagnostics the client shows there.
public struct CodeActionParams: LSPStructure, Hashable {
    public static let metaModelName = "CodeActionParams"
    public var textDocument: TextDocumentIdentifier
    public var range: PositionRange
    public var context: CodeActionContext

    public init(textDocument: TextDocumentIdentifier, range: PositionRange, context: CodeActionContext) {
        self.textDocument = textDocument
        self.range = range
        self.context = context
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        range = try fields.required("range")
        context = try fields.required("context")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "range": range.json, "context": context.json] }
}

public struct CodeActionContext: LSPStructure, Hashable {
    public static let metaModelName = "CodeActionContext"
    public var diagnostics: [Diagnostic]
    /// The kinds the client asks for (e.g. only quick fixes); nil for all.
    public var only: [CodeActionKind]?
    public var triggerKind: CodeActionTriggerKind?

    public init(diagnostics: [Diagnostic], only: [CodeActionKind]? = nil, triggerKind: CodeActionTriggerKind? = nil) {
        self.diagnostics = diagnostics
        self.only = only
        self.triggerKind = triggerKind
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        diagnostics = try fields.required("diagnostics")
        only = try fields.optional("only")
        triggerKind = try fields.optional("triggerKind")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("diagnostics", diagnostics)
        writer.set("only", only)
        writer.set("triggerKind", triggerKind)
        return writer.json
    }
}

public struct CodeAction: LSPStructure, Hashable {
    public static let metaModelName = "CodeAction"
    public var title: String
    public var kind: CodeActionKind?
    /// The diagnostics this action resolves.
    public var diagnostics: [Diagnostic]?
    /// The one to apply with "auto fix".
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit?

    public init(title: String, kind: CodeActionKind? = nil, diagnostics: [Diagnostic]? = nil, isPreferred: Bool? = nil, edit: WorkspaceEdit? = nil) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        title = try fields.required("title")
        kind = try fields.optional("kind")
        diagnostics = try fields.optional("diagnostics")
        isPreferred = try fields.optional("isPreferred")
        edit = try fields.optional("edit")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("title", title)
        writer.set("kind", kind)
        writer.set("diagnostics", diagnostics)
        writer.set("isPreferred", isPreferred)
        writer.set("edit", edit)
        return writer.json
    }
}
