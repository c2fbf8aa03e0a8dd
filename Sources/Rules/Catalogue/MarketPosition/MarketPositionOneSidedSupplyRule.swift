import SourceText
import Syntax

/// A market position statement pictures supply "covering both strengths and weaknesses" (001 Table 2.7).
public struct MarketPositionOneSidedSupplyRule: Rule {
    public static let metadata = RuleMetadata(
        id: "mps/one-sided-supply",
        defaultSeverity: .warning,
        kinds: ["market-position-statement"],
        summary: "The supply picture lists strengths but no weaknesses, or weaknesses but no strengths.",
        explanation: """
            Providers read a market position statement to plan their future role. Its picture of \
            the current state of supply should cover both strengths and weaknesses within the \
            market: strengths alone give no reason to change, weaknesses alone give providers \
            nothing to build on and read as blame. Under `supply:`, list what works well now \
            (`strengths`) and what does not (`weaknesses`).
            """,
        sources: [SourceQuote("001_b648799edb4670db.txt:352", "The commissioning organisation's(s') picture of the current state of supply covering both strengths and weaknesses within the market")],
        firingExample: """
            kind: market-position-statement
            supply:
              strengths:
                - Reablement is rated good and reaches most people within two days.
            """,
        passingExample: """
            kind: market-position-statement
            supply:
              strengths:
                - Reablement is rated good and reaches most people within two days.
              weaknesses:
                - Home care is hard to buy in the rural north.
            """,
        scope: .sections(["supply"])
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let supply = context.root?["supply"]?.mapping else { return [] }
        let hasStrengths = supply.filled("strengths") != nil
        let hasWeaknesses = supply.filled("weaknesses") != nil
        if hasStrengths, !hasWeaknesses, let entry = supply.entry("strengths") {
            return [Finding(
                range: entry.key.range,
                message: "The supply picture lists strengths but no weaknesses. Add `weaknesses:` saying what does not work well in the market now, so that providers see where change is needed."
            )]
        }
        if hasWeaknesses, !hasStrengths, let entry = supply.entry("weaknesses") {
            return [Finding(
                range: entry.key.range,
                message: "The supply picture lists weaknesses but no strengths. Add `strengths:` saying what works well in the market now, so that providers see what to build on."
            )]
        }
        return []
    }
}
