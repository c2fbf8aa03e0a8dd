import JSONSupport

/// `textDocument/publishDiagnostics`: the complete set for one document, replacing the last one.
public struct PublishDiagnosticsParams: LSPStructure, Hashable {
    public static let metaModelName = "PublishDiagnosticsParams"
    public var uri: String
    /// The document version the diagnostics were computed for.
    public var version: Int?
    public var diagnostics: [Diagnostic]

    public init(uri: String, version: Int?, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
        version = try fields.optional("version")
        diagnostics = try fields.required("diagnostics")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("uri", uri)
        writer.set("version", version)
        writer.set("diagnostics", diagnostics)
        return writer.json
    }
}

/// `textDocument/diagnostic`: the client pulls a document's diagnostics, quoting the result id of
/// the last report it holds so that an unchanged set need not be sent again.
public struct DocumentDiagnosticParams: LSPStructure, Hashable {
    public static let metaModelName = "DocumentDiagnosticParams"
    public var textDocument: TextDocumentIdentifier
    public var identifier: String?
    public var previousResultId: String?

    public init(textDocument: TextDocumentIdentifier, identifier: String? = nil, previousResultId: String? = nil) {
        self.textDocument = textDocument
        self.identifier = identifier
        self.previousResultId = previousResultId
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        textDocument = try fields.required("textDocument")
        identifier = try fields.optional("identifier")
        previousResultId = try fields.optional("previousResultId")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("textDocument", textDocument)
        writer.set("identifier", identifier)
        writer.set("previousResultId", previousResultId)
        return writer.json
    }
}

/// The answer to `textDocument/diagnostic`: the full set with a new result id, or "unchanged".
public enum DocumentDiagnosticReport: LSPValue, Hashable {
    case full(resultId: String?, items: [Diagnostic])
    case unchanged(resultId: String)

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: "DocumentDiagnosticReport")
        let kind: DocumentDiagnosticReportKind = try fields.required("kind")
        switch kind {
        case .full: self = .full(resultId: try fields.optional("resultId"), items: try fields.required("items"))
        case .unchanged: self = .unchanged(resultId: try fields.required("resultId"))
        }
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        switch self {
        case let .full(resultId, items):
            writer.set("kind", DocumentDiagnosticReportKind.full)
            writer.set("resultId", resultId)
            writer.set("items", items)
        case let .unchanged(resultId):
            writer.set("kind", DocumentDiagnosticReportKind.unchanged)
            writer.set("resultId", resultId)
        }
        return writer.json
    }
}
