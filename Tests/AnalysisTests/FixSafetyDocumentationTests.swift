import Foundation
import SourceText
import Testing
@testable import Analysis
@testable import Rules

/// What `explain` and the rules table say of a code's fix (`DiagnosticCatalog.Entry.fix`) is what
/// its fixes are: every fix found on the rules' firing examples and on the documents of
/// `ConcurrentValidationTests` agrees with the documented safety.
@Suite struct FixSafetyDocumentationTests {
    @Test func documentedSafetyMatchesTheFixes() throws {
        let analyzer = DocumentAnalyzer()
        var seen: [String: Set<Bool>] = [:]
        for (origin, source) in try ConcurrentValidationTests.documents() {
            for diagnostic in analyzer.analyze(source, at: origin).diagnostics {
                for fix in diagnostic.fixes { seen[diagnostic.code, default: []].insert(fix.isSafe) }
            }
        }
        #expect(seen.count >= 5, "the documents should carry fixes of several codes: \(seen)")
        for (code, safeties) in seen {
            let documented = try #require(DiagnosticCatalog.entry(code)?.fix, "\(code) is not in the catalogue")
            switch documented {
            case .none: Issue.record("\(code) has fixes but its documentation says it has none")
            case .safe: #expect(safeties == [true], "\(code) is documented safe")
            case .unsafe: #expect(safeties == [false], "\(code) is documented unsafe")
            case .mixed: break
            }
        }
    }

    @Test func rulesWithFixesSayHow() {
        #expect(DiagnosticCatalog.entry("schema/required")?.fix == .safe)
        #expect(DiagnosticCatalog.entry("schema/enum")?.fix == .unsafe)
        #expect(DiagnosticCatalog.entry("syntax/collection-on-key-line")?.fix == .safe)
        #expect(DiagnosticCatalog.entry("period/reversed")?.fix == .unsafe)
        #expect(DiagnosticCatalog.entry("hypothesis/count")?.fix == FixSafety.none)
    }
}
