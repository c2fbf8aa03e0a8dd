import Analysis
import Schema
import SourceText
import Syntax
import Testing
@testable import Features

@Suite struct SemanticTokensTests {
    private func tokens(_ text: String, name: String, range: TextRange? = nil) -> [(String, SemanticToken)] {
        let analysis = analyze(text, name: name)
        return SemanticTokens.tokens(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, range: range).map { token in
            (String(decoding: Array(text.utf8)[token.range.start..<token.range.end], as: UTF8.self), token)
        }
    }

    private func token(_ word: String, in found: [(String, SemanticToken)]) -> SemanticToken? {
        found.first { $0.0 == word }?.1
    }

    static let framework = """
        kind: commissioning-framework
        title: Northshire framework
        integration:
          contracting:
            current: joint
            target: integratd
        timetable:
          - when: 2028/29
            activity: Review.

        """

    @Test func sectionKeysAreNamespacesAndFieldKeysProperties() throws {
        let found = tokens(Self.framework, name: "n.framework.yaml")
        #expect(token("integration", in: found)?.kind == .namespace)
        #expect(token("timetable", in: found)?.kind == .namespace)
        #expect(token("contracting", in: found)?.kind == .property)
        #expect(token("current", in: found)?.kind == .property)
        #expect(token("when", in: found)?.kind == .property)
    }

    @Test func knownVocabularyIdsAreEnumMembersAndUnknownOnesAreMarkedDeprecated() throws {
        let found = tokens(Self.framework, name: "n.framework.yaml")
        let known = try #require(token("joint", in: found))
        #expect(known.kind == .enumMember && known.modifiers.isEmpty)
        let unknown = try #require(token("integratd", in: found))
        #expect(unknown.kind == .enumMember && unknown.modifiers == [.deprecated])
        #expect(token("commissioning-framework", in: found)?.kind == .enumMember)
        // Free text is left to the editor's YAML colouring.
        #expect(token("Northshire framework", in: found) == nil)
        #expect(token("Review.", in: found) == nil)
    }

    @Test func moneyDatesAndFinancialYearsAreNumbers() throws {
        let strategy = """
            kind: commissioning-strategy
            period: {from: 2026-04-01, to: 2029-03-31}
            future-services:
              - service: Extra care housing
                change: new
                investment: £1.2m a year
              - service: Day care
                change: new
                investment: lots

            """
        let found = tokens(strategy, name: "s.strategy.yaml")
        #expect(token("£1.2m a year", in: found)?.kind == .number)
        #expect(token("2026-04-01", in: found)?.kind == .number)
        #expect(token("2029-03-31", in: found)?.kind == .number)
        // Not money: not coloured as an amount.
        #expect(token("lots", in: found) == nil)
        #expect(token("2028/29", in: tokens(Self.framework, name: "n.framework.yaml"))?.kind == .number)
    }

    @Test func hypothesisIdsAreVariablesDeclaredInTheirSetAndPathsAreStrings() throws {
        let set = "kind: hypothesis-set\nhypotheses:\n  - id: H1\n    statement: Falls fall.\n"
        let defined = try #require(token("H1", in: tokens(set, name: "h.hypotheses.yaml")))
        #expect(defined.kind == .variable && defined.modifiers == [.declaration])
        let strategy = """
            kind: commissioning-strategy
            hypotheses: h.hypotheses.yaml
            future-services:
              - service: Falls
                change: new
                hypotheses: [H1]

            """
        let found = tokens(strategy, name: "s.strategy.yaml")
        #expect(token("h.hypotheses.yaml", in: found)?.kind == .string)
        let used = try #require(token("H1", in: found))
        #expect(used.kind == .variable && used.modifiers.isEmpty)
    }

    @Test func aRangeGivesOnlyTheTokensItTouchesInOrder() throws {
        let text = Self.framework
        let start = offset(of: "timetable", in: text)
        let found = tokens(text, name: "n.framework.yaml", range: TextRange(start: start, end: text.utf8.count))
        #expect(found.map(\.0) == ["timetable", "when", "2028/29", "activity"])
        let all = tokens(text, name: "n.framework.yaml").map(\.1.range.start)
        #expect(all == all.sorted())
    }
}
