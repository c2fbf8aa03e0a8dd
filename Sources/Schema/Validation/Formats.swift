import Foundation

/// The formats this validator asserts (`date`, `year-month`, `financial-year`, `money`); any other `format` is an
/// annotation only, as draft 2020-12 specifies by default.
public enum Formats {
    static func accepts<Instance: SchemaInstance>(_ format: AssertedFormat, _ instance: Instance, _ type: InstanceType) -> Bool {
        switch (format, type) {
        case (.date, .string): return isDate(instance.textValue)
        case (.yearMonth, .string): return isYearMonth(instance.textValue)
        case (.financialYear, .string): return financialYearStart(instance.textValue) != nil
        case (.money, .string): return Money(instance.textValue) != nil
        case (.money, .integer), (.money, .number):
            let amount = instance.numberValue.doubleValue
            return amount.isFinite && amount >= 0
        default:
            // Formats apply to their own type only: a number is not an invalid date.
            return true
        }
    }

    /// An RFC 3339 `full-date` that exists in the calendar: `2028-02-29` yes, `2026-02-29` no.
    public static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2),
              (1...12).contains(month) else { return false }
        return day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// `YYYY-MM` with a month from 01 to 12.
    public static func isYearMonth(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), digits(bytes, 0, 4) != nil, let month = digits(bytes, 5, 2) else { return false }
        return (1...12).contains(month)
    }

    /// A UK public-sector financial year, 1 April to 31 March, as councils write it: `2028/29`,
    /// `2028-29`, `2028/2029` or `2028-2029`; the second year must follow the first. Returns the
    /// year it starts in (2028), or nil.
    public static func financialYearStart(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 7 || bytes.count == 9, bytes[4] == UInt8(ascii: "/") || bytes[4] == UInt8(ascii: "-"),
              let start = digits(bytes, 0, 4), let end = digits(bytes, 5, bytes.count - 5) else { return nil }
        let expected = bytes.count == 7 ? (start + 1) % 100 : start + 1
        return end == expected ? start : nil
    }

    /// The first and last day, as YYYY-MM-DD (which compare as text), that a date, a month or a
    /// financial year covers: `2028/29` → 2028-04-01 … 2029-03-31. A month's last day is written
    /// `-31` whatever its length: it is only compared, never shown. `2011-12` reads as a month,
    /// as the `month-or-date` schema accepts it as one first. Nil for anything else.
    public static func daysCovered(by text: String) -> (first: String, last: String)? {
        if isDate(text) { return (text, text) }
        if isYearMonth(text) { return (text + "-01", text + "-31") }
        if let year = financialYearStart(text) { return (String(year) + "-04-01", String(year + 1) + "-03-31") }
        return nil
    }

    /// The day a period's `from` (its first day) or `to` (its last) stands for: a date, or a
    /// financial year — `from: 2025/26` is 1 April 2025, `to: 2028/29` is 31 March 2029. Months
    /// are not bounds, so `2011-12` is the financial year. Nil for anything else.
    public static func periodDay(_ text: String, isEnd: Bool) -> String? {
        if isDate(text) { return text }
        guard let year = financialYearStart(text) else { return nil }
        return isEnd ? String(year + 1) + "-03-31" : String(year) + "-04-01"
    }

    /// `1 April 2028 – 31 March 2029` for the financial year starting in 2028.
    public static func financialYearMonths(startingIn year: Int) -> String {
        "1 April \(year) – 31 March \(year + 1)"
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ASCII digits only: `২` is a digit to Unicode but not in a date.
    private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// ECMA-262 `pattern` semantics: a match anywhere in the text, not necessarily all of it.
    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
