import JSONRPC
import LanguageServerProtocol

/// The server's log. Every line goes to the client as `window/logMessage`, where users look for
/// it; information and debugging lines go at the lowest level, Log, which editors keep in their
/// log without showing it. Only errors and warnings (something someone must fix) also go to
/// standard error: editors such as Neovim file everything read there as an error. Nothing is ever
/// written to standard output, which belongs to the protocol.
struct ServerLog: Sendable {
    let name: String
    let send: @Sendable (Message) -> Void

    func error(_ message: String) { emit(.error, message) }
    func warning(_ message: String) { emit(.warning, message) }
    func info(_ message: String) { emit(.info, message) }
    func debug(_ message: String) { emit(.log, message) }

    private func emit(_ type: MessageType, _ message: String) {
        let sent: MessageType
        switch type {
        case .error, .warning:
            StandardError.emit("[\(name)] \(type == .error ? "error" : "warning"): \(message)\n")
            sent = type
        case .info, .log, .debug:
            // Log (4), not Info (3): Info messages are shown to the user by some clients.
            sent = .log
        }
        send(.notification(method: LogMessageNotification.method, params: LogMessageParams(type: sent, message: message).json))
    }
}
