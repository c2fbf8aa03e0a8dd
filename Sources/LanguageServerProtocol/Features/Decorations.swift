import JSONSupport

// Semantic tokens, inlay hints and code lenses: what the editor paints over the text.

/// `textDocument/semanticTokens/full` params.
public struct SemanticTokensParams: LSPStructure, Hashable {
    public static let metaModelName = "SemanticTokensParams"
    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
    }

    public var json: JSONValue { ["textDocument": textDocument.json] }
}

/// `textDocument/semanticTokens/range` params.
public struct SemanticTokensRangeParams: LSPStructure, Hashable {
    public static let metaModelName = "SemanticTokensRangeParams"
    public var textDocument: TextDocumentIdentifier
    public var range: PositionRange

    public init(textDocument: TextDocumentIdentifier, range: PositionRange) {
        self.textDocument = textDocument
        self.range = range
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        range = try fields.required("range")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "range": range.json] }
}

/// The tokens, five integers each (line delta, start delta, length, type index, modifier bits).
public struct SemanticTokens: LSPStructure, Hashable {
    public static let metaModelName = "SemanticTokens"
    public var resultId: String?
    public var data: [Int]

    public init(resultId: String? = nil, data: [Int]) {
        self.resultId = resultId
        self.data = data
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        resultId = try fields.optional("resultId")
        data = try fields.required("data")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("resultId", resultId)
        writer.set("data", data)
        return writer.json
    }
}

public struct SemanticTokensLegend: LSPStructure, Hashable {
    public static let metaModelName = "SemanticTokensLegend"
    public var tokenTypes: [String]
    public var tokenModifiers: [String]

    public init(tokenTypes: [String], tokenModifiers: [String]) {
        self.tokenTypes = tokenTypes
        self.tokenModifiers = tokenModifiers
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        tokenTypes = try fields.required("tokenTypes")
        tokenModifiers = try fields.required("tokenModifiers")
    }

    public var json: JSONValue { ["tokenTypes": tokenTypes.json, "tokenModifiers": tokenModifiers.json] }
}

/// `full` and `range` as booleans: deltas are not offered.
public struct SemanticTokensOptions: LSPStructure, Hashable {
    public static let metaModelName = "SemanticTokensOptions"
    public var legend: SemanticTokensLegend
    public var range: Bool?
    public var full: Bool?

    public init(legend: SemanticTokensLegend, range: Bool? = nil, full: Bool? = nil) {
        self.legend = legend
        self.range = range
        self.full = full
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        legend = try fields.required("legend")
        range = try fields.optional("range")
        full = try fields.optional("full")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("legend", legend)
        writer.set("range", range)
        writer.set("full", full)
        return writer.json
    }
}

/// `textDocument/inlayHint` params: the hints of the visible range.
public struct InlayHintParams: LSPStructure, Hashable {
    public static let metaModelName = "InlayHintParams"
    public var textDocument: TextDocumentIdentifier
    public var range: PositionRange

    public init(textDocument: TextDocumentIdentifier, range: PositionRange) {
        self.textDocument = textDocument
        self.range = range
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        range = try fields.required("range")
    }

    public var json: JSONValue { ["textDocument": textDocument.json, "range": range.json] }
}

/// A hint shown after `position`; the label is plain text (label parts are not used).
public struct InlayHint: LSPStructure, Hashable {
    public static let metaModelName = "InlayHint"
    public var position: Position
    public var label: String
    public var paddingLeft: Bool?

    public init(position: Position, label: String, paddingLeft: Bool? = nil) {
        self.position = position
        self.label = label
        self.paddingLeft = paddingLeft
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        position = try fields.required("position")
        // `string | InlayHintLabelPart[]`: the parts' values joined, for a client that sends them back.
        if case let .array(parts)? = json["label"] {
            label = parts.compactMap { $0["value"]?.stringValue }.joined()
        } else {
            label = try fields.required("label")
        }
        paddingLeft = try fields.optional("paddingLeft")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("position", position)
        writer.set("label", label)
        writer.set("paddingLeft", paddingLeft)
        return writer.json
    }
}

/// `textDocument/codeLens` params.
public struct CodeLensParams: LSPStructure, Hashable {
    public static let metaModelName = "CodeLensParams"
    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
    }

    public var json: JSONValue { ["textDocument": textDocument.json] }
}

/// A command the client shows by its title and runs with `workspace/executeCommand`.
public struct Command: LSPStructure, Hashable {
    public static let metaModelName = "Command"
    public var title: String
    public var command: String
    public var arguments: [JSONValue]?

    public init(title: String, command: String, arguments: [JSONValue]? = nil) {
        self.title = title
        self.command = command
        self.arguments = arguments
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        title = try fields.required("title")
        command = try fields.required("command")
        arguments = try fields.optional("arguments")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("title", title)
        writer.set("command", command)
        writer.set("arguments", arguments)
        return writer.json
    }
}

public struct CodeLens: LSPStructure, Hashable {
    public static let metaModelName = "CodeLens"
    public var range: PositionRange
    public var command: Command?

    public init(range: PositionRange, command: Command? = nil) {
        self.range = range
        self.command = command
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        range = try fields.required("range")
        command = try fields.optional("command")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("range", range)
        writer.set("command", command)
        return writer.json
    }
}

/// Lenses come with their commands: nothing to resolve.
public struct CodeLensOptions: LSPStructure, Hashable {
    public static let metaModelName = "CodeLensOptions"
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
