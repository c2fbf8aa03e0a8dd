import JSONSupport

/// The answer to `textDocument/hover`.
public struct Hover: LSPStructure, Hashable {
    public static let metaModelName = "Hover"
    public var contents: MarkupContent
    /// What the hover is about, for the editor to highlight.
    public var range: PositionRange?

    public init(contents: MarkupContent, range: PositionRange? = nil) {
        self.contents = contents
        self.range = range
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        contents = try fields.required("contents")
        range = try fields.optional("range")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("contents", contents)
        writer.set("range", range)
        return writer.json
    }
}
