import LanguageServerProtocol
import SourceText

/// Where the server is in the LSP lifecycle.
enum LifecycleState: Sendable {
    /// Only `initialize` (and `exit`) are accepted.
    case uninitialized
    case running(Session)
    /// After `shutdown`: only `exit` is accepted.
    case shutDown
    /// After `exit` or the end of input: nothing more is done.
    case exited
}

/// What `initialize` settled for the rest of the session.
struct Session: Sendable {
    var encoding: PositionEncoding
    var capabilities: ClientCapabilities
    var workspace: WorkspaceInfo
    /// Push diagnostics (`publishDiagnostics`) unless the client pulls them itself: doing both
    /// would show every problem twice.
    var pushesDiagnostics: Bool

    static let beforeInitialize = Session(encoding: .utf16, capabilities: ClientCapabilities(), workspace: .none, pushesDiagnostics: false)

    /// UTF-8 when the client offers it (no conversion at all), else UTF-16 (which every client
    /// supports), else UTF-32 when that is all the client offers.
    static func negotiateEncoding(_ offered: [PositionEncodingKind]) -> PositionEncoding {
        if offered.contains(.utf8) { return .utf8 }
        if offered.contains(.utf16) { return .utf16 }
        if offered.contains(.utf32) { return .utf32 }
        return .utf16
    }
}
