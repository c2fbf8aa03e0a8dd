import Schema
import Syntax

/// The future services' investments set against `resources.total`, like with like: yearly
/// amounts with a yearly total, or everything over the document's period (yearly amounts times
/// the years it spans). Amounts a week or an hour are prices, not totals, and are left out, as are
/// amounts that are not money; the count says what it left out and how it counted.
struct InvestmentCount {
    enum Basis {
        /// Every amount counted is a sum over the period, as is the total.
        case sums
        /// Every amount counted, and the total, is spent each year.
        case perYear
        /// Sums as written, yearly amounts (and a yearly total) times the period's years.
        case overPeriod(DocumentPeriod)
    }

    let basis: Basis
    let total: Money
    /// In pounds, on the basis above.
    let invested: Double
    let available: Double
    /// What was left out and why, in words (`1 investment that is not money left out`).
    let leftOut: [String]

    init?(investments: [SyntaxNode], total: Money, period: DocumentPeriod?) {
        guard total.period == nil || total.period == .year else { return nil }
        var sums: [Double] = []
        var yearly: [Double] = []
        var notMoney = 0
        var rates = 0
        for node in investments {
            guard let money = Money(instance: node) else { notMoney += 1; continue }
            switch money.period {
            case nil: sums.append(money.pounds)
            case .year?: yearly.append(money.pounds)
            case .week?, .hour?: rates += 1
            }
        }
        var leftOut: [String] = []
        if notMoney > 0 { leftOut.append(Self.count(notMoney, "that is not money", "that are not money") + " left out") }
        if rates > 0 { leftOut.append(Self.count(rates, "priced a week or an hour", "priced a week or an hour") + " left out, as a rate is not a total") }
        let years = period.flatMap { !$0.isReversed && $0.years > 0 ? $0 : nil }
        let totalIsYearly = total.period == .year
        switch (totalIsYearly, sums.isEmpty, yearly.isEmpty, years) {
        case (true, true, _, _):
            (basis, invested, available) = (.perYear, yearly.reduce(0, +), total.pounds)
        case (false, _, true, _):
            (basis, invested, available) = (.sums, sums.reduce(0, +), total.pounds)
        case let (_, _, _, period?):
            invested = sums.reduce(0, +) + yearly.reduce(0, +) * period.years
            available = totalIsYearly ? total.pounds * period.years : total.pounds
            basis = .overPeriod(period)
        case (true, false, _, nil):
            leftOut.append(Self.count(sums.count, "over the period", "over the period") + " left out, as the document has no `period` to count the yearly total over")
            (basis, invested, available) = (.perYear, yearly.reduce(0, +), total.pounds)
        case (false, _, false, nil):
            leftOut.append(Self.count(yearly.count, "a year", "a year") + " left out, as the document has no `period` to count them over")
            (basis, invested, available) = (.sums, sums.reduce(0, +), total.pounds)
        }
        let counted = basis.isPerYear ? yearly.count : sums.count + (basis.isSums ? 0 : yearly.count)
        guard counted > 0 else { return nil }
        self.total = total
        self.leftOut = leftOut
    }

    /// The count of a strategy: its `future-services[].investment` against its `resources.total`,
    /// over its `period`.
    init?(root: SyntaxMapping) {
        guard let total = root["resources"]?.mapping?["total"].flatMap({ Money(instance: $0) }),
              let services = root["future-services"] else { return nil }
        self.init(investments: services.mappingItems.compactMap { $0.mapping["investment"] }, total: total, period: DocumentPeriod(root: root))
    }

    /// Compared in whole pence, so that £0.1m + £0.2m is not a hair over £0.3m.
    var isOvercommitted: Bool { (invested * 100).rounded() > (available * 100).rounded() }

    /// `The future services invest £3,500,000 in all (…), more than the £3,000,000 of `resources.total`.`
    var sentence: String {
        let note = leftOut.isEmpty ? "" : " (" + leftOut.joined(separator: "; ") + ")"
        let investedText = Money(pounds: invested).map(\.amount) ?? "£\(invested)"
        switch basis {
        case .sums:
            return "The future services invest \(investedText) in all\(note), more than the \(total) of `resources.total`."
        case .perYear:
            return "The future services invest \(investedText) a year\(note), more than the \(total) of `resources.total`."
        case let .overPeriod(period):
            let availableText = Money(pounds: available).map(\.amount) ?? "£\(available)"
            let totalText = total.period == .year ? "\(total) (\(availableText) over the \(period.yearsDescription))" : "\(total)"
            return "The future services invest \(investedText) over the period \(period.description)\(note), more than the \(totalText) of `resources.total`; amounts a year are counted \(Self.times(period.years)) (the period spans \(period.yearsDescription)), other amounts as written."
        }
    }

    private static func count(_ count: Int, _ one: String, _ many: String) -> String {
        count == 1 ? "1 investment \(one)" : "\(count) investments \(many)"
    }

    private static func times(_ years: Double) -> String {
        "× " + (years.rounded() == years ? String(Int(years)) : String(format: "%g", years))
    }
}

/// What a strategy's future services commit of the money it has, counted as `strategy/overcommitted`
/// counts it (like with like), for the editor's lens over `future-services:`.
public struct CommittedMoney: Sendable, Hashable {
    /// `£2,750,000`, or `£750,000 a year` when both sides are yearly.
    public let committed: String
    /// `£4,500,000`, or `£1,000,000 a year`.
    public let available: String
    public let isOvercommitted: Bool

    /// Nil when there is nothing to count: no `resources.total`, or no investment that is money.
    public init?(in tree: SyntaxTree) {
        guard let root = tree.root?.mapping, let count = InvestmentCount(root: root) else { return nil }
        let suffix = count.basis.isPerYear ? " a year" : ""
        committed = (Money(pounds: count.invested).map(\.amount) ?? "£\(count.invested)") + suffix
        available = (Money(pounds: count.available).map(\.amount) ?? "£\(count.available)") + suffix
        isOvercommitted = count.isOvercommitted
    }
}

private extension InvestmentCount.Basis {
    var isPerYear: Bool { if case .perYear = self { true } else { false } }
    var isSums: Bool { if case .sums = self { true } else { false } }
}
