import JSONSupport

/// `textDocument/documentLink`: the places of a document that lead elsewhere.
public struct DocumentLinkParams: LSPStructure, Hashable {
    public static let metaModelName = "DocumentLinkParams"
    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
    }

    public var json: JSONValue { ["textDocument": textDocument.json] }
}

public struct DocumentLink: LSPStructure, Hashable {
    public static let metaModelName = "DocumentLink"
    public var range: PositionRange
    public var target: String?
    public var tooltip: String?

    public init(range: PositionRange, target: String? = nil, tooltip: String? = nil) {
        self.range = range
        self.target = target
        self.tooltip = tooltip
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        range = try fields.required("range")
        target = try fields.optional("target")
        tooltip = try fields.optional("tooltip")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("range", range)
        writer.set("target", target)
        writer.set("tooltip", tooltip)
        return writer.json
    }
}

public struct DocumentLinkOptions: LSPStructure, Hashable {
    public static let metaModelName = "DocumentLinkOptions"
    public var resolveProvider: Bool?

    public init(resolveProvider: Bool? = nil) { self.resolveProvider = resolveProvider }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        resolveProvider = try fields.optional("resolveProvider")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("resolveProvider", resolveProvider)
        return writer.json
    }
}
