import JSONRPC
import JSONSupport

/// Fuzz body (2): the JSON-RPC reader on an arbitrary byte stream — `MessageFramer` then
/// `Message.decode`, as the connection's reading thread runs them. Besides not trapping:
/// - the framing does not depend on how the stream was cut into reads;
/// - a small message limit never lets a larger body through;
/// - every message read, written back and read again, is the same message.
/// Returns a description of the first broken property, nil when all hold.
enum FramerFuzzBody {
    static func run(_ data: [UInt8]) -> String? {
        let whole = frame(data, cuts: [], maximumMessageSize: MessageFramer.defaultMaximumMessageSize)
        // Two cuts placed by the first bytes, so the fuzzer can move them.
        let first = data.isEmpty ? 0 : Int(data[0]) * data.count / 256
        let second = data.count < 2 ? 0 : first + Int(data[1]) * (data.count - first) / 256
        let pieces = frame(data, cuts: [first, second], maximumMessageSize: MessageFramer.defaultMaximumMessageSize)
        guard whole.results == pieces.results, whole.insideMessage == pieces.insideMessage else {
            return "cutting the stream at \(first) and \(second) changed the framing: \(whole) against \(pieces)"
        }
        let small = 64
        for case let .message(body) in frame(data, cuts: [first], maximumMessageSize: small).results where body.count > small {
            return "a \(body.count)-byte body passed a \(small)-byte limit"
        }
        for case let .message(body) in whole.results {
            guard case let .success(message) = Message.decode(body: body) else { continue }
            let written = JSONWriter().bytes(message.json)
            let again = Message.decode(body: written)
            guard again == .success(message) else {
                return "\(message) was written as \(String(decoding: written, as: UTF8.self)) and read back as \(again)"
            }
            // The frame the server would send reads back as exactly one message.
            var framer = MessageFramer()
            framer.append(JSONRPCConnection.frame(message))
            guard framer.next() == .message(written), framer.next() == .needMoreData else { return "the frame of \(message) does not read back" }
        }
        return nil
    }

    static func frame(_ data: [UInt8], cuts: [Int], maximumMessageSize: Int) -> (results: [FramingResult], insideMessage: Bool) {
        var framer = MessageFramer(maximumMessageSize: maximumMessageSize)
        var results: [FramingResult] = []
        var start = 0
        for cut in cuts.map({ min(max($0, 0), data.count) }) + [data.count] where cut >= start {
            framer.append(data[start..<cut])
            start = cut
            while true {
                let result = framer.next()
                if result == .needMoreData { break }
                results.append(result)
            }
        }
        return (results, framer.isInsideMessage)
    }
}
