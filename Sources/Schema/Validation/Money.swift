import Foundation

/// How often an amount is spent, when it is a rate rather than a sum: `£3.5m a year`,
/// `£450 a week`, `£22 an hour`.
public enum MoneyPeriod: String, Sendable, Hashable, CaseIterable {
    case year
    case week
    case hour

    /// `a year`, `a week`, `an hour`: how the normalised amount says it.
    public var phrase: String {
        switch self {
        case .year: "a year"
        case .week: "a week"
        case .hour: "an hour"
        }
    }

    /// The words councils write after an amount, lower case, spaces single.
    static let words: [String: MoneyPeriod] = [
        "a year": .year, "per year": .year, "per annum": .year, "pa": .year, "p.a.": .year,
        "a week": .week, "per week": .week,
        "an hour": .hour, "per hour": .hour,
    ]
}

/// An amount of money as commissioners write it: `£1m`, `£1.5m`, `£250k`, `£250,000`, `£1/4m`
/// (001 Table 2.4 writes £1m and £1/4m), `£184 million`, `£2bn`, or a plain number; optionally
/// followed by how often it is spent (`a year`, `per year`, `per annum`, `pa`, `p.a.`, `a week`,
/// `per week`, `an hour`, `per hour`), as published council strategies write it. The `£` is
/// optional; `k`, `m` and `bn` are lower case and written straight after the number (`£1M` and
/// `£1 m` are not read: `M` means a thousand in some accounts), while `million` and `billion` are
/// words after a space. A fraction needs its multiplier: nobody writes £1/4 for 25p. Negative
/// amounts are not money. Used by the `money` format, the overcommitment rule and hover.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in pounds.
    public let pounds: Double
    /// Nil for a sum; otherwise the amount is spent this often.
    public let period: MoneyPeriod?

    public init?(pounds: Double, period: MoneyPeriod? = nil) {
        guard pounds.isFinite, pounds >= 0 else { return nil }
        self.pounds = pounds
        self.period = period
    }

    public init?(_ text: String) {
        var scanner = MoneyScanner(text)
        guard let (pounds, period) = scanner.amount() else { return nil }
        self.init(pounds: pounds, period: period)
    }

    /// A document value: a string in one of the forms above, or a number.
    public init?<Instance: SchemaInstance>(instance: Instance) {
        switch instance.instanceType {
        case .string: self.init(instance.textValue)
        case .integer, .number: self.init(pounds: instance.numberValue.doubleValue)
        default: return nil
        }
    }

    /// Amounts compare by pounds alone; whether two amounts are alike (both sums, both yearly) is
    /// for the caller to decide.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pounds < rhs.pounds }

    /// The normalised amount and its period: `£3,500,000 a year`, `£1,500,000`.
    public var description: String {
        period.map { amount + " " + $0.phrase } ?? amount
    }

    /// The amount alone: `£1,500,000`, or `£250,000.50` when there are pence.
    public var amount: String {
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

    mutating func amount() -> (pounds: Double, period: MoneyPeriod?)? {
        skipSpaces()
        if startsWith("£") { index += "£".utf8.count }
        guard let number = number() else { return nil }
        var value = number.value
        var multiplier = self.multiplier()
        if multiplier == nil { multiplier = wordMultiplier() }
        if skip("/") {
            guard multiplier == nil, !number.hasFraction, let denominator = digits(), denominator.value > 0 else { return nil }
            multiplier = self.multiplier() ?? wordMultiplier()
            guard let multiplier else { return nil }
            value = value / denominator.value * multiplier
        } else {
            value *= multiplier ?? 1
        }
        let period = self.period()
        guard case let .some(period) = period else { return nil }
        return (value, period)
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

    /// `k`, `m` or `bn` straight after the number, not followed by another letter (`£4mpa`).
    private mutating func multiplier() -> Double? {
        guard index < bytes.count else { return nil }
        let found: (length: Int, value: Double)
        switch bytes[index] {
        case UInt8(ascii: "k"): found = (1, 1e3)
        case UInt8(ascii: "m"): found = (1, 1e6)
        case UInt8(ascii: "b") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "n"): found = (2, 1e9)
        default: return nil
        }
        guard !isLetter(at: index + found.length) else { return nil }
        index += found.length
        return found.value
    }

    /// ` million` or ` billion` after a space, as a word.
    private mutating func wordMultiplier() -> Double? {
        let start = index
        guard skipSpaces() > 0 else { return nil }
        for (word, value) in [("million", 1e6), ("billion", 1e9)] where startsWith(word) && !isLetter(at: index + word.utf8.count) {
            index += word.utf8.count
            return value
        }
        index = start
        return nil
    }

    /// What follows the amount: nothing (`.some(nil)`), a period after a space (`.some(.year)`), or
    /// anything else (`nil`: not money).
    private mutating func period() -> MoneyPeriod?? {
        let spaces = skipSpaces()
        guard index < bytes.count else { return .some(nil) }
        guard spaces > 0 else { return nil }
        let rest = String(decoding: bytes[index...], as: UTF8.self)
        let words = rest.lowercased().split(separator: " ").joined(separator: " ")
        guard let period = MoneyPeriod.words[words] else { return nil }
        return .some(period)
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

    private func isLetter(at position: Int) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position] | 0x20
        return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    private func isDigitRun(at start: Int, count: Int) -> Bool {
        guard start + count <= bytes.count else { return false }
        return bytes[start..<start + count].allSatisfy(isDigit)
    }

    private mutating func skip(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    @discardableResult
    private mutating func skipSpaces() -> Int {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index - start
    }

    private func startsWith(_ word: String) -> Bool {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count else { return false }
        return bytes[index..<index + expected.count].elementsEqual(expected)
    }
}
