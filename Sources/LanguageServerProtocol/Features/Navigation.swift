import JSONSupport

/// `textDocument/references` params.
public struct ReferenceParams: LSPStructure, Hashable {
    public static let metaModelName = "ReferenceParams"
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: ReferenceContext

    public init(textDocument: TextDocumentIdentifier, position: Position, context: ReferenceContext) {
        self.textDocument = textDocument
        self.position = position
        self.context = context
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        position = try fields.required("position")
        context = try fields.required("context")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "position": position.json, "context": context.json] }
}

public struct ReferenceContext: LSPStructure, Hashable {
    public static let metaModelName = "ReferenceContext"
    /// Include the place where the thing is defined, not only where it is used.
    public var includeDeclaration: Bool

    public init(includeDeclaration: Bool) { self.includeDeclaration = includeDeclaration }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        includeDeclaration = try fields.required("includeDeclaration")
    }

    public var json: JSONValue { ["includeDeclaration": .bool(includeDeclaration)] }
}
