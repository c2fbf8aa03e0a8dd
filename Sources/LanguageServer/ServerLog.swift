import JSONRPC
import LanguageServerProtocol

/// The server's log: every line goes to standard error; warnings and errors also go to the client
/// as `window/logMessage`, where users look for them. Nothing is ever written to standard output,
/// which belongs to the protocol.
struct ServerLog: Sendable {
    let name: String
    let send: @Sendable (Message) -> Void

    func error(_ message: String) { emit(.error, message) }
    func warning(_ message: String) { emit(.warning, message) }
    func info(_ message: String) { emit(.info, message) }
    func debug(_ message: String) { emit(.log, message) }

    private func emit(_ type: MessageType, _ message: String) {
        let label: String
        switch type {
        case .error: label = "error"
        case .warning: label = "warning"
        case .info: label = "info"
        case .log, .debug: label = "debug"
        }
        StandardError.emit("[\(name)] \(label): \(message)\n")
        if type == .error || type == .warning {
            send(.notification(method: LogMessageNotification.method, params: LogMessageParams(type: type, message: message).json))
        }
    }
}
