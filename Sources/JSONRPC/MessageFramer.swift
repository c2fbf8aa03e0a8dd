/// Splits a byte stream into message bodies using the `Content-Length` framing of LSP's base
/// protocol (`Content-Length: N\r\n` … `\r\n` then N bytes). It is incremental: feed it whatever
/// the last read returned and ask for the next result until it needs more data.
///
/// Bad input never stops the stream. After an error the framer *resynchronises*: it skips bytes
/// until the next `Content-Length` header, so one broken message costs one error and the next
/// well-formed message is read as usual. Sizes are checked before anything is allocated: a
/// declared length above `maximumMessageSize` (say 2^63) is an error, never a buffer of that size.
///
/// Leniencies, for clients that are nearly right: header lines may end in `\n` alone, header names
/// are case-insensitive, unknown headers (`Content-Type`) are ignored, and blank lines between
/// messages are skipped.
public struct MessageFramer: Sendable {
    public static let defaultMaximumMessageSize = 64 * 1024 * 1024
    /// The most header bytes read while looking for the blank line that ends a header.
    public static let maximumHeaderSize = 8 * 1024

    public let maximumMessageSize: Int
    private var buffer: [UInt8] = []
    /// Where unconsumed bytes start in `buffer`.
    private var start = 0
    private var state = State.header

    private enum State: Sendable {
        case header
        case body(length: Int)
        /// Skipping to the next `Content-Length` after an error.
        case resynchronising
    }

    public init(maximumMessageSize: Int = MessageFramer.defaultMaximumMessageSize) {
        self.maximumMessageSize = maximumMessageSize
    }

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Bytes received but not yet returned or skipped.
    public var bufferedByteCount: Int { buffer.count - start }

    /// True when the input ended inside a message (a header or body cut short), which is worth a
    /// log line but is otherwise a clean end.
    public var isInsideMessage: Bool {
        switch state {
        case .body: return true
        case .resynchronising: return false
        case .header: return buffer[start...].contains { $0 != 0x0D && $0 != 0x0A }
        }
    }

    /// The next message body, an error (after which reading goes on), or `.needMoreData`.
    public mutating func next() -> FramingResult {
        while true {
            switch state {
            case .resynchronising:
                guard resynchronise() else { return .needMoreData }
            case let .body(length):
                guard buffer.count - start >= length else { return .needMoreData }
                let body = Array(buffer[start..<(start + length)])
                consume(upTo: start + length)
                state = .header
                return .message(body)
            case .header:
                switch readHeader() {
                case .needMoreData: return .needMoreData
                case let .complete(length, end):
                    consume(upTo: end)
                    state = .body(length: length)
                case let .failed(error):
                    consume(upTo: start + 1)
                    state = .resynchronising
                    return .error(error)
                }
            }
        }
    }

    private enum HeaderOutcome {
        case needMoreData
        /// The body's length, and where the body starts.
        case complete(length: Int, end: Int)
        /// What went wrong. The search for the next header starts one byte in, not after the
        /// bad line: garbage without a line break glues itself to the next header's first line
        /// (`junkContent-Length: 2`), and that header must still be found.
        case failed(FramingError)
    }

    private mutating func readHeader() -> HeaderOutcome {
        // Blank lines between messages are noise, not errors.
        var cursor = start
        while cursor < buffer.count, buffer[cursor] == 0x0D || buffer[cursor] == 0x0A { cursor += 1 }
        consume(upTo: cursor)
        var lineStart = start
        var contentLength: Int?
        let limit = min(buffer.count, start + MessageFramer.maximumHeaderSize)
        while true {
            guard let newline = buffer[lineStart..<limit].firstIndex(of: 0x0A) else {
                if limit - start >= MessageFramer.maximumHeaderSize {
                    return .failed(FramingError(.headerTooLarge, "no end of header within \(MessageFramer.maximumHeaderSize) bytes"))
                }
                return .needMoreData
            }
            var lineEnd = newline
            if lineEnd > lineStart, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let next = newline + 1
            if lineEnd == lineStart {
                guard let contentLength else {
                    return .failed(FramingError(.missingContentLength, "header has no Content-Length"))
                }
                return .complete(length: contentLength, end: next)
            }
            switch HeaderLine.parse(buffer[lineStart..<lineEnd], maximumLength: maximumMessageSize) {
            case let .failure(error): return .failed(error)
            case let .success(length): if let length { contentLength = length }
            }
            lineStart = next
        }
    }

    /// Skips to the next `Content-Length`; true when one was found (reading resumes there).
    private mutating func resynchronise() -> Bool {
        let needle = HeaderLine.contentLengthName
        var index = start
        while index + needle.count <= buffer.count {
            if HeaderLine.matchesIgnoringCase(buffer, at: index, needle) {
                consume(upTo: index)
                state = .header
                return true
            }
            index += 1
        }
        // Keep a tail that may be the beginning of the name, cut by the read.
        consume(upTo: max(start, buffer.count - (needle.count - 1)))
        return false
    }

    private mutating func consume(upTo offset: Int) {
        start = offset
        // Drop consumed bytes once they are the larger part, so the buffer stays proportional
        // to what is pending and compaction costs amortised O(1) per byte.
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
        } else if start > 4096, start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }
}

/// What `MessageFramer.next()` found.
public enum FramingResult: Hashable, Sendable {
    case message([UInt8])
    case needMoreData
    case error(FramingError)
}

/// A framing problem. The message says what was wrong in the client's terms.
public struct FramingError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case malformedHeader
        case missingContentLength
        case invalidContentLength
        case messageTooLarge
        case headerTooLarge
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// One `Name: value` header line.
enum HeaderLine {
    static let contentLengthName = Array("content-length".utf8)

    /// The declared length for a `Content-Length` line, nil for any other well-formed header.
    static func parse(_ line: ArraySlice<UInt8>, maximumLength: Int) -> Result<Int?, FramingError> {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
            return .failure(FramingError(.malformedHeader, "header line \"\(printable(line))\" is not 'Name: value'"))
        }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenCharacter) else {
            return .failure(FramingError(.malformedHeader, "header line \"\(printable(line))\" has no valid name"))
        }
        guard name.count == contentLengthName.count, matchesIgnoringCase(Array(name), at: 0, contentLengthName) else {
            return .success(nil)
        }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard !value.isEmpty, value.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return .failure(FramingError(.invalidContentLength, "Content-Length \"\(printable(value))\" is not a number of bytes"))
        }
        // Accumulate with a ceiling instead of converting: 2^63 and beyond must not overflow.
        var length = 0
        for digit in value {
            length = length * 10 + Int(digit - UInt8(ascii: "0"))
            if length > maximumLength {
                return .failure(FramingError(.messageTooLarge, "Content-Length \(printable(value)) is over the limit of \(maximumLength) bytes"))
            }
        }
        return .success(length)
    }

    /// RFC 7230 `tchar`: letters, digits and ``!#$%&'*+-.^_`|~``.
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    static func matchesIgnoringCase(_ bytes: [UInt8], at index: Int, _ lowercased: [UInt8]) -> Bool {
        for offset in 0..<lowercased.count {
            var byte = bytes[index + offset]
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != lowercased[offset] { return false }
        }
        return true
    }

    /// A header fragment for an error message: at most 60 characters, invalid UTF-8 replaced.
    static func printable(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes.prefix(60), as: UTF8.self)
        return bytes.count > 60 ? text + "…" : text
    }
}
