#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import JSONRPC
import JSONSupport

/// Drives a language server executable over pipes, as an editor would: framed JSON-RPC on its
/// standard input and output, its standard error kept for failure messages. Every wait has a
/// deadline, so a server that hangs fails the test with a message instead of blocking the run.
public final class LSPTestClient: @unchecked Sendable {
    public static let defaultTimeout: Double = 20

    private let process = Process()
    private let input: Int32
    private let inputHandle: FileHandle
    private var inputClosed = false
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var stderrBytes: [UInt8] = []
    private var stdoutMalformed: [String] = []
    private var nextID = 1
    /// What the server sent and the test has not taken yet.
    public private(set) var inbox = MessageInbox()

    /// Starts `executable` with `arguments` (`--stdio`) and, added to the current environment, `environment`.
    public init(executable: URL, arguments: [String] = ["--stdio"], environment: [String: String] = [:]) throws {
        // Writing to a server that has exited must be an error, not the end of the test run.
        signal(SIGPIPE, SIG_IGN)
        let stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        let condition = self.condition
        process.terminationHandler = { _ in
            condition.lock()
            condition.broadcast()
            condition.unlock()
        }
        try process.run()
        inputHandle = stdinPipe.fileHandleForWriting
        input = inputHandle.fileDescriptor
        inbox = MessageInbox { [weak self] in self?.standardError ?? "" }
        startReading(stdoutPipe.fileHandleForReading.fileDescriptor)
        startReadingErrors(stderrPipe.fileHandleForReading.fileDescriptor)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    // MARK: Sending

    /// Writes bytes as they are (for malformed input); false when the server's input is closed.
    @discardableResult
    public func sendRaw(_ bytes: [UInt8]) -> Bool {
        guard !condition.withLock({ inputClosed }) else { return false }
        return bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = write(input, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    public func sendRaw(_ text: String) { sendRaw(Array(text.utf8)) }

    public func send(_ message: Message) { sendRaw(JSONRPCConnection.frame(message)) }

    /// Sends a request and returns its id without waiting for the answer.
    @discardableResult
    public func sendRequest(_ method: String, _ params: JSONValue? = nil) -> RequestID {
        let id = condition.withLock { () -> RequestID in
            defer { nextID += 1 }
            return .int(nextID)
        }
        send(.request(id: id, method: method, params: params))
        return id
    }

    public func notify(_ method: String, _ params: JSONValue? = nil) {
        send(.notification(method: method, params: params))
    }

    /// Sends a request and waits for its answer: the result, or the error thrown as `ResponseError`.
    public func request(_ method: String, _ params: JSONValue? = nil, timeout: Double = defaultTimeout) throws -> JSONValue {
        try TestSupport.result(of: response(to: sendRequest(method, params), timeout: timeout))
    }

    /// Closes the server's standard input (the "editor went away" case).
    public func closeInput() {
        condition.withLock { inputClosed = true }
        try? inputHandle.close()
    }

    // MARK: Receiving

    public func response(to id: RequestID, timeout: Double = defaultTimeout) throws -> Message {
        try inbox.response(to: id, timeout: timeout)
    }

    /// The params of the next notification `method` for which `matching` holds.
    public func notification(_ method: String, timeout: Double = defaultTimeout, matching: (JSONValue) -> Bool = { _ in true }) throws -> JSONValue {
        try inbox.notification(method, timeout: timeout, matching: matching)
    }

    /// The next error response addressed to id `null` (a message the server could not read).
    public func nullIDError(timeout: Double = defaultTimeout) throws -> ResponseError {
        try inbox.nullIDError(timeout: timeout)
    }

    /// The next request from the server with this method (e.g. `workspace/diagnostic/refresh`).
    public func serverRequest(_ method: String, timeout: Double = defaultTimeout) throws -> (id: RequestID, params: JSONValue?) {
        try inbox.serverRequest(method, timeout: timeout)
    }

    /// Waits for the process to end and returns its exit status; throws if it was killed by a
    /// signal (a crash) or did not end in time (it is then killed).
    public func waitForExit(timeout: Double = defaultTimeout) throws -> Int32 {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        while process.isRunning {
            if !condition.wait(until: deadline) && process.isRunning {
                condition.unlock()
                process.terminate()
                throw LSPTestClientError.timeout("the server to exit", stderr: standardError)
            }
        }
        condition.unlock()
        guard process.terminationReason == .exit else {
            throw LSPTestClientError.crashed(signal: process.terminationStatus, stderr: standardError)
        }
        return process.terminationStatus
    }

    public var isRunning: Bool { process.isRunning }

    /// The server's process id (to read its memory use from `/proc`, say).
    public var processIdentifier: Int32 { process.processIdentifier }

    /// What the server wrote to standard error so far.
    public var standardError: String { condition.withLock { String(decoding: stderrBytes, as: UTF8.self) } }

    /// Framing or JSON problems in what the server wrote (its output must always be well formed).
    public var malformedOutput: [String] { condition.withLock { stdoutMalformed } }

    private func startReading(_ descriptor: Int32) {
        let thread = Thread { [self] in
            var framer = MessageFramer()
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                framer.append(chunk[0..<count])
                var messages: [Message] = []
                var problems: [String] = []
                reading: while true {
                    switch framer.next() {
                    case .needMoreData: break reading
                    case let .error(error): problems.append(error.message)
                    case let .message(body):
                        switch Message.decode(body: body) {
                        case let .success(message): messages.append(message)
                        case let .failure(failure): problems.append(failure.error.message)
                        }
                    }
                }
                inbox.append(messages)
                if !problems.isEmpty { condition.withLock { stdoutMalformed += problems } }
            }
            inbox.close()
        }
        thread.start()
    }

    private func startReadingErrors(_ descriptor: Int32) {
        let thread = Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                condition.withLock { stderrBytes += chunk[0..<count] }
            }
        }
        thread.start()
    }
}

public enum LSPTestClientError: Error, CustomStringConvertible {
    case timeout(String, stderr: String)
    case outputEnded(waitingFor: String, stderr: String)
    case crashed(signal: Int32, stderr: String)
    case unexpected(String)

    public var description: String {
        switch self {
        case let .timeout(what, stderr): "timed out waiting for \(what); server stderr:\n\(stderr)"
        case let .outputEnded(what, stderr): "the server's output ended while waiting for \(what); server stderr:\n\(stderr)"
        case let .crashed(signal, stderr): "the server was killed by signal \(signal); stderr:\n\(stderr)"
        case let .unexpected(what): "unexpected: \(what)"
        }
    }
}
