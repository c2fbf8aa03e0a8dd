#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import JSONRPC
import Locking

/// Runs a server over standard input and output, as editors start it (`--stdio`).
public enum StdioServer {
    /// Serves until `exit` or the end of input and returns the exit status.
    ///
    /// Standard output carries the protocol and nothing else: the real descriptor is duplicated
    /// for the connection and descriptor 1 is pointed at standard error, so a stray `print`
    /// anywhere in the process lands in the log instead of corrupting a message.
    public static func run(service: any LanguageService, options: ServerOptions) -> Int32 {
        let protocolOutput = dup(STDOUT_FILENO)
        guard protocolOutput >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
            let message = Array("[\(options.name)] error: cannot set up standard output for the protocol\n".utf8)
            _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            return 1
        }
        let connection = JSONRPCConnection(input: STDIN_FILENO, output: protocolOutput)
        let status = Locked<Int32?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let server = LanguageServer(
            service: service, options: options,
            send: { connection.send($0) },
            onExit: { code in
                // Wait for a message being written, then refuse more, so none is cut in half.
                connection.closeOutput()
                status.withLock { if $0 == nil { $0 = code } }
                finished.signal()
            })
        connection.start { server.handle($0) }
        finished.wait()
        return status.current ?? 0
    }
}
