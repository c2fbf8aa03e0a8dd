import Analysis
import Foundation
import JSONSupport
import Schema
import SourceText
import Syntax
import Testing
@testable import Features

/// The rendered pages' HTML: escaping, structure (WCAG 2.1 AA rules that can be checked in the
/// markup), the matrix table, the board's counts, the money totals, and every section of every
/// example present.
@Suite struct RenderingTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas/examples")

    static func input(_ text: String, path: String) -> RenderInput {
        let analysis = analyze(text, name: path)
        let problems = analysis.diagnostics.map {
            PageProblem(severity: $0.severity, code: $0.code, message: $0.message, line: analysis.source.lineIndex.line(containing: $0.range.start) + 1, sectionKey: nil)
        }
        return RenderInput(workspacePath: path, kind: analysis.kind, data: analysis.tree.toJSON(), problems: problems)
    }

    static func exampleSite() throws -> RenderSite {
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let documents = try names.map { name in
            input(try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8), path: "examples/" + name)
        }
        return RenderSite(documents: documents)
    }

    static func page(_ name: String, in site: RenderSite) throws -> (RenderInput, String) {
        let document = try #require(site.documents.first { $0.workspacePath == "examples/" + name })
        return (document, DocumentPage.render(document, in: site))
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    // MARK: Escaping

    @Test func hostileTextIsShownAsWrittenNeverAsMarkup() {
        let hostile = #"<script>alert("x")</script> & 'q' </style>"#
        let text = """
            kind: hypothesis-set
            title: '\(hostile.replacingOccurrences(of: "'", with: "''"))'
            owner: '\(hostile.replacingOccurrences(of: "'", with: "''"))'
            partners:
              - name: '<img src=x onerror=alert(1)>'
                type: nhs
            hypotheses:
              - id: '"><b>H1'
                statement: '\(hostile.replacingOccurrences(of: "'", with: "''"))'
                test: A & B
                status: untested
            '<i>odd</i>': value

            """
        let document = Self.input(text, path: "x.hypotheses.yaml")
        let html = DocumentPage.render(document, in: RenderSite(documents: [document]))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<i>odd"))
        #expect(!html.contains("<b>H1"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(html.contains("A &amp; B"))
        // Only the page's own style element ends the style: the running title is a CSS string.
        #expect(Self.count("</style>", in: html) == 1)
        #expect(Self.count("<title>", in: html) == 1)
    }

    @Test func escapeCoversTheFiveCharacters() {
        #expect(HTML.escape(#"<a href="x">&'"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(HTML.anchor(#"a"b<c"#) == "section-a-b-c")
    }

    // MARK: Structure

    @Test func everyExamplePageHasOneH1LandmarksSkipLinkAndHeadingsInOrder() throws {
        let site = try Self.exampleSite()
        #expect(site.documents.count == 5)
        let pages = site.documents.map { DocumentPage.render($0, in: site) } + [IndexPage.render(site)]
        for html in pages {
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains(#"<html lang="en-GB">"#))
            #expect(Self.count("<h1", in: html) == 1)
            #expect(html.contains(##"<a class="skip" href="#main">"##))
            #expect(html.contains(#"<main id="main">"#))
            #expect(html.contains("<meta name=\"viewport\""))
            #expect(!html.contains("<script"))
            // No heading skips a level on the way down.
            let levels = Self.matches("<h([1-6])", in: html).map { Int($0[1])! }
            for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1, "h\(previous) then h\(next)") }
            // Self-contained: every src/href is a fragment or another rendered page.
            for link in Self.matches(#"(?:src|href)="([^"]*)""#, in: html).map({ $0[1] }) {
                let page = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? link
                #expect(page.isEmpty || (page.hasSuffix(".html") && !page.contains(":") && !page.contains("/")), "\(link)")
            }
            // Every table header cell says what it heads.
            #expect(Self.count("<th>", in: html) == 0)
            #expect(Self.count("<th ", in: html) == Self.count("<th scope=", in: html))
        }
    }

    @Test func everySectionOfEveryExampleIsPresentUnderItsSchemaTitle() throws {
        let site = try Self.exampleSite()
        for document in site.documents {
            let html = DocumentPage.render(document, in: site)
            let kind = try #require(document.kind)
            for key in try #require(document.data.objectValue).keys where !DocumentPage.headerKeys.contains(key) {
                let section = try #require(kind.section(key), "\(key) in \(document.workspacePath)")
                #expect(html.contains(#"<section id="\#(HTML.anchor(key))""#), "\(key) in \(document.workspacePath)")
                #expect(html.contains(">" + HTML.escape(section.title) + "</h2>"), "\(section.title)")
                #expect(html.contains(HTML.escape(HTML.firstSentence(section.description))))
            }
            #expect(html.contains(HTML.escape(document.title)))
            if let owner = document.data["owner"]?.stringValue { #expect(html.contains(HTML.escape(owner))) }
        }
    }

    // MARK: The matrix

    @Test func theMatrixIsASevenByFourTableWithMarkedCurrentAndTarget() throws {
        let site = try Self.exampleSite()
        let (document, html) = try Self.page("northshire.framework.yaml", in: site)
        let vocabulary = Vocabulary.shared
        let table = try #require(html.components(separatedBy: #"<table class="matrix">"#).dropFirst().first?.components(separatedBy: "</table>").first)
        #expect(Self.count(#"<th scope="row">"#, in: table) == vocabulary.matrix.areas.terms.count)
        #expect(Self.count(#"<th scope="col">"#, in: table) == vocabulary.matrix.levels.terms.count + 1)
        #expect(Self.count("<details>", in: table) == vocabulary.matrix.cells.filter { !$0.activities.isEmpty }.count)
        let integration = try #require(document.data["integration"]?.objectValue)
        #expect(Self.count("mark-current", in: table) == integration.keys.filter { integration[$0]?["current"] != nil }.count)
        #expect(Self.count("mark-target", in: table) == integration.keys.filter { integration[$0]?["target"] != nil }.count)
        // The marked cell is the one the document names: for each area, the current mark is in the
        // column of its level.
        for row in Self.matches(#"<tr data-area="([a-z-]+)">(.*?)</tr>"#, in: table) {
            let cells = row[2].components(separatedBy: "<td").dropFirst()
            let levels = vocabulary.matrix.levels.terms.map(\.id)
            let marked = cells.enumerated().filter { $0.element.contains("mark-current") }.map { levels[$0.offset] }
            #expect(marked == [integration[row[1]]?["current"]?.stringValue].compactMap { $0 })
        }
    }

    @Test func anAreaLeftOutIsShownAsNotAssessed() {
        let document = Self.input("kind: commissioning-framework\ntitle: T\nintegration:\n  contracting:\n    current: joint\n    evidence: We share contract intelligence.\n", path: "t.framework.yaml")
        let html = DocumentPage.render(document, in: RenderSite(documents: [document]))
        #expect(Self.count("Not assessed", in: html) == Vocabulary.shared.matrix.areas.terms.count - 1)
        #expect(html.contains("1 of 7 areas assessed"))
    }

    // MARK: Cycle, board, money, demand, timetable, problems

    @Test func theCycleHasABarAndANumberPerStage() throws {
        let site = try Self.exampleSite()
        let (document, html) = try Self.page("northshire.framework.yaml", in: site)
        let model = try #require(Vocabulary.shared.model(id: document.data["model"]?.stringValue ?? "") ?? Vocabulary.shared.defaultModel)
        for stage in model.stages.terms {
            let number = document.data["cycle"]?[stage.id]?.arrayValue?.count ?? 0
            #expect(html.contains(#"data-stage="\#(stage.id)" data-count="\#(number)""#))
            #expect(html.contains("\(number) activities") || number < 2)
        }
    }

    @Test func theBoardCountsMatchTheDocumentAndCardsShowWhoCitesThem() throws {
        let site = try Self.exampleSite()
        let (document, html) = try Self.page("older-people.hypotheses.yaml", in: site)
        let hypotheses = try #require(document.data["hypotheses"]?.arrayValue)
        for status in try #require(Vocabulary.shared.list("hypothesis-status")).terms {
            let number = hypotheses.filter { ($0["status"]?.stringValue ?? "untested") == status.id }.count
            #expect(html.contains(#"data-status="\#(status.id)" data-count="\#(number)""#))
        }
        #expect(Self.count(#"<article class="card""#, in: html) == hypotheses.count)
        // H4 is cited by the strategy's extra care housing, which links to the strategy's page.
        #expect(html.contains("Extra care housing (two new schemes)"))
        #expect(html.contains(##"href="examples--older-people.strategy.html#section-future-services""##))
        #expect(html.contains("Tested by: "))
    }

    @Test func moneyTotalsAreSetAgainstTheResources() throws {
        let site = try Self.exampleSite()
        let (document, html) = try Self.page("older-people.strategy.yaml", in: site)
        let investments = (document.data["future-services"]?.arrayValue ?? []).compactMap { $0["investment"]?.stringValue.flatMap(Money.init) }
        let sum = investments.filter { $0.period == nil }.reduce(0) { $0 + $1.pounds }
        #expect(html.contains("Total over the period</th><td class=\"num\">\(try #require(Money(pounds: sum)).amount)</td>"))
        #expect(html.contains("Resources (total)</th><td class=\"num\">£24,000,000</td>"))
        #expect(html.contains("Within the resources"))
        #expect(html.contains(#"href="examples--older-people.hypotheses.html""#))
    }

    @Test func overCommitmentIsStatedInWords() {
        let text = """
            kind: commissioning-strategy
            title: T
            period: {from: 2026-04-01, to: 2029-03-31}
            future-services:
              - service: Extra care housing
                change: new
                investment: £5m
            resources:
              total: £4m

            """
        let document = Self.input(text, path: "t.strategy.yaml")
        let html = DocumentPage.render(document, in: RenderSite(documents: [document]))
        #expect(html.contains("Over-committed: The future services invest £5,000,000"))
        #expect(html.contains("Draft — "))
    }

    @Test func demandHasATableAndAChartDescribedByIt() throws {
        let site = try Self.exampleSite()
        let (document, html) = try Self.page("home-care.mps.yaml", in: site)
        let forecasts = try #require(document.data["demand"]?["forecasts"]?.arrayValue)
        let table = try #require(html.components(separatedBy: #"<table id="forecasts-table">"#).dropFirst().first?.components(separatedBy: "</table>").first)
        #expect(Self.count(#"<th scope="row">"#, in: table) == forecasts.count)
        #expect(html.contains(#"<svg role="img" aria-labelledby="forecasts-chart-title""#))
        #expect(html.contains(#"<div class="pair">"#))
    }

    @Test func theTimetableIsInDateOrderWithOutsideThePeriodMarked() {
        let text = """
            kind: commissioning-framework
            title: T
            period: {from: 2026-04-01, to: 2027-03-31}
            timetable:
              - when: 2027-01
                activity: Second
              - when: 2026-06
                activity: First
              - when: 2028-02
                activity: Too late

            """
        let document = Self.input(text, path: "t.framework.yaml")
        let html = DocumentPage.render(document, in: RenderSite(documents: [document]))
        let first = try! #require(html.range(of: "First")), second = try! #require(html.range(of: "Second"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(Self.count("(outside the period", in: html) == 1)
        #expect(html.contains("Too late <span class=\"outside\">"))
    }

    /// As `date/timetable-outside-period` reads them: a period in financial years runs from its
    /// first 1 April to its last 31 March, and a financial year entry is inside if any day is.
    @Test func aTimetableInFinancialYearsIsMarkedByTheirDays() {
        #expect(!Timetable.isOutside("2025/26", from: "2025/26", to: "2028/29"))
        #expect(!Timetable.isOutside("2029-03", from: "2025/26", to: "2028/29"))
        #expect(Timetable.isOutside("2029-04", from: "2025/26", to: "2028/29"))
        #expect(Timetable.isOutside("2025-03-31", from: "2025/26", to: "2028/29"))
        #expect(Timetable.isOutside("2029/30", from: "2026-04-01", to: "2029-03-31"))
        #expect(!Timetable.isOutside("2025/26", from: "2026-03-31", to: "2029-03-31"))
        #expect(!Timetable.isOutside("soon", from: "2025/26", to: "2028/29"))
    }

    @Test func problemsAreListedInADraftBannerLinkedToTheirSection() {
        let document = RenderInput(workspacePath: "t.framework.yaml", kind: Vocabulary.shared.kind(id: "commissioning-framework"),
                                   data: .object(["kind": .string("commissioning-framework"), "title": .string("T"), "principles": .array([.string("Open")])]),
                                   problems: [PageProblem(severity: .error, code: "a/b", message: "Do <this>.", line: 3, sectionKey: "principles"),
                                              PageProblem(severity: .warning, code: "c/d", message: "And that.", line: 4, sectionKey: nil)])
        let html = DocumentPage.render(document, in: RenderSite(documents: [document]))
        #expect(html.contains("Draft — 1 error, 1 warning"))
        #expect(html.contains(##"<a href="#section-principles">line 3</a>"##))
        #expect(html.contains("Do &lt;this&gt;."))
    }

    @Test func theIndexListsEveryDocumentByKindWithStatusAndProblems() throws {
        let site = try Self.exampleSite()
        let html = IndexPage.render(site)
        for document in site.documents { #expect(html.contains(#"<a href="\#(document.pageName)">"#)) }
        #expect(html.contains(">Hypothesis sets</h2>") || html.contains("Hypothesis set"))
    }

    // MARK: Data for other tools

    @Test func csvHasOneRowPerItemAndQuotesAndDefusesFields() throws {
        let site = try Self.exampleSite()
        let files = Dictionary(uniqueKeysWithValues: SiteData.csv(site).map { ($0.name, $0.text) })
        let matrix = try #require(files["matrix.csv"])
        let assessed = site.documents.filter { $0.data["integration"] != nil }.count
        #expect(matrix.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + assessed * Vocabulary.shared.matrix.areas.terms.count)
        let strategy = try #require(site.documents.first { $0.kind?.id == "commissioning-strategy" })
        let services = try #require(strategy.data["future-services"]?.arrayValue)
        #expect(try #require(files["money.csv"]).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + services.count)
        #expect(SiteData.line(["a,b", #"say "hi""#, "=SUM(A1)", "plain"]) == #""a,b","say ""hi""",'=SUM(A1),plain"# + "\r\n")
    }

    @Test func jsonHoldsEveryDocumentWithItsDataAndProblems() throws {
        let site = try Self.exampleSite()
        let parsed = try JSONParser.parse(SiteData.json(site))
        let documents = try #require(parsed["documents"]?.arrayValue)
        #expect(documents.count == site.documents.count)
        for (written, document) in zip(documents, site.documents) {
            #expect(written["data"] == document.data)
            #expect(written["kind"]?.stringValue == document.kind?.id)
            #expect(written["problems"]?.arrayValue?.count == document.problems.count)
        }
    }
}
