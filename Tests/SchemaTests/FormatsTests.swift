import Schema
import Testing

/// The formats the validator asserts: money (SPEC 5.1 `money/invalid`), dates and months.
@Suite struct FormatsTests {
    @Test(arguments: [
        ("£1m", 1_000_000.0), ("£1.5m", 1_500_000), ("£250k", 250_000), ("£250,000", 250_000),
        ("£1/4m", 250_000), ("250000", 250_000), ("1.5", 1.5), ("£0", 0), ("£2bn", 2_000_000_000),
        ("£1,234,567.89", 1_234_567.89), ("£3/4k", 750), ("12k", 12_000),
    ])
    func acceptedAmounts(text: String, pounds: Double) throws {
        let money = try #require(Money(text), "\(text) should be money")
        #expect(abs(money.pounds - pounds) < 0.001, "\(text) read as \(money.pounds)")
    }

    @Test(arguments: [
        "", "£", "m", "£1.2.3m", "£-5", "-5", "£1,00", "£1,0000", "£12,34,567", "£1/0m", "£1 m", "£1M",
        "1.5 million", "£1m pa", "about £1m", "£1,5m", "£.5m", "£1.m", "£1/4", "GBP 100", "£1/4/2m",
    ])
    func rejectedAmounts(text: String) {
        #expect(Money(text) == nil, "\(text) should not be money")
    }

    @Test func amountsAreNormalised() throws {
        #expect(try #require(Money("£1/4m")).description == "£250,000")
        #expect(try #require(Money("£1.5m")).description == "£1,500,000")
        #expect(try #require(Money("£999")).description == "£999")
        #expect(try #require(Money("1234.5")).description == "£1,234.50")
        #expect(Money(pounds: -1) == nil)
        #expect(try #require(Money("£1m")) > (try #require(Money("£250k"))))
    }

    @Test(arguments: ["2026-04-01", "2028-02-29", "2000-02-29", "2026-12-31", "1999-01-01"])
    func realDates(text: String) {
        #expect(Formats.isDate(text))
    }

    @Test(arguments: ["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                      "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01T00:00", "2026-01-0১", " 2026-01-01"])
    func notDates(text: String) {
        #expect(!Formats.isDate(text))
    }

    @Test func months() {
        #expect(Formats.isYearMonth("2026-04"))
        #expect(Formats.isYearMonth("2026-12"))
        #expect(!Formats.isYearMonth("2026-13"))
        #expect(!Formats.isYearMonth("2026-00"))
        #expect(!Formats.isYearMonth("2026-4"))
        #expect(!Formats.isYearMonth("2026-04-01"))
    }
}
