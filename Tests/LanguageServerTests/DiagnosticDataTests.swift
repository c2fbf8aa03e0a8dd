import JSONSupport
import SourceText
import Testing
@testable import LanguageServer

@Suite("Diagnostic data for quick fixes")
struct DiagnosticDataTests {
    @Test func aDiagnosticWithFixesSaysWhichAndWhetherOneIsSafe() {
        let fixes = [
            Fix(title: "Replace with 'integrated'", edits: [TextEdit(range: TextRange(start: 10, end: 21), newText: "integrated")], isSafe: true),
            Fix(title: "Replace with 'joint'", edits: [TextEdit(range: TextRange(start: 10, end: 21), newText: "joint")]),
        ]
        let data = DiagnosticConverter.fixSummary(fixes)
        #expect(data?["fixes"] == ["Replace with 'integrated'", "Replace with 'joint'"])
        #expect(data?["safeFix"] == true)
    }

    @Test func aDiagnosticWithoutFixesHasNoData() {
        #expect(DiagnosticConverter.fixSummary([]) == nil)
    }
}
