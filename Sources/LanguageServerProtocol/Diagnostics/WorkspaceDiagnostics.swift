import JSONSupport

/// `workspace/diagnostic`: the diagnostics of every document of the workspace, open or not. The
/// client quotes the result id it holds for each document, so that unchanged ones are answered
/// "unchanged".
public struct WorkspaceDiagnosticParams: LSPStructure, Hashable {
    public static let metaModelName = "WorkspaceDiagnosticParams"
    public var identifier: String?
    public var previousResultIds: [PreviousResultId]

    public init(identifier: String? = nil, previousResultIds: [PreviousResultId]) {
        self.identifier = identifier
        self.previousResultIds = previousResultIds
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        identifier = try fields.optional("identifier")
        previousResultIds = try fields.required("previousResultIds")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("identifier", identifier)
        writer.set("previousResultIds", previousResultIds)
        return writer.json
    }
}

public struct PreviousResultId: LSPStructure, Hashable {
    public static let metaModelName = "PreviousResultId"
    public var uri: String
    public var value: String

    public init(uri: String, value: String) {
        self.uri = uri
        self.value = value
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
        value = try fields.required("value")
    }

    public var json: JSONValue { ["uri": .string(uri), "value": .string(value)] }
}

public struct WorkspaceDiagnosticReport: LSPStructure, Hashable {
    public static let metaModelName = "WorkspaceDiagnosticReport"
    public var items: [WorkspaceDocumentDiagnosticReport]

    public init(items: [WorkspaceDocumentDiagnosticReport]) { self.items = items }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        items = try fields.required("items")
    }

    public var json: JSONValue { ["items": items.json] }
}

/// One document's report: its URI, the version of an open document (null for one read from
/// disk), and the full set or "unchanged".
public struct WorkspaceDocumentDiagnosticReport: LSPValue, Hashable {
    public var uri: String
    public var version: Int?
    public var report: DocumentDiagnosticReport

    public init(uri: String, version: Int?, report: DocumentDiagnosticReport) {
        self.uri = uri
        self.version = version
        self.report = report
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: "WorkspaceDocumentDiagnosticReport")
        uri = try fields.required("uri")
        version = try fields.optional("version")
        report = try DocumentDiagnosticReport(json: json)
    }

    public var json: JSONValue {
        guard case var .object(object) = report.json else { return report.json }
        object["uri"] = .string(uri)
        // Required by the meta-model, as `integer | null`.
        object["version"] = version.map { .int($0) } ?? .null
        return .object(object)
    }
}
