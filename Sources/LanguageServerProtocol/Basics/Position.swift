import JSONSupport

/// A place in a document: a 0-based line and a 0-based character offset counted in the
/// position encoding negotiated at `initialize` (UTF-8 bytes, UTF-16 code units or scalars).
/// Positions past the end of a line or document are legal on the wire; the server clamps them.
public struct Position: LSPStructure, Hashable, Comparable {
    public static let metaModelName = "Position"
    public var line: Int
    /// In units of the negotiated `PositionEncodingKind`.
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        line = try fields.required("line")
        character = try fields.required("character")
    }

    public var json: JSONValue { ["line": .int(line), "character": .int(character)] }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.character < rhs.character
    }
}

/// A range from `start` to `end` (exclusive), in the negotiated encoding.
/// LSP's `Range` (named apart from `Swift.Range`).
public struct PositionRange: LSPStructure, Hashable {
    public static let metaModelName = "Range"
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        start = try fields.required("start")
        end = try fields.required("end")
    }

    public var json: JSONValue { ["start": start.json, "end": end.json] }
}

/// A range inside a document named by its URI.
public struct Location: LSPStructure, Hashable {
    public static let metaModelName = "Location"
    public var uri: String
    public var range: PositionRange

    public init(uri: String, range: PositionRange) {
        self.uri = uri
        self.range = range
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
        range = try fields.required("range")
    }

    public var json: JSONValue { ["uri": .string(uri), "range": range.json] }
}
