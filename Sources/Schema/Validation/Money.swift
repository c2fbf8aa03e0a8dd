import Foundation

/// An amount of money as commissioners write it: `£1m`, `£1.5m`, `£250k`, `£250,000`, `£1/4m`
/// (001 Table 2.4 writes £1m and £1/4m), or a plain number. The `£` is optional; the multipliers
/// are `k`, `m` and `bn`, lower case and written straight after the number, as the schemas' money
/// pattern has them, so that a generic YAML tool and this one accept the same amounts (a fraction
/// needs its multiplier: nobody writes £1/4 for 25p). Negative amounts are not money. Used by the
/// `money` format, the overcommitment rule and hover.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in pounds.
    public let pounds: Double

    public init?(pounds: Double) {
        guard pounds.isFinite, pounds >= 0 else { return nil }
        self.pounds = pounds
    }

    public init?(_ text: String) {
        var scanner = MoneyScanner(text)
        guard let pounds = scanner.amount() else { return nil }
        self.init(pounds: pounds)
    }

    /// A document value: a string in one of the forms above, or a number.
    public init?<Instance: SchemaInstance>(instance: Instance) {
        switch instance.instanceType {
        case .string: self.init(instance.textValue)
        case .integer, .number: self.init(pounds: instance.numberValue.doubleValue)
        default: return nil
        }
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pounds < rhs.pounds }

    /// The normalised amount: `£1,500,000`, or `£250,000.50` when there are pence.
    public var description: String {
        let pence = (pounds * 100).rounded()
        guard pence < 9e17 else { return "£\(pounds)" }
        let whole = Int(pence) / 100
        let remainder = Int(pence) % 100
        var digits = Array(String(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        if remainder != 0 { grouped += "." + (remainder < 10 ? "0" : "") + String(remainder) }
        return "£" + grouped
    }
}

/// Reads the forms `Money` accepts, byte by byte.
private struct MoneyScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func amount() -> Double? {
        skipSpaces()
        if startsWith("£") { index += "£".utf8.count }
        guard let number = number() else { return nil }
        var value = number.value
        if skip("/") {
            guard !number.hasFraction, let denominator = digits(), denominator.value > 0, let multiplier = multiplier() else { return nil }
            value = value / denominator.value * multiplier
        } else {
            value *= multiplier() ?? 1
        }
        skipSpaces()
        return index == bytes.count ? value : nil
    }

    /// `250`, `250,000`, `1.5`, `250,000.50`: commas only between groups of three digits.
    private mutating func number() -> (value: Double, hasFraction: Bool)? {
        guard let first = digits() else { return nil }
        var value = first.value
        if first.count <= 3 {
            while index < bytes.count, bytes[index] == UInt8(ascii: ","), isDigitRun(at: index + 1, count: 3) {
                index += 1
                guard let group = digits(), group.count == 3 else { return nil }
                value = value * 1000 + group.value
            }
        }
        guard skip(".") else { return (value, false) }
        guard let fraction = digits() else { return nil }
        return (value + fraction.value / pow(10, Double(fraction.count)), true)
    }

    private mutating func multiplier() -> Double? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "k"): index += 1; return 1e3
        case UInt8(ascii: "m"): index += 1; return 1e6
        case UInt8(ascii: "b") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "n"): index += 2; return 1e9
        default: return nil
        }
    }

    /// A run of ASCII digits: its value and how many digits it has.
    private mutating func digits() -> (value: Double, count: Int)? {
        let start = index
        var value = 0.0
        while index < bytes.count, isDigit(bytes[index]) {
            value = value * 10 + Double(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return index > start ? (value, index - start) : nil
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func isDigitRun(at start: Int, count: Int) -> Bool {
        guard start + count <= bytes.count else { return false }
        return bytes[start..<start + count].allSatisfy(isDigit)
    }

    private mutating func skip(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }

    private func startsWith(_ word: String) -> Bool {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count else { return false }
        return bytes[index..<index + expected.count].elementsEqual(expected)
    }
}
