import JSONSupport

/// A request's id: JSON-RPC allows an integer or a string, and a response must echo it unchanged
/// (so `1` and `"1"` are different ids).
public enum RequestID: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case string(String)

    /// The id held by a JSON value, or nil when the value is neither an integer nor a string.
    public init?(json: JSONValue) {
        switch json {
        case let .int(value): self = .int(value)
        case let .string(value): self = .string(value)
        default: return nil
        }
    }

    public var json: JSONValue {
        switch self {
        case let .int(value): .int(value)
        case let .string(value): .string(value)
        }
    }

    public var description: String {
        switch self {
        case let .int(value): String(value)
        case let .string(value): "\"\(value)\""
        }
    }
}
