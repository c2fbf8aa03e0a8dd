import Schema
import SourceText
import Syntax

/// The investments a strategy plans should fit within the resources it has (001: be realistic
/// about the resources available).
public struct StrategyOvercommittedRule: Rule {
    public static let metadata = RuleMetadata(
        id: "strategy/overcommitted",
        defaultSeverity: .warning,
        summary: "The future services' investments add up to more than `resources.total`.",
        explanation: """
            A commissioning strategy states clearly where the commissioners intend to spend their \
            money, and the sources warn that more interventions fail by being over-ambitious than by \
            aiming too low. When the investments planned under `future-services` add up to more than \
            the money available over the period (`resources.total`), the plan cannot be delivered as \
            written. Reduce or re-phase investments, find the money that decommissioning releases, \
            or correct the total. Amounts are read as money: £1m, £1.5m, £250k, £250,000, £1/4m or a \
            plain number of pounds; amounts that are not money are left out of the sum (and reported \
            as money/invalid).
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:134", "Our experience is that more commissioning interventions fail because they were over-ambitious about the impact they expected to have"),
            SourceQuote("001_b648799edb4670db.txt:317", "states clearly where the commissioners intend to spend their money."),
        ],
        firingExample: """
            kind: commissioning-strategy
            future-services:
              - service: Intensive rehabilitation after falls
                change: increase
                investment: £750k
              - service: Extra care housing
                change: new
                investment: £2m
            resources:
              total: £2.5m
            """,
        passingExample: """
            kind: commissioning-strategy
            future-services:
              - service: Intensive rehabilitation after falls
                change: increase
                investment: £750k
              - service: Extra care housing
                change: new
                investment: £2m
            resources:
              total: £3m
            """
    )

    public init() {}

    static func pence(_ money: Money) -> Double { (money.pounds * 100).rounded() }

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.isKind("commissioning-strategy"), let root = context.root,
              let totalNode = root["resources"]?.mapping?["total"], let total = Money(instance: totalNode),
              let entry = root.entry("future-services"), let services = entry.value else { return [] }
        let amounts = services.mappingItems.compactMap { $0.mapping["investment"] }
        let parsed = amounts.compactMap { Money(instance: $0) }
        // Compared in whole pence, so that £0.1m + £0.2m is not a hair over £0.3m.
        guard !parsed.isEmpty, let sum = Money(pounds: parsed.reduce(0) { $0 + $1.pounds }),
              Self.pence(sum) > Self.pence(total) else { return [] }
        let skipped = amounts.count - parsed.count
        let note = skipped == 0 ? "" : " (\(skipped) investment\(skipped == 1 ? " that is" : "s that are") not money left out)"
        return [Finding(
            range: entry.key.range,
            message: "The future services invest \(sum) in all\(note), more than the \(total) of `resources.total`. Reduce or re-phase investments, or correct the total, so that the plan can be delivered.",
            related: [RelatedLocation(documentName: context.documentPath ?? context.tree.source.name, range: totalNode.range, message: "resources.total: \(total)")]
        )]
    }
}
