import SourceText
import Testing

@Suite struct TextRangeTests {
    @Test func basics() {
        let range = TextRange(start: 3, end: 7)
        #expect(range.length == 4)
        #expect(!range.isEmpty && TextRange.empty(at: 5).isEmpty)
        #expect(range.contains(3) && range.contains(6) && !range.contains(7))
        #expect(range.touches(7) && !range.touches(8) && !range.touches(2))
        #expect(range.contains(TextRange(start: 4, end: 7)) && !range.contains(TextRange(start: 2, end: 4)))
        #expect(range.union(TextRange(start: 10, end: 12)) == TextRange(start: 3, end: 12))
        #expect(TextRange(start: 5, end: 2) == TextRange.empty(at: 5), "an end before the start is clamped")
        #expect(TextRange(start: 1, end: 9) < TextRange(start: 2, end: 3))
        #expect(TextRange(start: 1, end: 2) < TextRange(start: 1, end: 3))
    }

    @Test func sourceFileTextOfRanges() {
        let file = SourceFile(name: "x", text: "£1 – ok")
        #expect(file.text(in: TextRange(start: 0, end: 3)) == "£1")
        #expect(file.text(in: TextRange(start: 4, end: 7)) == "–")
        #expect(file.text(in: TextRange(start: 5, end: 100)) == "\u{FFFD}\u{FFFD} ok")
        #expect(file.text(in: TextRange(start: -5, end: 1)) == "\u{FFFD}")
    }

    @Test func diagnosticsSortInDocumentOrder() {
        let later = Diagnostic(code: "b", severity: .error, message: "m", range: TextRange(start: 5, end: 6))
        let earlier = Diagnostic(code: "z", severity: .hint, message: "m", range: TextRange(start: 1, end: 2))
        let sameRange = Diagnostic(code: "a", severity: .error, message: "m", range: TextRange(start: 5, end: 6))
        #expect([later, earlier, sameRange].sorted() == [earlier, sameRange, later])
        #expect(Severity.hint < Severity.info && Severity.warning < Severity.error)
    }
}
