import Analysis
import Schema
import SourceText
import Testing
@testable import Features

@Suite struct HoverTests {
    static let framework = """
        kind: commissioning-framework
        title: Northshire framework
        population: Adults

        """

    private func hover(_ marked: String, name: String = "doc.yaml") -> (info: HoverInfo?, text: MarkedText) {
        let text = MarkedText(marked)
        return (Hover.info(in: analyze(text.text, name: name), at: text.offset), text)
    }

    @Test func aLevelUnderAMatrixAreaQuotesThatCellsActivities() throws {
        let (info, text) = hover(Self.framework + "integration:\n  contracting:\n    current: jo‸int\n")
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains("joint block contracts"))
        let level = try #require(Vocabulary.shared.matrix.levels.term("joint"))
        #expect(markdown.contains(level.definition))
        #expect(markdown.contains(level.source))
        let cell = try #require(Vocabulary.shared.matrix.cell(area: "contracting", level: "joint"))
        #expect(markdown.contains(cell.source))
        let start = offset(of: "joint", in: text.text)
        #expect(info?.range == TextRange(start: start, end: start + 5))
        // Another area's cell at the same level says something else.
        let (other, _) = hover(Self.framework + "integration:\n  purpose-and-strategy:\n    target: jo‸int\n")
        #expect(other?.markdown.contains("joint block contracts") == false)
        #expect(other?.markdown.contains(level.definition) == true)
    }

    @Test func aKeyShowsItsSectionsTitlePurposeAndSource() throws {
        let (info, _) = hover("kind: commissioning-strategy\nmonit‸oring:\n  arrangements: Quarterly.\n")
        let section = try #require(Vocabulary.shared.kind(id: "commissioning-strategy")?.section("monitoring"))
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains(section.title))
        #expect(markdown.contains(section.description))
        #expect(markdown.contains(section.source))
        #expect(markdown.contains("Required section."))
    }

    @Test func aVocabularyValueShowsItsLabelDefinitionAndSource() throws {
        let (info, _) = hover("kind: commissioning-strategy\nlevers:\n  - framework-con‸tracts\n")
        let term = try #require(Vocabulary.shared.list("lever")?.term("framework-contracts"))
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains(term.label))
        #expect(markdown.contains(term.definition))
        #expect(markdown.contains(term.source))
    }

    @Test func moneyShowsItsNormalisedAmount() throws {
        let (info, _) = hover("kind: commissioning-strategy\nfuture-services:\n  - service: Reablement\n    change: new\n    investment: £1.‸5m\n")
        #expect(info?.markdown.hasPrefix("**£1,500,000**") == true)
        let (quarter, _) = hover("kind: commissioning-strategy\nresources:\n  total: £1/4‸m\n")
        #expect(quarter?.markdown.hasPrefix("**£250,000**") == true)
    }

    @Test func aDiagnosticsCodeShowsTheRulesExplanation() throws {
        let marked = "kind: hypothesis-set\ntitle: T\npopulation: P\nhypo‸theses:\n  - id: H1\n    statement: Reablement reduces admissions.\n    test: Compare admissions.\n"
        let (info, _) = hover(marked)
        let entry = try #require(DiagnosticCatalog.entry("hypothesis/count"))
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains("`hypothesis/count`"))
        #expect(markdown.contains(entry.explanation))
        for source in entry.sources { #expect(markdown.contains(source.reference)) }
    }

    @Test func aMisspeltTermShowsTheSchemaCodesExplanation() throws {
        let (info, _) = hover(Self.framework + "approach: jio‸nt\n")
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains("`schema/enum`"))
    }

    @Test func nothingOnABlankLine() {
        #expect(hover(Self.framework + "\n‸\n").info == nil)
    }
}

@Suite struct PlaceholderHoverTests {
    private func hover(_ marked: String, name: String = "doc.yaml") -> HoverInfo? {
        let text = MarkedText(marked)
        return Hover.info(in: analyze(text.text, name: name), at: text.offset)
    }

    /// Hover on a placeholder says what to write there, then (below) the rule's explanation.
    @Test func aPlaceholderShowsWhatToWriteInItsPlace() throws {
        let markdown = try #require(hover("kind: commissioning-strategy\nguidance-and-research: T‸BC\n")?.markdown)
        #expect(markdown.hasPrefix("**Guidance and research** — still a placeholder (“TBC”).\n\nWrite here: National guidance and research relevant to the population (001, element 3)."))
        #expect(markdown.contains("Source: `001_b648799edb4670db.txt:323`"))
        #expect(markdown.contains("**`content/placeholder`**"))
        let date = try #require(hover("kind: commissioning-strategy\nperiod:\n  from: TO‸DO\n")?.markdown)
        #expect(date.contains("Write here: First day of the period."))
        #expect(date.contains("Written as: A calendar date written YYYY-MM-DD, e.g. 2026-04-01."))
        let item = try #require(hover("kind: market-position-statement\nsupply:\n  strengths:\n    - TO‸DO\n")?.markdown)
        #expect(item.contains("Write here: What works well in the market now."))
    }

    @Test func contentIsNotAPlaceholder() {
        let markdown = hover("kind: commissioning-strategy\nguidance-and-research: None of the provid‸ers\n")?.markdown ?? ""
        #expect(!markdown.contains("placeholder ("), "\(markdown)")
    }
}
