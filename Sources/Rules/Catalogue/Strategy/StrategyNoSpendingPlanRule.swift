import Schema
import SourceText
import Syntax

/// A strategy "states clearly where the commissioners intend to spend their money" (001): some
/// future service carries an investment, and the money available is given.
public struct StrategyNoSpendingPlanRule: Rule {
    public static let metadata = RuleMetadata(
        id: "strategy/no-spending-plan",
        defaultSeverity: .warning,
        kinds: ["commissioning-strategy"],
        summary: "No future service has an `investment`, or there is no `resources.total`: the strategy does not say where the money goes.",
        explanation: """
            The key characteristic of a commissioning strategy, in the sources' words, is that it \
            states clearly where the commissioners intend to spend their money, and its plan for \
            future services says where resources will be targeted. A strategy that names services \
            but no money, or plans investments without saying what money is available, does neither. \
            Give at least the main future services an `investment:` (the money to be spent on it over \
            the period, e.g. £1.5m) and say under `resources: total:` how much is available over the \
            period, so that readers (and strategy/overcommitted) can see that the plan fits. The \
            message says which of the two is missing. An investment or total that is still a \
            placeholder (TBC) counts as written here: content/placeholder reports it once.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:317", "states clearly where the commissioners intend to spend their money."),
            SourceQuote("001_b648799edb4670db.txt:327", "A plan for the pattern of services to be purchased in the future, including where resources will be targeted"),
        ],
        firingExample: """
            kind: commissioning-strategy
            future-services:
              - service: Intensive rehabilitation after falls
                change: increase
              - service: Extra care housing
                change: new
            """,
        passingExample: """
            kind: commissioning-strategy
            future-services:
              - service: Intensive rehabilitation after falls
                change: increase
                investment: £750k
              - service: Extra care housing
                change: new
            resources:
              total: £3m
            """,
        scope: .sections(["future-services", "resources"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let root = context.root,
              let entry = root.entry("future-services"), let services = entry.value, !services.isBlank else { return [] }
        let invests = services.mappingItems.contains { $0.mapping.filled("investment") != nil }
        let resources = root.entry("resources")
        let hasTotal = resources?.value?.mapping?.filled("total") != nil
        switch (invests, hasTotal) {
        case (true, true):
            return []
        case (false, true):
            return [Finding(
                range: entry.key.range,
                message: "No future service says what will be spent on it. Give the main ones an `investment:` (e.g. £1.5m over the period), so that the strategy states where the money goes."
            )]
        case (true, false):
            return [Finding(
                range: (resources ?? entry).key.range,
                message: "The strategy plans investments but does not say what money is available. Add `resources: total:` (e.g. £12m over the period), so that readers can see the plan fits."
            )]
        case (false, false):
            return [Finding(
                range: entry.key.range,
                message: "The strategy does not say where the money goes: no future service has an `investment:` and there is no `resources: total:`. Add both: what each main service will cost over the period, and the money available."
            )]
        }
    }
}
