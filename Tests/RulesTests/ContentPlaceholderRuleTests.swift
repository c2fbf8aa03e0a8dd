import Schema
import Testing
@testable import Rules

@Suite struct ContentPlaceholderRuleTests {
    static func strategy(_ key: String, _ value: String) -> String {
        "kind: commissioning-strategy\n\(key): \(value)\n"
    }

    @Test(arguments: ["TODO", "\"todo: add the guidance\"", "TBC", "tbc – awaiting the budget", "TBD.", "To follow", "Not stated in the source",
                      "Not stated…", "not known", "N/A", "n/a", "None", "none.", "\"-\"", "\"?\"", "xxx", "Lorem ipsum dolor sit amet",
                      "See above", "'[TBC]'", "\"—\"", "\"...\"", "To be confirmed by the board"])
    func aPlaceholderIsReportedOnItsValue(value: String) throws {
        let run = RuleRun(ContentPlaceholderRule(), Self.strategy("guidance-and-research", value))
        #expect(run.findings.count == 1, "\(value)")
        #expect(run.rangeTexts == [value], "\(value)")
        let message = try #require(run.messages.first)
        #expect(message.hasPrefix("`guidance-and-research` is still a placeholder"))
        // What the element holds, from its schema description and source.
        #expect(message.contains("It should hold: National guidance and research relevant to the population (element 3) [\(Bibliography.shared.citation(for: "001_b648799edb4670db.txt:323") ?? "no citation")]."))
    }

    @Test(arguments: ["None of the providers offer night-time support.", "Todmorden and Hebden Bridge have no day centre.",
                      "No single provider dominates the market.", "Unknown demand from self-funders is the largest risk.",
                      "Xxl is not a word we use", "Tbcare is a provider", "N/Able", "d", "Not as many as planned.",
                      "See the needs assessment in the appendix for figures by ward."])
    func contentIsNotAPlaceholder(value: String) {
        #expect(RuleRun(ContentPlaceholderRule(), Self.strategy("guidance-and-research", value)).findings.isEmpty, "\(value)")
    }

    @Test func numbersBooleansAndKeysAreNotValues() {
        let text = "kind: hypothesis-set\ntitle: Older people\npopulation: Older people\nTODO: Older people\nhypotheses:\n  - id: H1\n    current: 0\n    done: false\n"
        #expect(RuleRun(ContentPlaceholderRule(), text).findings.isEmpty)
    }

    @Test func everyKindAndEveryDepthIsChecked() {
        let mps = """
            kind: market-position-statement
            market: TBC
            supply:
              strengths:
                - A strong network of small local providers in the market towns.
                - TODO
            demand:
              forecasts:
                - measure: Hours of home care a week
                  current: not known
            """
        let run = RuleRun(ContentPlaceholderRule(), mps)
        #expect(run.rangeTexts == ["TBC", "TODO", "not known"])
        #expect(run.messages[0].hasPrefix("`market` is still a placeholder (“TBC”). It should hold: The market segment the statement faces"))
        #expect(run.messages[1].hasPrefix("Item 2 of `supply.strengths` is still a placeholder (“TODO”). It should hold: What works well in the market now [\(Bibliography.shared.citation(for: "001_b648799edb4670db.txt:352") ?? "no citation")]."))
        #expect(run.messages[2].hasPrefix("`current` in item 1 of `demand.forecasts` is still a placeholder (“not known”)."))
    }

    @Test func aDateOrAmountSaysHowToWriteIt() throws {
        let run = RuleRun(ContentPlaceholderRule(), "kind: commissioning-strategy\nperiod: {from: TBC, to: 2029-03-31}\nresources:\n  total: TBC\n")
        #expect(run.rangeTexts == ["TBC", "TBC"])
        #expect(run.messages[0].contains("It should hold: First day of the period — a calendar date written YYYY-MM-DD, e.g. 2026-04-01, or a financial year, e.g. 2025/26: a period from it starts on its 1 April, a period to it ends on its 31 March [\(Bibliography.shared.citation(for: "001_b648799edb4670db.txt:169") ?? "no citation")]."))
        #expect(run.messages[1].contains("— an amount in pounds"))
    }

    @Test func aRationaleAnsweredNoIsLeftToTheRationaleRule() {
        let text = """
            kind: commissioning-strategy
            rationale:
              market: Home care is bought from twelve independent providers.
              need-for-change: n/a
              managed-change: TBC
            """
        #expect(RuleRun(ContentPlaceholderRule(), text).rangeTexts == ["TBC"])
        #expect(RuleRun(StrategyRationaleRule(), text).rangeTexts == ["n/a"])
    }

    /// A reference still to be written is a placeholder, not a missing file or id.
    @Test func aPlaceholderReferenceIsNotResolved() {
        let strategy = "kind: commissioning-strategy\nhypotheses: TBC\nfuture-services:\n  - service: Extra care housing\n    change: new\n    hypotheses: [TODO]\n"
        #expect(RuleRun(ReferenceUnresolvedRule(), strategy, references: InMemoryReferences()).findings.isEmpty)
        #expect(RuleRun(ContentPlaceholderRule(), strategy).rangeTexts == ["TBC", "TODO"])
        let framework = "kind: commissioning-framework\ndocuments:\n  - title: Carers' strategy\n    relates-to: Sets the carers' priorities.\n    path: to follow\n"
        #expect(RuleRun(ReferenceUnresolvedRule(), framework, references: InMemoryReferences()).findings.isEmpty)
        #expect(RuleRun(ReferenceUnresolvedRule(), "kind: commissioning-strategy\nhypotheses: older-people.hypotheses.yaml\n", references: InMemoryReferences()).findings.count == 1)
    }

    @Test func theKindLineIsKindUnknownsToReport() {
        #expect(RuleRun(ContentPlaceholderRule(), "kind: TODO\ntitle: TODO\n").rangeTexts == ["TODO"])
    }

    @Test func aDocumentOfNoKnownKindStillGetsAMessage() throws {
        let run = RuleRun(ContentPlaceholderRule(), "title: TBC\n")
        #expect(run.messages == ["`title` is still a placeholder (“TBC”). Write what belongs here, or say in a sentence why nothing does."])
    }

    @Test func thePhrasesAreDataAndTheMatcherFollowsThem() {
        #expect(PlaceholderPhrases.shared.wholeValues.contains("tbc"))
        #expect(PlaceholderPhrases.shared.leadingPhrases.contains("not stated"))
        let own = PlaceholderPhrases(wholeValues: ["pending review"], leadingPhrases: ["awaiting"])
        #expect(own.match("Pending  review.") == "pending review")
        #expect(own.match("Awaiting the census – 2027") == "awaiting")
        #expect(own.match("Awaitingly") == nil)
        #expect(own.match("TODO") == nil)
    }
}
