import Schema
import Testing
@testable import Rules

@Suite struct StrategyRationaleRuleTests {
    static func strategy(_ rationale: String) -> String {
        "kind: commissioning-strategy\ntitle: T\nrationale:\n" + rationale
    }

    static let market = "  market: Home care is bought from twelve independent providers.\n"
    static let need = "  need-for-change: Too few services support people at home.\n"
    static let managed = "  managed-change: The market will not grow rural supply by itself.\n"

    /// Table 2.1 as 001:50-54 gives it: two lists, neither tied to a condition.
    static let table21 = "Table 2.1 (\(Bibliography.shared.citation(for: "001_b648799edb4670db.txt:50-54") ?? "no citation")) lists what commissioning is not a tool for — internal service planning; internal re-organisation within a service; improving the quality of care in a particular care pathway; improving market position — and what to try instead: business planning; functional analysis; change management; care pathway analysis and design; market analysis and strategy."

    @Test func aConditionAnsweredNoQuotesTable21Whole() throws {
        let run = RuleRun(StrategyRationaleRule(), Self.strategy(Self.market + "  need-for-change: false\n" + Self.managed))
        #expect(run.rangeTexts == ["false"])
        let message = try #require(run.messages.first)
        #expect(message.contains("answers no to 'There is a need for change', so commissioning may not be the right tool."))
        #expect(message.contains(Self.table21))
        #expect(!message.contains("suggests"), "Table 2.1 pairs no alternative with a condition")
    }

    /// Whichever condition fails, the same whole table is quoted: the seed does not say which
    /// alternative answers which condition.
    @Test func everyConditionGetsTheSameTable() {
        let noes = [Self.strategy("  market: false\n" + Self.need + Self.managed),
                    Self.strategy(Self.market + "  need-for-change: false\n" + Self.managed),
                    Self.strategy(Self.market + Self.need + "  managed-change: false\n")]
        for text in noes {
            let messages = RuleRun(StrategyRationaleRule(), text).messages
            #expect(messages.count == 1 && messages[0].contains(Self.table21), "\(messages)")
        }
    }

    @Test(arguments: ["no", "No.", "'No – the service is run in-house.'", "none", "N/A"])
    func writtenNoesCount(answer: String) throws {
        let run = RuleRun(StrategyRationaleRule(), Self.strategy("  market: \(answer)\n" + Self.need + Self.managed))
        #expect(run.rangeTexts == [answer])
        #expect(run.messages.first?.contains(Self.table21) == true)
    }

    @Test func aMissingConditionIsReportedAtTheRationaleKey() throws {
        let run = RuleRun(StrategyRationaleRule(), Self.strategy(Self.market + Self.need))
        #expect(run.rangeTexts == ["rationale"])
        let message = try #require(run.messages.first)
        #expect(message.contains("does not answer 'Change needs to be managed' (`managed-change:`)"))
        #expect(message.contains(Self.table21))
    }

    @Test func anEmptyConditionIsReportedAtItsKey() {
        let run = RuleRun(StrategyRationaleRule(), Self.strategy(Self.market + Self.need + "  managed-change:\n"))
        #expect(run.rangeTexts == ["managed-change"])
    }

    @Test func nearMisses() {
        // All three answered, one opening with "No" as part of an answer, one answered `true`.
        let text = Self.strategy("  market: No single provider dominates; twelve compete for contracts.\n  need-for-change: true\n" + Self.managed)
        #expect(RuleRun(StrategyRationaleRule(), text).findings.isEmpty)
        // No rationale at all is the schema's (a required section); other kinds are not checked.
        #expect(RuleRun(StrategyRationaleRule(), "kind: commissioning-strategy\ntitle: T\n").findings.isEmpty)
        #expect(RuleRun(StrategyRationaleRule(), "kind: commissioning-framework\nrationale:\n  market: false\n").findings.isEmpty)
    }
}
