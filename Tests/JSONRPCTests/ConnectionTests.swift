#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import JSONRPC
import JSONSupport
import Testing

/// Collects a connection's events; `waitForClose` returns them all once the input has ended.
private final class EventLog: @unchecked Sendable {
    private let condition = NSCondition()
    private var events: [IncomingEvent] = []
    private var closed = false

    func append(_ event: IncomingEvent) {
        condition.lock()
        events.append(event)
        if case .closed = event { closed = true }
        condition.broadcast()
        condition.unlock()
    }

    func waitForClose(seconds: Double = 20) -> [IncomingEvent]? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !closed {
            if !condition.wait(until: deadline) { return nil }
        }
        return events
    }
}

private func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}

private func describe(_ event: IncomingEvent) -> String {
    switch event {
    case let .message(message): "message \(JSONWriter(sortedKeys: true).string(message.json))"
    case let .malformed(id, error): "malformed \(id?.description ?? "null") \(error.code)"
    case let .closed(truncated): "closed truncated=\(truncated)"
    }
}

@Suite("Connection over file descriptors")
struct ConnectionTests {
    @Test("Reads framed messages in order, reports bad ones, and ends at end of input")
    func reading() throws {
        let pipe = Pipe()
        let connection = JSONRPCConnection(input: pipe.fileHandleForReading.fileDescriptor, output: -1)
        let log = EventLog()
        connection.start { log.append($0) }
        let writer = pipe.fileHandleForWriting.fileDescriptor
        writeAll(writer, JSONRPCConnection.frame(.notification(method: "a", params: nil)))
        writeAll(writer, Array("Content-Length: 3\r\n\r\n{x}".utf8))
        let noVersion = #"{"id":9,"method":"b"}"#
        writeAll(writer, Array("Content-Length: \(noVersion.utf8.count)\r\n\r\n\(noVersion)".utf8))
        writeAll(writer, JSONRPCConnection.frame(.request(id: .int(1), method: "c", params: ["k": "£"])))
        writeAll(writer, Array("Content-Length: 50\r\n\r\n{\"cut".utf8))
        try pipe.fileHandleForWriting.close()
        let events = try #require(log.waitForClose())
        #expect(events.map(describe) == [
            #"message {"jsonrpc":"2.0","method":"a"}"#,
            "malformed null -32700",
            "malformed 9 -32600",
            #"message {"id":1,"jsonrpc":"2.0","method":"c","params":{"k":"£"}}"#,
            "closed truncated=true",
        ])
    }

    @Test("An input that ends between messages is a clean close")
    func cleanClose() throws {
        let pipe = Pipe()
        let connection = JSONRPCConnection(input: pipe.fileHandleForReading.fileDescriptor, output: -1)
        let log = EventLog()
        connection.start { log.append($0) }
        writeAll(pipe.fileHandleForWriting.fileDescriptor, JSONRPCConnection.frame(.notification(method: "a", params: nil)))
        try pipe.fileHandleForWriting.close()
        let events = try #require(log.waitForClose())
        #expect(events.map(describe).last == "closed truncated=false")
    }

    @Test("Messages sent from many threads at once arrive whole")
    func concurrentWrites() throws {
        let pipe = Pipe()
        let connection = JSONRPCConnection(input: -1, output: pipe.fileHandleForWriting.fileDescriptor)
        let reader = pipe.fileHandleForReading.fileDescriptor
        let collected = EventLog()
        // Read back on the other end with a second connection.
        JSONRPCConnectionReader.start(reader, into: collected)
        let text = String(repeating: "£’–😀", count: 2000)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            connection.send(.notification(method: "n\(index)", params: ["text": .string(text)]))
        }
        try pipe.fileHandleForWriting.close()
        let events = try #require(collected.waitForClose())
        var methods = Set<String>()
        for event in events.dropLast() {
            guard case let .message(.notification(method, params)) = event else {
                Issue.record("unexpected \(describe(event))")
                continue
            }
            #expect(params?["text"]?.stringValue == text)
            methods.insert(method)
        }
        #expect(methods == Set((0..<64).map { "n\($0)" }))
    }

    @Test("Sending to a closed output fails quietly instead of killing the process")
    func brokenOutput() {
        let pipe = Pipe()
        try? pipe.fileHandleForReading.close()
        let connection = JSONRPCConnection(input: -1, output: pipe.fileHandleForWriting.fileDescriptor)
        #expect(connection.send(.notification(method: "a", params: nil)) == false)
        #expect(connection.send(.notification(method: "b", params: nil)) == false)
    }
}

private enum JSONRPCConnectionReader {
    static func start(_ descriptor: Int32, into log: EventLog) {
        let thread = Thread {
            JSONRPCConnection.readLoop(input: descriptor, maximumMessageSize: MessageFramer.defaultMaximumMessageSize) { log.append($0) }
        }
        thread.start()
    }
}
