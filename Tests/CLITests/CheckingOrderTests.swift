import Analysis
import Foundation
import Testing
@testable import CLI

/// `lint` starts the documents a reference may lead to before the documents that refer to them
/// (so each is parsed once); the report keeps the files' own order whatever the checking order.
@Suite struct CheckingOrderTests {
    static func target(_ name: String) -> LintTarget {
        LintTarget(url: nil, displayPath: name, workspacePath: name)
    }

    @Test func namedDocumentsComeBeforeTheDocumentsThatNameThem() {
        let names = ["a/p.framework.yaml", "a/p.hypotheses.yaml", "a/p.mps.yaml", "a/p.strategy.yaml",
                     "b/q.framework.yaml", "b/q.strategy.yaml", "b/q.hypotheses.yaml", "notes.txt"]
        let checker = FileChecker(analyzer: DocumentAnalyzer(), withExcerpts: false, positionEncoding: .utf16)
        let order = checker.checkingOrder(names.map(Self.target)).map { names[$0] }
        #expect(order == ["a/p.hypotheses.yaml", "a/p.mps.yaml", "b/q.hypotheses.yaml", "notes.txt",
                          "a/p.strategy.yaml", "b/q.strategy.yaml",
                          "a/p.framework.yaml", "b/q.framework.yaml"])
    }

    @Test func theReportKeepsTheTargetsOrder() {
        let names = ["z.framework.yaml", "y.hypotheses.yaml", "x.strategy.yaml"]
        let checker = FileChecker(analyzer: DocumentAnalyzer(), withExcerpts: false, positionEncoding: .utf16)
        // No URL: each is reported as "no text to read", in the order given.
        let results = checker.check(names.map(Self.target))
        #expect(results.map { result -> String in
            if case let .failure(problem) = result { return problem.path }
            return "checked"
        } == names)
    }
}
