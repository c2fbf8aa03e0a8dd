import JSONSupport

/// The error object of a JSON-RPC response: a code, a one-line message and optional data.
public struct ResponseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Int
    public var message: String
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public var json: JSONValue {
        var object: JSONObject = ["code": .int(code), "message": .string(message)]
        if let data { object["data"] = data }
        return .object(object)
    }

    /// Reads an error object; a malformed one becomes an `InternalError` that says so rather than
    /// failing, because it only ever describes a response to a request we sent.
    public init(json: JSONValue) {
        guard let code = json["code"]?.intValue, let message = json["message"]?.stringValue else {
            self.init(code: ErrorCode.internalError, message: "malformed error object in a response")
            return
        }
        self.init(code: code, message: message, data: json["data"])
    }

    public var description: String { "error \(code): \(message)" }
}

/// The error codes JSON-RPC 2.0 reserves (-32768 to -32000). Protocols built on it (LSP) add
/// their own in the range left to servers.
public enum ErrorCode {
    /// The bytes received were not a readable message: bad framing or invalid JSON.
    public static let parseError = -32700
    /// The JSON was not a valid request, notification or response object.
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
}

extension ResponseError {
    public static func parseError(_ message: String) -> ResponseError { ResponseError(code: ErrorCode.parseError, message: message) }
    public static func invalidRequest(_ message: String) -> ResponseError { ResponseError(code: ErrorCode.invalidRequest, message: message) }
    public static func methodNotFound(_ method: String) -> ResponseError {
        ResponseError(code: ErrorCode.methodNotFound, message: "method not found: \(method)")
    }
    public static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: ErrorCode.invalidParams, message: message) }
    public static func internalError(_ message: String) -> ResponseError { ResponseError(code: ErrorCode.internalError, message: message) }
}
