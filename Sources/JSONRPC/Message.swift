import JSONSupport

/// One JSON-RPC 2.0 message. Batches (arrays of messages) are not part of LSP and are rejected.
public enum Message: Hashable, Sendable {
    /// A call that expects a response with the same id.
    case request(id: RequestID, method: String, params: JSONValue?)
    /// A call that expects no response.
    case notification(method: String, params: JSONValue?)
    /// A successful answer to a request.
    case response(id: RequestID, result: JSONValue)
    /// A failed answer; the id is nil when the request's id could not be read.
    case errorResponse(id: RequestID?, error: ResponseError)

    public var json: JSONValue {
        var object: JSONObject = ["jsonrpc": "2.0"]
        switch self {
        case let .request(id, method, params):
            object["id"] = id.json
            object["method"] = .string(method)
            if let params { object["params"] = params }
        case let .notification(method, params):
            object["method"] = .string(method)
            if let params { object["params"] = params }
        case let .response(id, result):
            object["id"] = id.json
            object["result"] = result
        case let .errorResponse(id, error):
            object["id"] = id?.json ?? .null
            object["error"] = error.json
        }
        return .object(object)
    }
}

/// Why a message body could not be turned into a `Message`: the error to answer with and, when it
/// could be read, the id of the request it belongs to.
public struct MessageDecodingError: Error, Hashable, Sendable {
    public var id: RequestID?
    public var error: ResponseError

    public init(id: RequestID?, error: ResponseError) {
        self.id = id
        self.error = error
    }
}

extension Message {
    /// Reads a message body: invalid JSON (including invalid UTF-8) is a `ParseError`; JSON that is
    /// not a request, notification or response is an `InvalidRequest`.
    public static func decode(body: [UInt8]) -> Result<Message, MessageDecodingError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            return .failure(MessageDecodingError(id: nil, error: .parseError("message body is not valid JSON: \(error.description)")))
        }
        return decode(value)
    }

    public static func decode(_ value: JSONValue) -> Result<Message, MessageDecodingError> {
        guard let object = value.objectValue else {
            let what = value.arrayValue != nil ? "batches are not supported" : "a message must be a JSON object"
            return .failure(MessageDecodingError(id: nil, error: .invalidRequest(what)))
        }
        // Read the id first so that every later complaint can be addressed to the request.
        let rawID = object["id"]
        let id = rawID.flatMap(RequestID.init(json:))
        func invalid(_ message: String) -> Result<Message, MessageDecodingError> {
            .failure(MessageDecodingError(id: id, error: .invalidRequest(message)))
        }
        guard object["jsonrpc"] == "2.0" else { return invalid("\"jsonrpc\" must be \"2.0\"") }
        if let rawID, id == nil, !(rawID.isNull && object["error"] != nil) {
            return invalid("\"id\" must be an integer or a string")
        }
        if let method = object["method"] {
            guard let method = method.stringValue else { return invalid("\"method\" must be a string") }
            var params = object["params"]
            if params?.isNull == true { params = nil }
            if let params, params.objectValue == nil, params.arrayValue == nil {
                return invalid("\"params\" must be an object or an array")
            }
            if let id { return .success(.request(id: id, method: method, params: params)) }
            return .success(.notification(method: method, params: params))
        }
        if let error = object["error"] {
            return .success(.errorResponse(id: id, error: ResponseError(json: error)))
        }
        if let id, let result = object["result"] {
            return .success(.response(id: id, result: result))
        }
        return invalid("a message needs a \"method\" (request or notification) or a \"result\" or \"error\" (response)")
    }
}
