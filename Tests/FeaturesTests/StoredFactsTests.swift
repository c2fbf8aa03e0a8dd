import Analysis
import Foundation
import Schema
import SourceText
import Testing
@testable import Features

/// What the vocabulary stores beyond a definition is shown where a commissioner works: a market
/// situation's commissioner role and engagement type (001 Table 2.3), a cycle stage's activities
/// (004), the warning that integrated is not inevitably better (001:269).
@Suite struct StoredFactsTests {
    static let framework = "kind: commissioning-framework\ntitle: Northshire framework\npopulation: Adults\n"

    private func hover(_ marked: String) -> String? {
        let text = MarkedText(marked)
        return Hover.info(in: analyze(text.text), at: text.offset)?.markdown
    }

    private func complete(_ marked: String) -> [CompletionItem] {
        let text = MarkedText(marked)
        return Completion.items(in: analyze(text.text), at: text.offset)
    }

    @Test func aMarketSituationShowsTheCommissionersRoleAndTheEngagement() throws {
        let markdown = try #require(hover("kind: market-position-statement\nmarket-situation: personal-budgets-self‸-funders\n"))
        let term = try #require(Vocabulary.shared.list("market-situation")?.term("personal-budgets-self-funders"))
        let role = try #require(term.text("x-commissioner-role"))
        let engagement = try #require(term.text("x-engagement-type"))
        #expect(markdown.contains("**Commissioner role**"))
        #expect(markdown.contains(Markdown.escape(role)))
        #expect(markdown.contains("**Engagement type**: " + Markdown.escape(engagement)))
        #expect(markdown.contains("Table 2.3"))
        // Another situation shows its own row, not this one's.
        let other = try #require(hover("kind: market-position-statement\nmarket-situation: single-block‸-contract\n"))
        #expect(!other.contains(Markdown.escape(role)))
        #expect(other.contains("single independent or in-house provider"))
    }

    @Test func aCycleStageKeyShowsTheActivitiesTheSourcesGive() throws {
        let markdown = try #require(hover(Self.framework + "cycle:\n  ana‸lyse: [Undertake a needs assessment.]\n"))
        let stage = try #require(Vocabulary.shared.list("cycle-stage")?.term("analyse"))
        #expect(!stage.activities.isEmpty)
        #expect(markdown.contains("**Activities the sources give**"))
        for activity in stage.activities { #expect(markdown.contains(Markdown.escape(activity.text)), "\(activity.text)") }
        #expect(markdown.firstMatch(of: #/\d{3}_[0-9a-f]{16}\.txt/#) == nil)
        let review = try #require(hover(Self.framework + "cycle:\n  rev‸iew: [Check outcomes.]\n"))
        #expect(!review.contains(Markdown.escape(stage.activities[0].text)))
    }

    @Test func completionInsideAStagesListOffersItsActivities() throws {
        let stage = try #require(Vocabulary.shared.list("cycle-stage")?.term("plan"))
        let items = complete(Self.framework + "cycle:\n  plan:\n    - ‸\n")
        let offered = items.filter { $0.kind == .activity }.map(\.label)
        #expect(offered == stage.activities.map(\.text))
        #expect(items.first?.documentation?.contains("Source: ") == true)
        // An activity already listed is not offered again.
        let first = stage.activities[0].text
        let again = complete(Self.framework + "cycle:\n  plan:\n    - \(first)\n    - ‸\n").map(\.label)
        #expect(!again.contains(first))
        #expect(again.contains(stage.activities[1].text))
    }

    @Test func approachWarnsThatIntegratedIsNotInevitablyBetter() throws {
        let quote = "integrated approaches to commissioning are not inevitably better"
        for kind in ["commissioning-framework", "commissioning-strategy", "hypothesis-set", "market-position-statement"] {
            let key = try #require(hover("kind: \(kind)\nappro‸ach: joint\n"), "\(kind)")
            #expect(key.contains(quote), "\(kind)")
        }
        let value = try #require(hover(Self.framework + "approach: integ‸rated\n"))
        #expect(value.contains(quote))
    }

    /// 001 asks for every key stakeholder's practical commitment to implementation (001:197-200);
    /// it does not make a level a requirement for any group, so this is advice in hover, not a rule.
    @Test func aStakeholdersCommitmentCarriesTheAdviceOf001() throws {
        let strategy = "kind: commissioning-strategy\ndevelopment:\n  stakeholders:\n    - group: carers\n      commit‸ment: agree-reason\n"
        let key = try #require(hover(strategy))
        #expect(key.contains("Get their practical commitment to implementing any changes needed."))
        let value = try #require(hover("kind: commissioning-strategy\ndevelopment:\n  stakeholders:\n    - group: carers\n      commitment: commit-implem‸entation\n"))
        #expect(value.contains("has not necessarily been signed up to by all of the key stakeholders"))
    }
}
