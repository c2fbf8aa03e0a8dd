import SourceText
import Syntax
import Testing
@testable import Analysis

/// The server's summaries of referenced documents: reused for the tree they came from, never
/// for another, and never the reason a tree stays in memory (with 1,000 documents open, holding
/// each referenced version's tree doubled the server's memory).
@Suite struct TreeSummariesTests {
    static func set(_ ids: [String]) -> SyntaxTree {
        let items = ids.map { "  - {id: \($0), statement: Something will happen.}\n" }.joined()
        return Parser.parse(SourceFile(name: "set.hypotheses.yaml", text: "kind: hypothesis-set\nhypotheses:\n" + items))
    }

    @Test func aSummaryIsTheTreesOwn() {
        let summaries = TreeSummaries()
        let first = Self.set(["H1"])
        #expect(summaries.summary(at: "/w/set.hypotheses.yaml", of: first).hypothesisIDs == ["H1"])
        #expect(summaries.summary(at: "/w/set.hypotheses.yaml", of: first).hypothesisIDs == ["H1"])
        // A new version at the same path, while the old one is still alive: summarised afresh.
        let second = Self.set(["H1", "H2"])
        #expect(summaries.summary(at: "/w/set.hypotheses.yaml", of: second).hypothesisIDs == ["H1", "H2"])
        #expect(summaries.summary(at: "/w/set.hypotheses.yaml", of: first).hypothesisIDs == ["H1"])
    }

    @Test func aSummaryDoesNotKeepItsTreeAlive() {
        let summaries = TreeSummaries()
        weak var root: SyntaxNode?
        do {
            let tree = Self.set(["H1"])
            root = tree.root
            _ = summaries.summary(at: "/w/set.hypotheses.yaml", of: tree)
            #expect(root != nil)
        }
        #expect(root == nil, "the summary holds the tree it was taken from")
    }

    @Test func aFreedTreesSummaryIsNotGivenToTheNextOne() {
        let summaries = TreeSummaries()
        // Trees made and freed one after another may reuse an address; each must get its own ids.
        for index in 0..<200 {
            let ids = (0...(index % 5)).map { "H\($0 + 1)" }
            #expect(summaries.summary(at: "/w/set.hypotheses.yaml", of: Self.set(ids)).hypothesisIDs == ids)
        }
    }
}
