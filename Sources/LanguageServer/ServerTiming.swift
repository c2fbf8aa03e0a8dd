#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import JSONRPC
import JSONSupport
import Locking

/// The server's own timings, for the benchmarks (Benchmarks/README.md): with
/// `COMMISSIONING_LS_TIMING=1` in its environment, the server writes to standard error, per event,
///
///     [timing] diagnostics - URI VERSION MICROSECONDS us     didOpen/didChange handed to the server → publishDiagnostics ready
///     [timing] analysis - URI VERSION MICROSECONDS us        the service's check alone (parse, schema, rules)
///     [timing] request METHOD URI - MICROSECONDS us          request handed to the server → answer ready
///     [timing] parse HOW URI VERSION 0 us                    how that check read the text: incremental, full, unchanged
///
/// (`-` where a field does not apply; URI is the request's `textDocument.uri`.)
///
/// "Handed to the server" is when the reader thread passes the decoded message on; reading and
/// decoding that (small) message is not included. "Ready" is when the answer (ranges already in
/// the client's encoding) is handed to the connection, which encodes and writes it: a time taken
/// after the write would include the client's own work, which the kernel may run on the
/// server's core the moment the answer arrives. Off by default: then nothing is measured or stored.
final class ServerTiming: Sendable {
    static let variable = "COMMISSIONING_LS_TIMING"
    let isEnabled: Bool
    /// When each version of each document not yet published was handed over, by URI. Kept per
    /// version: the client may send the next change before this server has logged the previous
    /// publish (its write returns first), and that must not lose the previous one's time.
    private let changes = Locked<[String: [Int: UInt64]]>([:])

    init() {
        isEnabled = getenv(Self.variable).map { String(cString: $0) == "1" } ?? false
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// A didOpen/didChange was applied; remembers when it was handed over.
    func documentChanged(_ params: JSONValue?, receivedAt start: UInt64) {
        guard isEnabled, let document = params?["textDocument"], let uri = document["uri"]?.stringValue,
              let version = document["version"]?.intValue else { return }
        changes.withLock { $0[uri, default: [:]][version] = start }
    }

    /// Diagnostics for `version` were written: logs the time since that version was handed over.
    func diagnosticsPublished(uri: String, version: Int?, readyAt end: UInt64) {
        guard isEnabled, let version else { return }
        let start = changes.withLock { changes -> UInt64? in
            // This version and older ones are done with (older ones were coalesced into it).
            let found = changes[uri]?[version]
            changes[uri] = changes[uri]?.filter { $0.key > version }
            return found
        }
        guard let start else { return }
        log("diagnostics", "-", uri, version: version, nanoseconds: end - start)
    }

    func analysed(uri: String, version: Int, start: UInt64) {
        guard isEnabled else { return }
        log("analysis", "-", uri, version: version, nanoseconds: Self.now() - start)
    }

    func parsed(uri: String, version: Int, method: String?) {
        guard isEnabled, let method else { return }
        log("parse", method, uri, version: version, nanoseconds: 0)
    }

    func answered(method: String, params: JSONValue?, start: UInt64, readyAt end: UInt64) {
        guard isEnabled else { return }
        log("request", method, params?["textDocument"]?["uri"]?.stringValue ?? "-", version: nil, nanoseconds: end - start)
    }

    private func log(_ what: String, _ subject: String, _ uri: String, version: Int?, nanoseconds: UInt64) {
        StandardError.emit("[timing] \(what) \(subject) \(uri) \(version.map(String.init) ?? "-") \(Double(nanoseconds) / 1000) us\n")
    }
}
