import JSONRPC
import JSONSupport
import Testing

private func decode(_ text: String) -> Result<Message, MessageDecodingError> { Message.decode(body: Array(text.utf8)) }

@Suite("JSON-RPC messages")
struct MessageTests {
    @Test("Requests, notifications and responses are told apart")
    func kinds() throws {
        #expect(try decode(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"a":1}}"#).get() == .request(id: .int(1), method: "initialize", params: ["a": 1]))
        #expect(try decode(#"{"jsonrpc":"2.0","id":"x","method":"shutdown"}"#).get() == .request(id: .string("x"), method: "shutdown", params: nil))
        #expect(try decode(#"{"jsonrpc":"2.0","method":"exit"}"#).get() == .notification(method: "exit", params: nil))
        #expect(try decode(#"{"jsonrpc":"2.0","method":"exit","params":null}"#).get() == .notification(method: "exit", params: nil))
        #expect(try decode(#"{"jsonrpc":"2.0","id":7,"result":null}"#).get() == .response(id: .int(7), result: .null))
        #expect(
            try decode(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad"}}"#).get()
                == .errorResponse(id: nil, error: ResponseError(code: -32700, message: "bad")))
    }

    @Test("Integer and string ids are different ids")
    func idKinds() {
        #expect(RequestID.int(1) != RequestID.string("1"))
        #expect(RequestID(json: 1) == .int(1))
        #expect(RequestID(json: "1") == .string("1"))
        #expect(RequestID(json: 1.5) == nil)
        #expect(RequestID(json: .null) == nil)
    }

    @Test("Encoding then decoding gives the message back")
    func roundTrip() throws {
        let messages: [Message] = [
            .request(id: .int(3), method: "textDocument/hover", params: ["textDocument": ["uri": "file:///a"]]),
            .request(id: .string("s-1"), method: "workspace/diagnostic/refresh", params: nil),
            .notification(method: "textDocument/didOpen", params: ["text": "£’–😀\n\"quoted\"\\"]),
            .response(id: .int(3), result: ["contents": ["kind": "markdown", "value": "x"]]),
            .errorResponse(id: .int(4), error: ResponseError(code: -32602, message: "bad", data: ["field": "uri"])),
            .errorResponse(id: nil, error: .parseError("broken")),
        ]
        for message in messages {
            let body = JSONWriter().bytes(message.json)
            #expect(try Message.decode(body: body).get() == message)
        }
    }

    @Test("Bodies that are not JSON are parse errors")
    func parseErrors() {
        for body in ["", "{", "{bad}", "[1,]", "{\"jsonrpc\":\"2.0\",\"method\":\"x\"} trailing", "nul"] {
            guard case let .failure(failure) = decode(body) else {
                Issue.record("\(body) decoded")
                continue
            }
            #expect(failure.error.code == ErrorCode.parseError, "\(body)")
            #expect(failure.id == nil)
        }
    }

    @Test("Invalid UTF-8 is a parse error")
    func invalidUTF8() {
        let prefix = Array(#"{"jsonrpc":"2.0","id":1,"method":"a"#.utf8)
        for bad: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]] {
            let body = prefix + bad + Array(#""}"#.utf8)
            guard case let .failure(failure) = Message.decode(body: body) else {
                Issue.record("\(bad) decoded")
                continue
            }
            #expect(failure.error.code == ErrorCode.parseError)
        }
    }

    @Test("JSON that is not a message is an invalid request, addressed to its id when it has one")
    func invalidRequests() {
        let cases: [(String, RequestID?)] = [
            ("[]", nil),
            (#"[{"jsonrpc":"2.0","id":1,"method":"a"}]"#, nil),
            ("42", nil),
            (#"{"id":1,"method":"a"}"#, .int(1)),
            (#"{"jsonrpc":"1.0","id":"k","method":"a"}"#, .string("k")),
            (#"{"jsonrpc":"2.0","id":1,"method":5}"#, .int(1)),
            (#"{"jsonrpc":"2.0","id":1,"method":"a","params":3}"#, .int(1)),
            (#"{"jsonrpc":"2.0","id":1,"method":"a","params":"x"}"#, .int(1)),
            (#"{"jsonrpc":"2.0","id":1.5,"method":"a"}"#, nil),
            (#"{"jsonrpc":"2.0","id":{},"method":"a"}"#, nil),
            (#"{"jsonrpc":"2.0","id":null,"method":"a"}"#, nil),
            (#"{"jsonrpc":"2.0","id":2}"#, .int(2)),
            (#"{"jsonrpc":"2.0"}"#, nil),
        ]
        for (body, id) in cases {
            guard case let .failure(failure) = decode(body) else {
                Issue.record("\(body) decoded")
                continue
            }
            #expect(failure.error.code == ErrorCode.invalidRequest, "\(body)")
            #expect(failure.id == id, "\(body)")
        }
    }

    @Test("A frame is a Content-Length header in bytes and the compact JSON")
    func framing() {
        let frame = JSONRPCConnection.frame(.notification(method: "m", params: ["t": "£"]))
        let text = String(decoding: frame, as: UTF8.self)
        let body = #"{"jsonrpc":"2.0","method":"m","params":{"t":"£"}}"#
        // 50 bytes: 49 characters, one of which (£) takes two bytes.
        #expect(body.count == 49)
        #expect(text == "Content-Length: 50\r\n\r\n" + body)
    }
}
