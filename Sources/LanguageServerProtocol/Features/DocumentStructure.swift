import JSONSupport

/// One entry of the hierarchical outline (`textDocument/documentSymbol`).
public struct DocumentSymbol: LSPStructure, Hashable {
    public static let metaModelName = "DocumentSymbol"
    public var name: String
    public var detail: String?
    public var kind: SymbolKind
    /// The whole construct (a section and its contents).
    public var range: PositionRange
    /// The part to select when the symbol is picked (the key); inside `range`.
    public var selectionRange: PositionRange
    public var children: [DocumentSymbol]?

    public init(name: String, detail: String? = nil, kind: SymbolKind, range: PositionRange, selectionRange: PositionRange, children: [DocumentSymbol]? = nil) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        name = try fields.required("name")
        detail = try fields.optional("detail")
        kind = try fields.required("kind")
        range = try fields.required("range")
        selectionRange = try fields.required("selectionRange")
        children = try fields.optional("children")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("name", name)
        writer.set("detail", detail)
        writer.set("kind", kind)
        writer.set("range", range)
        writer.set("selectionRange", selectionRange)
        writer.set("children", children)
        return writer.json
    }
}

/// A foldable run of lines (`textDocument/foldingRange`).
public struct FoldingRange: LSPStructure, Hashable {
    public static let metaModelName = "FoldingRange"
    public var startLine: Int
    public var endLine: Int
    public var kind: FoldingRangeKind?

    public init(startLine: Int, endLine: Int, kind: FoldingRangeKind? = nil) {
        self.startLine = startLine
        self.endLine = endLine
        self.kind = kind
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        startLine = try fields.required("startLine")
        endLine = try fields.required("endLine")
        kind = try fields.optional("kind")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("startLine", startLine)
        writer.set("endLine", endLine)
        writer.set("kind", kind)
        return writer.json
    }
}

/// `textDocument/selectionRange` params: the cursors to expand from.
public struct SelectionRangeParams: LSPStructure, Hashable {
    public static let metaModelName = "SelectionRangeParams"
    public var textDocument: TextDocumentIdentifier
    public var positions: [Position]

    public init(textDocument: TextDocumentIdentifier, positions: [Position]) {
        self.textDocument = textDocument
        self.positions = positions
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        positions = try fields.required("positions")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "positions": positions.json] }
}

/// A range and the next larger one ("expand selection").
public struct SelectionRange: LSPStructure, Hashable {
    public static let metaModelName = "SelectionRange"
    public var range: PositionRange
    /// Zero or one element: a struct cannot hold itself directly.
    private var parentStorage: [SelectionRange]

    public var parent: SelectionRange? { parentStorage.first }

    public init(range: PositionRange, parent: SelectionRange? = nil) {
        self.range = range
        self.parentStorage = parent.map { [$0] } ?? []
    }

    /// From the innermost range outwards.
    public init?(nested ranges: [PositionRange]) {
        guard let innermost = ranges.first else { return nil }
        self.init(range: innermost, parent: SelectionRange(nested: Array(ranges.dropFirst())))
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        range = try fields.required("range")
        let parent: SelectionRange? = try fields.optional("parent")
        parentStorage = parent.map { [$0] } ?? []
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("range", range)
        writer.set("parent", parent)
        return writer.json
    }
}
