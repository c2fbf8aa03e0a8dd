import Analysis
import Rules
import SourceText
import Syntax
import Testing
@testable import Features

@Suite struct StructureTests {
    @Test func theOutlineNamesSectionsAndListItemsByTheirIdentifyingField() throws {
        let text = try Repository.example("older-people.strategy.yaml")
        let outline = Outline.items(in: analyze(text, name: "older-people.strategy.yaml"))
        let root = try #require(analyze(text, name: "older-people.strategy.yaml").tree.root?.mapping)
        #expect(outline.map(\.name) == root.entries.map(\.keyText))
        #expect(outline.allSatisfy { $0.kind == .section })
        #expect(outline.first { $0.name == "monitoring" }?.detail == "Monitoring and review")
        let partners = try #require(outline.first { $0.name == "partners" })
        #expect(partners.children.map(\.name) == ["Northshire County Council", "Northshire Clinical Commissioning Group"])
        let services = try #require(outline.first { $0.name == "future-services" })
        #expect(services.children.first?.name == "Integrated community health and social care teams in each locality")
        let evidence = try #require(outline.first { $0.name == "needs-assessment" }?.children.first { $0.name == "evidence" })
        #expect(evidence.children.first?.name.hasPrefix("People aged 75 and over will rise") == true, "named by the finding, not the type")
        // Each child lies inside its parent, and the name inside the symbol.
        func check(_ item: OutlineItem) {
            #expect(item.range.contains(item.selectionRange), "\(item.name)")
            for child in item.children {
                #expect(item.range.contains(child.range), "\(child.name) in \(item.name)")
                check(child)
            }
        }
        outline.forEach(check)
    }

    @Test func hypothesesAreNamedByTheirIds() throws {
        let text = try Repository.example("older-people.hypotheses.yaml")
        let outline = Outline.items(in: analyze(text, name: "older-people.hypotheses.yaml"))
        let hypotheses = try #require(outline.first { $0.name == "hypotheses" })
        let ids = DocumentReferences.hypothesisDefinitions(in: analyze(text).tree).map(\.id)
        #expect(!ids.isEmpty)
        #expect(hypotheses.children.map(\.name) == ids)
    }

    @Test func foldingCoversMultiLineEntriesScalarsAndCommentRuns() {
        let text = "# one\n# two\nkind: hypothesis-set\naims:\n  - first\n  - second\nsummary: >-\n  folded\n  text\nperiod: {from: 2026-04-01,\n  to: 2029-03-31}\nsingle: line\n"
        let tree = Parser.parse(text)
        let regions = Folding.regions(in: tree)
        let lines = tree.source.lineIndex
        let spans = regions.map { [lines.line(containing: $0.range.start), lines.line(containing: $0.range.end)] }
        #expect(regions.first?.kind == .comment)
        #expect(spans.contains([0, 1]))
        #expect(spans.contains([3, 5]), "aims")
        #expect(spans.contains([6, 8]), "the folded scalar")
        #expect(spans.contains([9, 10]), "the flow mapping")
        #expect(!spans.contains { $0[0] == 11 }, "a single line has nothing to fold")
    }

    @Test func selectionGrowsFromTheScalarToTheDocument() throws {
        let marked = MarkedText("kind: commissioning-framework\nintegration:\n  contracting:\n    current: jo‸int\n    evidence: x\n")
        let tree = Parser.parse(marked.text)
        let ranges = SelectionRanges.ranges(in: tree, at: marked.offset)
        let word = offset(of: "joint", in: marked.text)
        #expect(ranges.first == TextRange(start: word, end: word + 5))
        #expect(ranges.last == TextRange(start: 0, end: marked.text.utf8.count))
        for (inner, outer) in zip(ranges, ranges.dropFirst()) {
            #expect(outer.contains(inner) && outer != inner)
        }
        let texts = ranges.map { tree.source.text(in: $0) }
        #expect(texts.contains("current: joint"))
        #expect(texts.contains { $0.hasPrefix("contracting:") })
    }
}
