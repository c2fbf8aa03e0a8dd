#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import JSONSupport
import Locking

/// What the reading side of a connection delivers, in the order the bytes arrived.
public enum IncomingEvent: Sendable {
    case message(Message)
    /// Bytes that were not a message. `id` is set when the request's id could still be read, so the
    /// error can be addressed to it; otherwise the answer goes to id `null`.
    case malformed(id: RequestID?, error: ResponseError)
    /// The input ended (the client closed it, or reading failed). `truncated` says whether it ended
    /// in the middle of a message. Nothing is delivered after this.
    case closed(truncated: Bool)
}

/// A JSON-RPC connection over two file descriptors: a dedicated thread reads and frames the input
/// so that slow handlers never delay reading; writes are serialised so that messages sent from
/// several threads never interleave.
public final class JSONRPCConnection: Sendable {
    private let input: Int32
    private let output: Int32
    private let maximumMessageSize: Int
    private let writer: Locked<WriterState>

    private struct WriterState {
        var isBroken = false
    }

    public init(input: Int32, output: Int32, maximumMessageSize: Int = MessageFramer.defaultMaximumMessageSize) {
        self.input = input
        self.output = output
        self.maximumMessageSize = maximumMessageSize
        self.writer = Locked(WriterState())
        // A client that closes its end must cost us an EPIPE error, not the process.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Starts the reading thread. `handler` is called on that thread, one event at a time, in order.
    public func start(_ handler: @escaping @Sendable (IncomingEvent) -> Void) {
        let input = self.input
        let maximumMessageSize = self.maximumMessageSize
        let thread = Thread {
            JSONRPCConnection.readLoop(input: input, maximumMessageSize: maximumMessageSize, handler: handler)
        }
        thread.name = "jsonrpc-reader"
        thread.start()
    }

    /// Reads until end of input; public for callers that want to read on their own thread.
    public static func readLoop(input: Int32, maximumMessageSize: Int, handler: (IncomingEvent) -> Void) {
        var framer = MessageFramer(maximumMessageSize: maximumMessageSize)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            framer.append(chunk[0..<count])
            while true {
                switch framer.next() {
                case .needMoreData:
                    break
                case let .error(error):
                    handler(.malformed(id: nil, error: .parseError(error.message)))
                    continue
                case let .message(body):
                    switch Message.decode(body: body) {
                    case let .success(message): handler(.message(message))
                    case let .failure(failure): handler(.malformed(id: failure.id, error: failure.error))
                    }
                    continue
                }
                break
            }
        }
        handler(.closed(truncated: framer.isInsideMessage))
    }

    /// Writes one framed message. Returns false when the output is gone (the client closed it);
    /// later sends are then dropped quietly.
    @discardableResult
    public func send(_ message: Message) -> Bool {
        let frame = JSONRPCConnection.frame(message)
        let output = self.output
        return writer.withLock { state in
            guard !state.isBroken else { return false }
            if !JSONRPCConnection.writeAll(frame, to: output) { state.isBroken = true }
            return !state.isBroken
        }
    }

    /// Waits for a write in progress to finish and refuses further writes, so that the process can
    /// exit without cutting a message in half.
    public func closeOutput() {
        writer.withLock { $0.isBroken = true }
    }

    /// The bytes of a message on the wire: header, blank line, compact JSON.
    public static func frame(_ message: Message) -> [UInt8] {
        let body = JSONWriter().bytes(message.json)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private static func writeAll(_ bytes: [UInt8], to output: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = write(output, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}
