/// The YAML 1.2 core schema (spec §10.3.2): how a plain scalar's text becomes null, a boolean,
/// an integer, a float or a string. Only plain scalars are resolved; quoted and block scalars
/// are always strings.
///
/// | text | value |
/// |---|---|
/// | empty, `null`, `Null`, `NULL`, `~` | null |
/// | `true` `True` `TRUE` / `false` `False` `FALSE` | boolean |
/// | `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+` | integer |
/// | `[-+]?(\.[0-9]+ \| [0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` | float |
/// | `[-+]?(\.inf \| \.Inf \| \.INF)`, `.nan` `.NaN` `.NAN` | float (infinite, not a number) |
/// | anything else (`yes`, `on`, `2026-04-01`, `1_000`) | string |
enum CoreSchema {
    enum Resolution: Equatable {
        /// Not null, a boolean or a number: the text is the value.
        case string
        case value(ScalarValue)
        /// An integer beyond 64 bits, with its nearest double.
        case integerOutOfRange(Double)
    }

    static func resolve(_ text: UnsafeBufferPointer<UInt8>) -> Resolution {
        let count = text.count
        guard count > 0 else { return .value(.null) }
        let first = text[0]
        // Most scalars are words: decide those from the first byte without further work.
        switch first {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return resolveNumber(text)
        case UInt8(ascii: "~"):
            return count == 1 ? .value(.null) : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return matches(text, "null", "Null", "NULL") ? .value(.null) : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return matches(text, "true", "True", "TRUE") ? .value(.bool(true)) : .string
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return matches(text, "false", "False", "FALSE") ? .value(.bool(false)) : .string
        default:
            return .string
        }
    }


    private static func matches(_ text: UnsafeBufferPointer<UInt8>, _ candidates: StaticString...) -> Bool {
        candidates.contains { candidate in
            candidate.utf8CodeUnitCount == text.count
                && zip(UnsafeBufferPointer(start: candidate.utf8Start, count: candidate.utf8CodeUnitCount), text).allSatisfy { $0 == $1 }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func resolveNumber(_ text: UnsafeBufferPointer<UInt8>) -> Resolution {
        let count = text.count
        // 0o… and 0x… carry no sign in the core schema.
        if count > 2, text[0] == UInt8(ascii: "0"), text[1] == UInt8(ascii: "o") || text[1] == UInt8(ascii: "x") {
            let radix = text[1] == UInt8(ascii: "o") ? 8 : 16
            var value = 0
            var overflow = false
            for byte in text[2...] {
                guard let digit = digitValue(byte), digit < radix else { return .string }
                let (shifted, overflowA) = value.multipliedReportingOverflow(by: radix)
                let (sum, overflowB) = shifted.addingReportingOverflow(digit)
                overflow = overflow || overflowA || overflowB
                value = sum
            }
            if overflow {
                var approximation = 0.0
                for byte in text[2...] { approximation = approximation * Double(radix) + Double(digitValue(byte) ?? 0) }
                return .integerOutOfRange(approximation)
            }
            return .value(.int(value))
        }
        var index = 0
        var negative = false
        if text[0] == UInt8(ascii: "+") || text[0] == UInt8(ascii: "-") {
            negative = text[0] == UInt8(ascii: "-")
            index = 1
        }
        guard index < count else { return .string }
        // Special floats.
        if text[index] == UInt8(ascii: "."), count - index == 4 {
            let rest = UnsafeBufferPointer(rebasing: text[index...])
            if matches(rest, ".inf", ".Inf", ".INF") { return .value(.float(negative ? -.infinity : .infinity)) }
            if index == 0, matches(rest, ".nan", ".NaN", ".NAN") { return .value(.float(.nan)) }
        }
        let integerStart = index
        while index < count, isDigit(text[index]) { index += 1 }
        let integerDigits = index - integerStart
        if index == count {
            guard integerDigits > 0 else { return .string }
            return integer(text, negative: negative, digitsFrom: integerStart)
        }
        var fractionDigits = 0
        if text[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, isDigit(text[index]) {
                index += 1
                fractionDigits += 1
            }
            // `.5` and `1.` are floats; `.` alone is not.
            guard integerDigits > 0 || fractionDigits > 0 else { return .string }
        } else if integerDigits == 0 {
            return .string
        }
        if index < count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index += 1
            if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            let exponentStart = index
            while index < count, isDigit(text[index]) { index += 1 }
            guard index > exponentStart else { return .string }
        }
        guard index == count else { return .string }
        // Swift's Double parser rejects "1." and "1.e5"; hand it "1.0" and "1.0e5".
        var normalised: [UInt8] = []
        normalised.reserveCapacity(count + 2)
        for (offset, byte) in text.enumerated() {
            if offset == 0, byte == UInt8(ascii: "+") { continue }
            if byte == UInt8(ascii: "."), offset == 0 || !isDigit(text[offset - 1]) { normalised.append(UInt8(ascii: "0")) }
            normalised.append(byte)
            if byte == UInt8(ascii: "."), offset + 1 == count || !isDigit(text[offset + 1]) { normalised.append(UInt8(ascii: "0")) }
        }
        return .value(.float(Double(String(decoding: normalised, as: UTF8.self)) ?? .nan))
    }

    private static func integer(_ text: UnsafeBufferPointer<UInt8>, negative: Bool, digitsFrom start: Int) -> Resolution {
        var value = 0
        var overflow = false
        for byte in text[start...] {
            let digit = Int(byte - UInt8(ascii: "0"))
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            // Accumulate negatively so that Int.min is representable.
            let (sum, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            overflow = overflow || overflowA || overflowB
            value = sum
        }
        if overflow {
            let digits = String(decoding: UnsafeBufferPointer(rebasing: text[start...]), as: UTF8.self)
            let magnitude = Double(digits) ?? .infinity
            return .integerOutOfRange(negative ? -magnitude : magnitude)
        }
        return .value(.int(value))
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
