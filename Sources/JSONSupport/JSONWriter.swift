/// Writes JSON text: compact for the wire, indented for people. Object keys keep their order
/// unless `sortedKeys` is asked for. Non-finite numbers, which JSON cannot hold, become `null`.
public struct JSONWriter {
    public var pretty: Bool
    public var sortedKeys: Bool

    public init(pretty: Bool = false, sortedKeys: Bool = false) {
        self.pretty = pretty
        self.sortedKeys = sortedKeys
    }

    public func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output, indent: 0)
        return output
    }

    public func bytes(_ value: JSONValue) -> [UInt8] { Array(string(value).utf8) }

    private func write(_ value: JSONValue, into output: inout String, indent: Int) {
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .int(number): output += String(number)
        case let .double(number): output += JSONWriter.format(number)
        case let .string(text): JSONWriter.writeString(text, into: &output)
        case let .array(items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (position, item) in items.enumerated() {
                if position > 0 { output += "," }
                newline(into: &output, indent: indent + 1)
                write(item, into: &output, indent: indent + 1)
            }
            newline(into: &output, indent: indent)
            output += "]"
        case let .object(object):
            guard !object.isEmpty else { output += "{}"; return }
            output += "{"
            let keys = sortedKeys ? object.keys.sorted() : object.keys
            for (position, key) in keys.enumerated() {
                if position > 0 { output += "," }
                newline(into: &output, indent: indent + 1)
                JSONWriter.writeString(key, into: &output)
                output += pretty ? ": " : ":"
                write(object[key] ?? .null, into: &output, indent: indent + 1)
            }
            newline(into: &output, indent: indent)
            output += "}"
        }
    }

    private func newline(into output: inout String, indent: Int) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    /// Shortest text that reads back as the same double; whole numbers keep a `.0` so they stay floats.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        return number.description
    }

    public static func writeString(_ text: String, into output: inout String) {
        output += "\""
        var needsEscaping = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscaping = true
            break
        }
        guard needsEscaping else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
