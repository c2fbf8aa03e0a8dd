import Schema
import SourceText
import Syntax

/// The investments a strategy plans should fit within the resources it has (001: be realistic
/// about the resources available).
public struct StrategyOvercommittedRule: Rule {
    public static let metadata = RuleMetadata(
        id: "strategy/overcommitted",
        defaultSeverity: .warning,
        kinds: ["commissioning-strategy"],
        summary: "The future services' investments add up to more than `resources.total`.",
        explanation: """
            A commissioning strategy states clearly where the commissioners intend to spend their \
            money, and its plan for future services says where resources will be targeted. When \
            the investments planned under `future-services` add up to more than the money available \
            (`resources.total`), the plan cannot be delivered as written. The sources set no rule \
            about sums; this rule guards the arithmetic. Reduce or re-phase investments, find the \
            money that decommissioning releases, or correct the total.

            Like is compared with like. When the total and every investment are amounts a year \
            (£3.5m a year, per annum, pa), they are compared a year. Otherwise everything is \
            counted over the document's `period`: amounts a year are multiplied by the years the \
            period spans (2026-04-01 to 2029-03-31 is 3 years), other amounts are taken as spent \
            over the period. Amounts a week or an hour are prices, not totals, and are left out; \
            so are amounts that are not money (reported as money/invalid), and amounts a year when \
            there is no period to count them over. The message says what was counted and what was \
            left out.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:317", "states clearly where the commissioners intend to spend their money."),
            SourceQuote("001_b648799edb4670db.txt:327", "A plan for the pattern of services to be purchased in the future, including where resources will be targeted"),
        ],
        firingExample: """
            kind: commissioning-strategy
            period: {from: 2026-04-01, to: 2029-03-31}
            future-services:
              - service: Intensive rehabilitation after falls
                change: increase
                investment: £750k a year
              - service: Extra care housing
                change: new
                investment: £2m
            resources:
              total: £4m
            """,
        passingExample: """
            kind: commissioning-strategy
            period: {from: 2026-04-01, to: 2029-03-31}
            future-services:
              - service: Intensive rehabilitation after falls
                change: increase
                investment: £750k a year
              - service: Extra care housing
                change: new
                investment: £2m
            resources:
              total: £4.5m
            """,
        scope: .sections(["resources", "future-services", "period"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let root = context.root, let totalNode = root["resources"]?.mapping?["total"], let entry = root.entry("future-services"),
              let count = InvestmentCount(root: root), count.isOvercommitted else { return [] }
        let total = count.total
        return [Finding(
            range: entry.key.range,
            message: count.sentence + " Reduce or re-phase investments, or correct the total, so that the plan can be delivered.",
            related: [RelatedLocation(documentName: context.documentPath ?? context.tree.source.name, range: totalNode.range, message: "resources.total: \(total)")]
        )]
    }
}
