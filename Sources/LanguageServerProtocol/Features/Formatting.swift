import JSONSupport

/// `textDocument/formatting` params.
public struct DocumentFormattingParams: LSPStructure, Hashable {
    public static let metaModelName = "DocumentFormattingParams"
    public var textDocument: TextDocumentIdentifier
    public var options: FormattingOptions

    public init(textDocument: TextDocumentIdentifier, options: FormattingOptions) {
        self.textDocument = textDocument
        self.options = options
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        options = try fields.required("options")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "options": options.json] }
}

/// `textDocument/rangeFormatting` params.
public struct DocumentRangeFormattingParams: LSPStructure, Hashable {
    public static let metaModelName = "DocumentRangeFormattingParams"
    public var textDocument: TextDocumentIdentifier
    public var range: PositionRange
    public var options: FormattingOptions

    public init(textDocument: TextDocumentIdentifier, range: PositionRange, options: FormattingOptions) {
        self.textDocument = textDocument
        self.range = range
        self.options = options
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        range = try fields.required("range")
        options = try fields.required("options")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "range": range.json, "options": options.json] }
}

/// The editor's formatting preferences (`tabSize`, `insertSpaces`, and any others), kept as sent:
/// the documents' layout is fixed (two spaces), so none of them changes the result.
public struct FormattingOptions: LSPStructure, Hashable {
    public static let metaModelName = "FormattingOptions"
    public var raw: JSONValue

    public init(tabSize: Int = 2, insertSpaces: Bool = true) {
        raw = ["tabSize": .int(tabSize), "insertSpaces": .bool(insertSpaces)]
    }

    public init(json: JSONValue) throws {
        guard json.objectValue != nil else { throw mismatch("an object (FormattingOptions)", json) }
        raw = json
    }

    public var json: JSONValue { raw }
}
