import Analysis
import Schema
import SourceText
import Testing
@testable import Features

@Suite struct InlayHintsTests {
    private func hints(_ text: String, name: String, kinds: Set<InlayHintItem.Kind> = Set(InlayHintItem.Kind.allCases)) -> [InlayHintItem] {
        let analysis = analyze(text, name: name)
        return InlayHints.hints(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, range: TextRange(start: 0, end: text.utf8.count), kinds: kinds)
    }

    static let strategy = """
        kind: commissioning-strategy
        future-services:
          - service: Extra care housing
            change: new
            investment: £1.2m a year
          - service: Day care
            change: new
            investment: £250,000
          - service: Respite
            change: new
            investment: lots
        resources:
          total: 4500000

        """

    @Test func moneyIsFollowedByTheNormalisedAmountUnlessWrittenSoAlready() throws {
        let found = hints(Self.strategy, name: "s.strategy.yaml")
        #expect(found.map(\.label) == ["= £1,200,000 a year", "= £4,500,000"])
        #expect(found.first?.offset == offset(of: "£1.2m a year", in: Self.strategy, plus: "£1.2m a year".utf8.count))
        #expect(found.allSatisfy { $0.kind == .money })
    }

    @Test func aFinancialYearIsFollowedByItsDates() throws {
        let forecast = "kind: market-position-statement\ndemand:\n  forecasts:\n    - measure: Hours\n      projected: 100\n      year: 2028/29\n"
        let found = hints(forecast, name: "m.yaml")
        #expect(found.map(\.label) == ["= 1 April 2028 – 31 March 2029"])
        #expect(found.first?.offset == offset(of: "2028/29", in: forecast, plus: 7))
    }

    @Test func aMatrixLevelIsFollowedByItsPlaceInTheVocabularysOrder() throws {
        let framework = "kind: commissioning-framework\nintegration:\n  contracting:\n    current: parallel\n    target: joint\n    evidence: joint\n"
        let levels = Vocabulary.shared.matrix.levels.ids
        let found = hints(framework, name: "n.framework.yaml")
        let expected = try ["parallel", "joint"].map { "\(try #require(levels.firstIndex(of: $0)) + 1) of \(levels.count)" }
        #expect(found.map(\.label) == expected)
        #expect(found.allSatisfy { $0.kind == .matrixLevel }, "evidence is free text, not a level")
    }

    @Test func aKindSwitchedOffGivesNoHints() throws {
        #expect(hints(Self.strategy, name: "s.strategy.yaml", kinds: [.financialYear, .matrixLevel]).isEmpty)
    }
}
