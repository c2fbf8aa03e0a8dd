import Foundation
import JSONRPC
import JSONSupport

/// Messages received from a server, waited for by what they are rather than by their order
/// (a diagnostics notification may come before or after a response). Every wait has a deadline.
public final class MessageInbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var messages: [Message] = []
    private var isClosed = false
    /// Added to timeout messages (the server's standard error, for one).
    private let context: @Sendable () -> String

    public init(context: @escaping @Sendable () -> String = { "" }) { self.context = context }

    public func append(_ received: [Message]) {
        condition.lock()
        messages += received
        condition.broadcast()
        condition.unlock()
    }

    /// No more messages will come.
    public func close() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Removes and returns the first message for which `matches` holds, waiting up to `timeout`.
    public func take(_ what: String, timeout: Double, where matches: (Message) -> Bool) throws -> Message {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let index = messages.firstIndex(where: matches) { return messages.remove(at: index) }
            if isClosed { throw LSPTestClientError.outputEnded(waitingFor: what, stderr: context()) }
            if !condition.wait(until: deadline), !messages.contains(where: matches) {
                throw LSPTestClientError.timeout(what, stderr: context())
            }
        }
    }

    /// Everything received and not taken, without waiting.
    public func takeAll() -> [Message] {
        condition.lock()
        defer { condition.unlock() }
        let all = messages
        messages.removeAll()
        return all
    }

    public func response(to id: RequestID, timeout: Double) throws -> Message {
        try take("the response to request \(id)", timeout: timeout) { message in
            switch message {
            case let .response(responseID, _): return responseID == id
            case let .errorResponse(responseID, _): return responseID == id
            default: return false
            }
        }
    }

    public func notification(_ method: String, timeout: Double, matching: (JSONValue) -> Bool = { _ in true }) throws -> JSONValue {
        let message = try take("a '\(method)' notification", timeout: timeout) { message in
            if case let .notification(name, params) = message, name == method { return matching(params ?? .null) }
            return false
        }
        guard case let .notification(_, params) = message else { throw LSPTestClientError.unexpected("\(message)") }
        return params ?? .null
    }

    public func nullIDError(timeout: Double) throws -> ResponseError {
        let message = try take("an error response with id null", timeout: timeout) { message in
            if case .errorResponse(nil, _) = message { return true }
            return false
        }
        guard case let .errorResponse(_, error) = message else { throw LSPTestClientError.unexpected("\(message)") }
        return error
    }

    public func serverRequest(_ method: String, timeout: Double) throws -> (id: RequestID, params: JSONValue?) {
        let message = try take("a '\(method)' request from the server", timeout: timeout) { message in
            if case let .request(_, name, _) = message { return name == method }
            return false
        }
        guard case let .request(id, _, params) = message else { throw LSPTestClientError.unexpected("\(message)") }
        return (id, params)
    }
}

/// The result of a response, or its error thrown.
public func result(of response: Message) throws -> JSONValue {
    switch response {
    case let .response(_, result): return result
    case let .errorResponse(_, error): throw error
    default: throw LSPTestClientError.unexpected("not a response: \(response)")
    }
}
