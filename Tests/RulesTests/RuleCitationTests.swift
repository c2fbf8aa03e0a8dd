import Foundation
import Rules
import Schema
import Testing

/// What `explain`, `rules`, SARIF and the README say about a rule's sources: each seed quote
/// becomes a citation a commissioner can follow in the book or report, never a seed file name.
@Suite struct RuleCitationTests {
    @Test func everyRuleSourceBecomesACitationWithoutAFileName() {
        let quotes = RuleRegistry.metadata.flatMap { rule in rule.sources.map { (rule.id, $0) } }
        #expect(quotes.count > 30, "the rules quote their sources")
        for (id, quote) in quotes {
            let citation = Bibliography.shared.citation(for: quote.reference)
            #expect(citation != nil, "\(id): \(quote.reference) has no citation")
            guard let citation else { continue }
            #expect(citation.range(of: #"\d{3}_[0-9a-f]+\.txt"#, options: .regularExpression) == nil, "\(id): '\(citation)'")
            let markdown = Bibliography.shared.citation(for: quote.reference, style: .markdown) ?? ""
            #expect(markdown.contains("*"), "\(id): the title is in italics in '\(markdown)'")
        }
    }
}
