import Schema
import Testing

/// The formats the validator asserts: money (SPEC 5.1 `money/invalid`), dates and months.
@Suite struct FormatsTests {
    @Test(arguments: [
        ("£1m", 1_000_000.0), ("£1.5m", 1_500_000), ("£250k", 250_000), ("£250,000", 250_000),
        ("£1/4m", 250_000), ("250000", 250_000), ("1.5", 1.5), ("£0", 0), ("£2bn", 2_000_000_000),
        ("£1,234,567.89", 1_234_567.89), ("£3/4k", 750), ("12k", 12_000),
        ("£184 million", 184_000_000), ("£1.2 million", 1_200_000), ("£38.5 million", 38_500_000),
        ("1.5 million", 1_500_000), ("£1.2 billion", 1_200_000_000), ("£1/4 million", 250_000),
    ])
    func acceptedAmounts(text: String, pounds: Double) throws {
        let money = try #require(Money(text), "\(text) should be money")
        #expect(abs(money.pounds - pounds) < 0.001, "\(text) read as \(money.pounds)")
    }

    @Test(arguments: [
        "", "£", "m", "£1.2.3m", "£-5", "-5", "£1,00", "£1,0000", "£12,34,567", "£1/0m", "£1 m", "£1M",
        "about £1m", "£1,5m", "£.5m", "£1.m", "£1/4", "GBP 100", "£1/4/2m", "£1m million", "£1 million m",
        "£4mpa", "£1m/4m", "£3.5m per", "£3.5m a year and more", "£3.5m a month", "£3.5m yearly", "£1millions",
        "£250k a year a year", "million", "£ million",
    ])
    func rejectedAmounts(text: String) {
        #expect(Money(text) == nil, "\(text) should not be money")
    }

    /// Amounts as published council strategies write them, with how often they are spent.
    @Test(arguments: [
        ("£3.5m per year", 3_500_000.0, MoneyPeriod.year, "£3,500,000 a year"),
        ("£250k a year", 250_000, .year, "£250,000 a year"),
        ("£83,000 per annum", 83_000, .year, "£83,000 a year"),
        ("£4m pa", 4_000_000, .year, "£4,000,000 a year"),
        ("£4m p.a.", 4_000_000, .year, "£4,000,000 a year"),
        ("£4m PA", 4_000_000, .year, "£4,000,000 a year"),
        ("£1.2 million a year", 1_200_000, .year, "£1,200,000 a year"),
        ("£650 a week", 650, .week, "£650 a week"),
        ("£650 per  week", 650, .week, "£650 a week"),
        ("£21.50 an hour", 21.5, .hour, "£21.50 an hour"),
        ("£21.50 per hour", 21.5, .hour, "£21.50 an hour"),
    ])
    func amountsWithAPeriod(text: String, pounds: Double, period: MoneyPeriod, normalised: String) throws {
        let money = try #require(Money(text), "\(text) should be money")
        #expect(abs(money.pounds - pounds) < 0.001, "\(text) read as \(money.pounds)")
        #expect(money.period == period)
        #expect(money.description == normalised)
        #expect(money.amount == normalised.split(separator: " ").first.map(String.init))
    }

    @Test func aSumHasNoPeriod() throws {
        #expect(try #require(Money("£184 million")).period == nil)
        #expect(try #require(Money("£184 million")).description == "£184,000,000")
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

    @Test(arguments: [("2028/29", 2028), ("2028-29", 2028), ("2028/2029", 2028), ("2028-2029", 2028), ("2099/00", 2099), ("2034-35", 2034)])
    func financialYears(text: String, start: Int) {
        #expect(Formats.financialYearStart(text) == start)
    }

    @Test(arguments: ["2028/30", "2028-28", "2028/2030", "2028", "28/29", "2028/9", "2028 29", "2028/029", "2028/29 ", "FY2028/29", "2028–29"])
    func notFinancialYears(text: String) {
        #expect(Formats.financialYearStart(text) == nil)
    }

    @Test func aFinancialYearRunsFromAprilToMarch() {
        #expect(Formats.financialYearMonths(startingIn: 2028) == "1 April 2028 – 31 March 2029")
    }
}
