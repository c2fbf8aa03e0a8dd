import JSONRPC
import Testing
import TestSupport

/// Runs the framer over `chunks` (each one read) and lists what it produced: message bodies as
/// text, errors as their kind.
private func frame(_ chunks: [String], maximumMessageSize: Int = MessageFramer.defaultMaximumMessageSize) -> [Framed] {
    frameBytes(chunks.map { Array($0.utf8) }, maximumMessageSize: maximumMessageSize)
}

private func frameBytes(_ chunks: [[UInt8]], maximumMessageSize: Int = MessageFramer.defaultMaximumMessageSize) -> [Framed] {
    var framer = MessageFramer(maximumMessageSize: maximumMessageSize)
    var output: [Framed] = []
    for chunk in chunks {
        framer.append(chunk)
        loop: while true {
            switch framer.next() {
            case .needMoreData: break loop
            case let .message(body): output.append(.body(String(decoding: body, as: UTF8.self)))
            case let .error(error): output.append(.error(error.kind))
            }
        }
    }
    return output
}

private enum Framed: Equatable, CustomStringConvertible {
    case body(String)
    case error(FramingError.Kind)

    var description: String {
        switch self {
        case let .body(text): "body(\(text))"
        case let .error(kind): "error(\(kind))"
        }
    }
}

private func message(_ body: String) -> String { "Content-Length: \(body.utf8.count)\r\n\r\n\(body)" }

private struct FramingCase: CustomTestStringConvertible, Sendable {
    let name: String
    let chunks: [String]
    let expected: [Framed]
    var maximumMessageSize = MessageFramer.defaultMaximumMessageSize
    var testDescription: String { name }
}

private let cases: [FramingCase] = [
    FramingCase(name: "one message", chunks: [message("{}")], expected: [.body("{}")]),
    FramingCase(name: "empty input", chunks: [""], expected: []),
    FramingCase(name: "partial header", chunks: ["Content-Len", "gth: 2\r", "\n\r\n{}"], expected: [.body("{}")]),
    FramingCase(name: "partial body", chunks: ["Content-Length: 7\r\n\r\n{\"a\"", ":1}"], expected: [.body("{\"a\":1}")]),
    FramingCase(name: "header cut before the blank line", chunks: ["Content-Length: 2\r\n", "\r\n", "{}"], expected: [.body("{}")]),
    FramingCase(name: "two messages in one read", chunks: [message("[1]") + message("[2]")], expected: [.body("[1]"), .body("[2]")]),
    FramingCase(
        name: "a message and a half, then the rest", chunks: [message("[1]") + "Content-Length: 3\r\n\r\n[", "2]"],
        expected: [.body("[1]"), .body("[2]")]),
    FramingCase(
        name: "multi-byte characters count in bytes", chunks: [message("\"£’–😀\"")], expected: [.body("\"£’–😀\"")]),
    FramingCase(
        name: "Content-Type and other headers are ignored",
        chunks: ["Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\nX-Other: 1\r\n\r\n{}"],
        expected: [.body("{}")]),
    FramingCase(name: "header name in any case", chunks: ["content-length: 2\r\n\r\n{}"], expected: [.body("{}")]),
    FramingCase(name: "lines ending in LF alone", chunks: ["Content-Length: 2\n\n{}"], expected: [.body("{}")]),
    FramingCase(name: "spaces around the value", chunks: ["Content-Length:   2  \r\n\r\n{}"], expected: [.body("{}")]),
    FramingCase(name: "blank lines between messages", chunks: [message("[1]") + "\r\n\r\n" + message("[2]")], expected: [.body("[1]"), .body("[2]")]),
    FramingCase(name: "zero length", chunks: ["Content-Length: 0\r\n\r\n" + message("[1]")], expected: [.body(""), .body("[1]")]),
    FramingCase(
        name: "missing Content-Length, then a good message",
        chunks: ["Content-Type: text/plain\r\n\r\n{}" + message("[1]")], expected: [.error(.missingContentLength), .body("[1]")]),
    FramingCase(
        name: "non-numeric Content-Length", chunks: ["Content-Length: two\r\n\r\n{}" + message("[1]")],
        expected: [.error(.invalidContentLength), .body("[1]")]),
    FramingCase(
        name: "negative Content-Length", chunks: ["Content-Length: -2\r\n\r\n{}" + message("[1]")],
        expected: [.error(.invalidContentLength), .body("[1]")]),
    FramingCase(
        name: "empty Content-Length", chunks: ["Content-Length: \r\n\r\n{}" + message("[1]")],
        expected: [.error(.invalidContentLength), .body("[1]")]),
    FramingCase(
        name: "Content-Length of 2^63", chunks: ["Content-Length: 9223372036854775808\r\n\r\n{\"jsonrpc\":\"2.0\"}" + message("[1]")],
        expected: [.error(.messageTooLarge), .body("[1]")]),
    FramingCase(
        name: "Content-Length of 40 digits", chunks: ["Content-Length: 9999999999999999999999999999999999999999\r\n\r\n" + message("[1]")],
        expected: [.error(.messageTooLarge), .body("[1]")]),
    FramingCase(
        name: "Content-Length over the configured limit", chunks: ["Content-Length: 11\r\n\r\n01234567890" + message("[1]")],
        expected: [.error(.messageTooLarge), .body("[1]")], maximumMessageSize: 10),
    FramingCase(
        name: "Content-Length at the configured limit", chunks: [message("0123456789")], expected: [.body("0123456789")],
        maximumMessageSize: 10),
    FramingCase(
        name: "garbage before a header", chunks: ["hello world\r\n" + message("[1]")], expected: [.error(.malformedHeader), .body("[1]")]),
    FramingCase(
        name: "garbage on the header's first line", chunks: ["}garbage" + message("[1]")],
        expected: [.error(.malformedHeader), .body("[1]")]),
    FramingCase(
        name: "a body shorter than declared swallows the next header, which is resynchronised on",
        chunks: ["Content-Length: 5\r\n\r\n{\"jsonrpc\":1}" + message("[1]")],
        expected: [.body("{\"jso"), .error(.malformedHeader), .body("[1]")]),
    FramingCase(
        name: "resynchronising across reads", chunks: ["Content-Length: x\r\n\r\nxxxxxContent-Le", "ngth: 3\r\n\r\n[1]"],
        expected: [.error(.invalidContentLength), .body("[1]")]),
    FramingCase(
        name: "garbage glued to the next header's first line", chunks: ["xyz" + message("[1]")],
        expected: [.error(.missingContentLength), .body("[1]")]),
    FramingCase(
        name: "a header without a name", chunks: [": 2\r\n\r\n{}" + message("[1]")], expected: [.error(.malformedHeader), .body("[1]")]),
]

@Suite("Content-Length framing")
struct MessageFramerTests {
    @Test(arguments: cases)
    fileprivate func framing(_ testCase: FramingCase) {
        #expect(frame(testCase.chunks, maximumMessageSize: testCase.maximumMessageSize) == testCase.expected)
    }

    @Test("Reading a byte at a time gives the same messages as one read")
    func byteAtATime() {
        let stream = message("{\"a\":\"£\"}") + "Content-Length: x\r\n\r\n" + message("[1]") + message("[2]")
        let whole = frame([stream])
        let bytes = Array(stream.utf8).map { [$0] }
        #expect(frameBytes(bytes) == whole)
        #expect(whole == [.body("{\"a\":\"£\"}"), .error(.invalidContentLength), .body("[1]"), .body("[2]")])
    }

    @Test("A header with no end is an error after the header limit, and reading goes on")
    func endlessHeader() {
        let endless = String(repeating: "a", count: MessageFramer.maximumHeaderSize + 10)
        #expect(frame([endless, message("[1]")]) == [.error(.headerTooLarge), .body("[1]")])
    }

    @Test("A huge declared length allocates nothing and discards what follows until a header")
    func hugeLengthDoesNotBuffer() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: 9223372036854775807\r\n\r\n".utf8))
        guard case .error(let error) = framer.next() else {
            Issue.record("expected an error")
            return
        }
        #expect(error.kind == .messageTooLarge)
        // A megabyte of body that will never be complete: it is skipped, not kept.
        framer.append([UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20))
        #expect(framer.next() == .needMoreData)
        #expect(framer.bufferedByteCount < 64)
    }

    @Test("The end of input inside a message is noticed")
    func endInsideMessage() {
        var framer = MessageFramer()
        #expect(!framer.isInsideMessage)
        framer.append(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8))
        #expect(framer.next() == .needMoreData)
        #expect(framer.isInsideMessage)

        var headerOnly = MessageFramer()
        headerOnly.append(Array("Content-Len".utf8))
        #expect(headerOnly.next() == .needMoreData)
        #expect(headerOnly.isInsideMessage)

        var complete = MessageFramer()
        complete.append(Array(message("{}").utf8))
        #expect(complete.next() == .message(Array("{}".utf8)))
        #expect(complete.next() == .needMoreData)
        #expect(!complete.isInsideMessage)
    }

    @Test("Random bytes never trap and never stop a later good message from being read")
    func randomInput() {
        var generator = SeededRandom(seed: 6)
        for round in 0..<300 {
            let length = Int(generator.next() % 600)
            // Random bytes, without the letters that could spell a header name by chance.
            var noise = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            noise = noise.map { Array("contentlgCONTENTLG".utf8).contains($0) ? UInt8(ascii: "?") : $0 }
            let good = Array(message("[\(round)]").utf8)
            let splitAt = Int(generator.next() % UInt64(noise.count + good.count + 1))
            let stream = noise + good
            let produced = frameBytes([Array(stream[0..<splitAt]), Array(stream[splitAt...])])
            #expect(produced.last == .body("[\(round)]"), "round \(round): \(produced)")
        }
    }
}
