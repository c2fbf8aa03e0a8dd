import JSONSupport

/// `window/logMessage`: a line for the client's log of this server.
public struct LogMessageParams: LSPStructure, Hashable {
    public static let metaModelName = "LogMessageParams"
    public var type: MessageType
    public var message: String

    public init(type: MessageType, message: String) {
        self.type = type
        self.message = message
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        type = try fields.required("type")
        message = try fields.required("message")
    }

    public var json: JSONValue { ["type": type.json, "message": .string(message)] }
}

/// `$/cancelRequest`: the client no longer needs the answer to request `id`.
public struct CancelParams: LSPStructure, Hashable {
    public static let metaModelName = "CancelParams"
    public var id: IntegerOrString

    public init(id: IntegerOrString) { self.id = id }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        id = try fields.required("id")
    }

    public var json: JSONValue { ["id": id.json] }
}

/// `window/showMessage`: a message the client shows the user (not only logs).
public struct ShowMessageParams: LSPStructure, Hashable {
    public static let metaModelName = "ShowMessageParams"
    public var type: MessageType
    public var message: String

    public init(type: MessageType, message: String) {
        self.type = type
        self.message = message
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        type = try fields.required("type")
        message = try fields.required("message")
    }

    public var json: JSONValue { ["type": type.json, "message": .string(message)] }
}
