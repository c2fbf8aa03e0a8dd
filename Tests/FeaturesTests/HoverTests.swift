import Foundation
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
        #expect(markdown.contains(Bibliography.shared.citation(for: level.source, style: .markdown) ?? "no citation for level.source"))
        let cell = try #require(Vocabulary.shared.matrix.cell(area: "contracting", level: "joint"))
        #expect(markdown.contains(Bibliography.shared.citation(for: cell.source, style: .markdown) ?? "no citation for cell.source"))
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
        #expect(markdown.contains(Bibliography.shared.citation(for: section.source, style: .markdown) ?? "no citation for section.source"))
        #expect(markdown.contains("Required section."))
    }

    @Test func aVocabularyValueShowsItsLabelDefinitionAndSource() throws {
        let (info, _) = hover("kind: commissioning-strategy\nlevers:\n  - framework-con‸tracts\n")
        let term = try #require(Vocabulary.shared.list("lever")?.term("framework-contracts"))
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains(term.label))
        #expect(markdown.contains(term.definition))
        #expect(markdown.contains(Bibliography.shared.citation(for: term.source, style: .markdown) ?? "no citation for term.source"))
    }

    @Test func moneyShowsItsNormalisedAmount() throws {
        let (info, _) = hover("kind: commissioning-strategy\nfuture-services:\n  - service: Reablement\n    change: new\n    investment: £1.‸5m\n")
        #expect(info?.markdown.hasPrefix("**£1,500,000**") == true)
        let (quarter, _) = hover("kind: commissioning-strategy\nresources:\n  total: £1/4‸m\n")
        #expect(quarter?.markdown.hasPrefix("**£250,000**") == true)
    }

    @Test func aMarketSituationInAListShowsItsDefinition() throws {
        let (info, _) = hover("kind: market-position-statement\nmarket-situation: [multiple-contracted-providers, personal-budgets-self-f‸unders]\n")
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains("Services purchased by personal budgets or self funders"))
        let (single, _) = hover("kind: market-position-statement\nmarket-situation: mixed-fu‸nding\n")
        #expect(single?.markdown.contains("Services funded through a combination of independent sources") == true)
    }

    /// The amounts of the council-wording fixture (which lints clean, CLITests) are shown
    /// normalised, with their period.
    @Test func theCouncilWordingFixturesAmountsAreNormalised() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "CLITests/Fixtures/council-wording")
        let expected: [(file: String, written: String, shown: String)] = [
            ("strategy", "£1.5m per year", "£1,500,000 a year"), ("strategy", "£250k a year", "£250,000 a year"),
            ("strategy", "£1/4m", "£250,000"), ("strategy", "£1.2 million", "£1,200,000"), ("strategy", "£4m pa", "£4,000,000 a year"),
            ("strategy", "£21.50 an hour", "£21.50 an hour"), ("strategy", "£650 a week", "£650 a week"),
            ("strategy", "£3.5m p.a.", "£3,500,000 a year"), ("strategy", "£83,000 per annum", "£83,000 a year"),
            ("strategy", "£38.5 million", "£38,500,000"), ("strategy", "£184 million", "£184,000,000"),
            ("mps", "£18m a year", "£18,000,000 a year"),
        ]
        for (file, written, shown) in expected {
            let name = "council-wording.\(file).yaml"
            let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
            let found = try #require(text.range(of: ": " + written + "\n"), "\(written) in \(name)")
            let offset = text.utf8.distance(from: text.startIndex, to: found.lowerBound) + 3
            let info = Hover.info(in: analyze(text, name: name), at: offset)
            #expect(info?.markdown.hasPrefix("**\(shown)**") == true, "\(written): \(info?.markdown ?? "no hover")")
        }
    }

    @Test func aFinancialYearShowsTheMonthsItCovers() throws {
        let forecast = "kind: market-position-statement\ndemand:\n  forecasts:\n    - measure: Hours\n      projected: 100\n      year: 2028/‸29\n"
        #expect(hover(forecast).info?.markdown.hasPrefix("**Financial year 2028/29**: 1 April 2028 – 31 March 2029") == true)
        let (timetable, _) = hover(Self.framework + "timetable:\n  - when: 2034-3‸5\n    activity: Review.\n")
        #expect(timetable?.markdown.hasPrefix("**Financial year 2034-35**: 1 April 2034 – 31 March 2035") == true)
    }

    /// Amounts as councils write them are shown normalised, with how often they are spent.
    @Test(arguments: [
        ("£3.5m per ‸year", "**£3,500,000 a year**"), ("£184 mil‸lion", "**£184,000,000**"),
        ("£250k a ye‸ar", "**£250,000 a year**"), ("£83,00‸0 per annum", "**£83,000 a year**"),
        ("£4m p‸a", "**£4,000,000 a year**"), ("£650 per w‸eek", "**£650 a week**"), ("£21.50 an ho‸ur", "**£21.50 an hour**"),
    ])
    func moneyWithAPeriodShowsTheNormalisedAmountAndItsPeriod(written: String, shown: String) throws {
        let (info, _) = hover("kind: commissioning-strategy\nfuture-services:\n  - service: Reablement\n    change: new\n    investment: \(written)\n")
        #expect(info?.markdown.hasPrefix(shown) == true, "\(written): \(info?.markdown ?? "no hover")")
    }

    @Test func aDiagnosticsCodeShowsTheRulesExplanation() throws {
        let marked = "kind: hypothesis-set\ntitle: T\npopulation: P\nhypo‸theses:\n  - id: H1\n    statement: Reablement reduces admissions.\n    test: Compare admissions.\n"
        let (info, _) = hover(marked)
        let entry = try #require(DiagnosticCatalog.entry("hypothesis/count"))
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains("`hypothesis/count`"))
        #expect(markdown.contains(entry.explanation))
        for source in entry.sources { #expect(markdown.contains(Bibliography.shared.citation(for: source.reference, style: .markdown) ?? "no citation for source.reference")) }
    }

    @Test func aMisspeltTermShowsTheSchemaCodesExplanation() throws {
        let (info, _) = hover(Self.framework + "approach: jio‸nt\n")
        let markdown = try #require(info?.markdown)
        #expect(markdown.contains("`schema/enum`"))
        // The diagnostic's own message comes first, then its rule's explanation, then the key's documentation.
        #expect(markdown.hasPrefix("`jiont` is not a commissioning approach; expected one of separate, parallel, joint, integrated. Did you mean `joint`?\n\n**`schema/enum`**"))
    }

    /// The same hover as plain text, for clients that do not list Markdown first: no `**`,
    /// backticks, escapes or `>` quotations, the same words.
    @Test func plainTextHoverHasTheSameWordsWithoutMarkdown() throws {
        for marked in [Self.framework + "approach: jio‸nt\n", Self.framework + "appro‸ach: joint\n",
                       Self.framework + "integration:\n  contracting:\n    current: jo‸int\n"] {
            let info = try #require(hover(marked).info)
            let plain = info.plainText
            #expect(!plain.contains("**") && !plain.contains("`") && !plain.contains("\\") && !plain.contains("\n> "), "\(plain)")
            #expect(!plain.contains("](") , "\(plain)")
            let words = { (text: String) in text.filter { $0.isLetter || $0.isNumber } }
            #expect(words(plain) == words(info.markdown), "\(plain)")
        }
        let plain = try #require(hover(Self.framework + "approach: jio‸nt\n").info?.plainText)
        #expect(plain.hasPrefix("jiont is not a commissioning approach; expected one of separate, parallel, joint, integrated. Did you mean joint?\n\nschema/enum"))
        #expect(MarkdownPlainText.render("Files named *.strategy.yaml imply it; *IPC* \\[1\\]") == "Files named *.strategy.yaml imply it; IPC [1]")
        #expect(MarkdownPlainText.render("> “quoted”\n>\n> — IPC, *Title*") == "    “quoted”\n\n    — IPC, Title")
        #expect(MarkdownPlainText.render("[the README](https://x.org/r)") == "the README (https://x.org/r)")
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

    /// Hover on a placeholder starts with its diagnostic's message and the rule's explanation
    /// (issue 17: editors that show only the hover's first lines show what is wrong here), then
    /// says what to write there.
    @Test func aPlaceholderShowsWhatToWriteInItsPlace() throws {
        let marked = "kind: commissioning-strategy\nguidance-and-research: T‸BC\n"
        let markdown = try #require(hover(marked)?.markdown)
        let diagnostic = try #require(analyze(MarkedText(marked).text).diagnostics.first { $0.code == "content/placeholder" })
        #expect(markdown.hasPrefix(diagnostic.message + "\n\n**`content/placeholder`**"))
        #expect(markdown.contains("\n\n---\n\n**Guidance and research** — still a placeholder (“TBC”).\n\nWrite here: National guidance and research relevant to the population (element 3)."))
        #expect(markdown.contains("Source: " + (Bibliography.shared.citation(for: "001_b648799edb4670db.txt:323", style: .markdown) ?? "no citation for 001:323")))
        #expect(markdown.contains("**`content/placeholder`**"))
        let date = try #require(hover("kind: commissioning-strategy\nperiod:\n  from: TO‸DO\n")?.markdown)
        #expect(date.contains("Write here: First day of the period."))
        #expect(date.contains("Written as: A calendar date written YYYY-MM-DD, e.g. 2026-04-01, or a financial year, e.g. 2025/26: a period from it starts on its 1 April, a period to it ends on its 31 March."))
        let item = try #require(hover("kind: market-position-statement\nsupply:\n  strengths:\n    - TO‸DO\n")?.markdown)
        #expect(item.contains("Write here: What works well in the market now."))
    }

    @Test func contentIsNotAPlaceholder() {
        let markdown = hover("kind: commissioning-strategy\nguidance-and-research: None of the provid‸ers\n")?.markdown ?? ""
        #expect(!markdown.contains("placeholder ("), "\(markdown)")
    }
}
