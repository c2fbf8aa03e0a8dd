import JSONSupport

/// A problem in a document, as the editor shows it.
public struct Diagnostic: LSPStructure, Hashable {
    public static let metaModelName = "Diagnostic"
    public var range: PositionRange
    public var severity: DiagnosticSeverity?
    /// The rule id. LSP allows an integer too; one read from a client is kept as its text.
    public var code: String?
    public var codeDescription: CodeDescription?
    /// Who produced it ("commissioning-ls").
    public var source: String?
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
    /// Kept by the client and returned in `codeAction` requests.
    public var data: JSONValue?

    public init(
        range: PositionRange, severity: DiagnosticSeverity? = nil, code: String? = nil, codeDescription: CodeDescription? = nil,
        source: String? = nil, message: String, relatedInformation: [DiagnosticRelatedInformation]? = nil, data: JSONValue? = nil
    ) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.relatedInformation = relatedInformation
        self.data = data
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        range = try fields.required("range")
        severity = try fields.optional("severity")
        if let number = fields.object["code"]?.intValue {
            code = String(number)
        } else {
            code = try fields.optional("code")
        }
        codeDescription = try fields.optional("codeDescription")
        source = try fields.optional("source")
        message = try fields.required("message")
        relatedInformation = try fields.optional("relatedInformation")
        data = try fields.optional("data")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("range", range)
        writer.set("severity", severity)
        writer.set("code", code)
        writer.set("codeDescription", codeDescription)
        writer.set("source", source)
        writer.set("message", message)
        writer.set("relatedInformation", relatedInformation)
        writer.set("data", data)
        return writer.json
    }
}

/// A link to the documentation of a diagnostic's code.
public struct CodeDescription: LSPStructure, Hashable {
    public static let metaModelName = "CodeDescription"
    public var href: String

    public init(href: String) { self.href = href }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        href = try fields.required("href")
    }

    public var json: JSONValue { ["href": .string(href)] }
}

/// Another place that explains a diagnostic ("first defined here").
public struct DiagnosticRelatedInformation: LSPStructure, Hashable {
    public static let metaModelName = "DiagnosticRelatedInformation"
    public var location: Location
    public var message: String

    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        location = try fields.required("location")
        message = try fields.required("message")
    }

    public var json: JSONValue { ["location": location.json, "message": .string(message)] }
}
