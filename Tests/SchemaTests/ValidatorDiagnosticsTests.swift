import Foundation
import JSONSupport
import Schema
import SourceText
import Syntax
import Testing

/// Schema diagnostics on documents: code, exact range, message and fix, with the test schemas.
@Suite struct ValidatorDiagnosticsTests {
    let valid = """
        kind: commissioning-strategy
        approach: joint
        monitoring:
          arrangements: Quarterly review by the board
        """

    @Test func theTestSchemasLoadWithoutProblems() throws {
        #expect(ValidatorTestSchemas.registry.problems.isEmpty, "\(ValidatorTestSchemas.registry.problems)")
        #expect(ValidatorTestSchemas.schema != nil)
    }

    @Test func aValidDocumentHasNoDiagnostics() {
        let result = ValidatorTestSchemas.check(valid)
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func misspeltTermAndMisspeltKeyGiveExactlyTwoDiagnosticsOnTheirTokens() throws {
        let result = ValidatorTestSchemas.check("""
            kind: commissioning-strategy
            approach: intergrated
            monitering:
              arrangements: Quarterly review by the board
            """)
        try #require(result.diagnostics.count == 2, "\(result.diagnostics.map(\.message))")
        let term = result.diagnostics[0]
        #expect(term.code == "schema/enum")
        #expect(result.tree.text(term.range) == "intergrated")
        #expect(term.message == "`intergrated` is not a level of integration; expected one of separate, parallel, joint, integrated. Did you mean `integrated`?")
        #expect(term.fixes == [Fix(title: "Replace with `integrated`", edits: [TextEdit(range: term.range, newText: "integrated")], isSafe: false)])

        let key = result.diagnostics[1]
        #expect(key.code == "schema/unknown-key")
        #expect(result.tree.text(key.range) == "monitering")
        #expect(key.message == "Unknown section `monitering` in this commissioning strategy. Did you mean `monitoring`?")
        #expect(key.fixes == [Fix(title: "Replace with `monitoring`", edits: [TextEdit(range: key.range, newText: "monitoring")], isSafe: true)])
        #expect(key.severity == .error && term.severity == .error)
    }

    @Test func aMissingTopLevelSectionIsReportedAtTheFirstKeyWithAnInsertion() throws {
        let text = """
            kind: commissioning-strategy
            approach: joint
            """
        let result = ValidatorTestSchemas.check(text)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.code == "schema/required")
        #expect(result.tree.text(diagnostic.range) == "kind")
        #expect(diagnostic.message == "The required section `monitoring` (Monitoring and review) is missing; add a `monitoring:` section to the document.")
        let edit = try #require(diagnostic.fixes.first?.edits.first)
        #expect(edit == TextEdit(range: .empty(at: text.utf8.count), newText: "\nmonitoring:"))
        // Inserting a missing section means what the writer meant (issue 18): safe.
        #expect(diagnostic.fixes.first?.isSafe == true)
    }

    @Test func aMissingNestedKeyIsReportedAtTheKeyOfItsMapping() throws {
        let text = """
            kind: commissioning-strategy
            approach: joint
            monitoring:
              review-date: 2027-03-31
            """
        let result = ValidatorTestSchemas.check(text)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.code == "schema/required")
        #expect(result.tree.text(diagnostic.range) == "monitoring")
        #expect(diagnostic.message == "The required key `arrangements` (Arrangements) is missing from `monitoring`; add `arrangements:` under it.")
        let edit = try #require(diagnostic.fixes.first?.edits.first)
        #expect(edit == TextEdit(range: .empty(at: text.utf8.count), newText: "\n  arrangements:"))
    }

    @Test func aMissingKeyInAListItemIsReportedAtTheItemsFirstKey() throws {
        let result = ValidatorTestSchemas.check(valid + """

            aims:
              - purpose: efficiency
            """)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics[0].code == "schema/required")
        #expect(result.tree.text(result.diagnostics[0].range) == "purpose")
        #expect(result.diagnostics[0].message.contains("from item 1 of `aims`"))
        let edit = try #require(result.diagnostics[0].fixes.first?.edits.first)
        #expect(edit.newText == "\n    statement:")
    }

    @Test func listLengthIsReportedAtTheKeyOfTheList() throws {
        let result = ValidatorTestSchemas.check(valid + """

            aims:
              - statement: one
              - statement: two
              - statement: three
            """)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics[0].code == "schema/max-items")
        #expect(result.tree.text(result.diagnostics[0].range) == "aims")
        #expect(result.diagnostics[0].message == "`aims` may list at most 2 items (it has 3); remove some.")
    }

    @Test func aWrongTypeIsReportedAtTheValueAndAnEmptyValueAtItsKey() throws {
        let wrong = ValidatorTestSchemas.check("""
            kind: commissioning-strategy
            approach: joint
            monitoring: every quarter
            """)
        try #require(wrong.diagnostics.count == 1, "\(wrong.diagnostics.map(\.message))")
        #expect(wrong.diagnostics[0].code == "schema/type")
        #expect(wrong.tree.text(wrong.diagnostics[0].range) == "every quarter")
        #expect(wrong.diagnostics[0].message == "`monitoring` must be a mapping of `key: value` lines, not text; write it as `{arrangements: …}`, or put those keys on lines of their own under it.")

        let empty = ValidatorTestSchemas.check("""
            kind: commissioning-strategy
            approach: joint
            monitoring:
            """)
        try #require(empty.diagnostics.count == 1, "\(empty.diagnostics.map(\.message))")
        #expect(empty.tree.text(empty.diagnostics[0].range) == "monitoring")
        #expect(empty.diagnostics[0].message == "`monitoring` has no value; write a mapping of `key: value` lines here, e.g. `{arrangements: …}`.")
    }

    @Test func aMultiLineValueOfTheWrongTypeIsReportedAtItsKey() throws {
        let result = ValidatorTestSchemas.check(valid.replacingOccurrences(of: "approach: joint", with: """
            approach:
              level: joint
              since: 2024
            """))
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics[0].code == "schema/enum")
        #expect(result.tree.text(result.diagnostics[0].range) == "approach")
        #expect(result.diagnostics[0].message == "`approach` is not a level of integration; expected one of separate, parallel, joint, integrated.")
    }

    @Test func datesAndMoneyFailWithTheirOwnCodesOnce() throws {
        let result = ValidatorTestSchemas.check("""
            kind: commissioning-strategy
            approach: joint
            monitoring:
              arrangements: Quarterly
              review-date: 2027-02-29
            investment: £1.2.3m
            when: 2026-13
            """)
        try #require(result.diagnostics.count == 3, "\(result.diagnostics.map(\.message))")
        let byText = Dictionary(uniqueKeysWithValues: result.diagnostics.map { (result.tree.text($0.range), $0) })
        #expect(byText["2027-02-29"]?.code == "date/invalid")
        #expect(byText["2027-02-29"]?.message == "`2027-02-29` is not a real calendar date; write it as YYYY-MM-DD, e.g. 2026-04-01.")
        #expect(byText["£1.2.3m"]?.code == "money/invalid")
        #expect(byText["£1.2.3m"]?.message == "`£1.2.3m` is not an amount of money; write it like £250,000, £1.2 million, £250k, £1.5m or £1/4m, or as a plain number, followed if it is a rate by `a year`, `a week` or `an hour`.")
        #expect(byText["2026-13"]?.code == "date/invalid")
        #expect(byText["2026-13"]?.message == "`2026-13` is neither a real calendar date nor a month; write YYYY-MM-DD (e.g. 2026-04-01) or YYYY-MM (e.g. 2026-04).")
    }

    @Test func negativeMoneyIsMoneyInvalidNotAMinimum() throws {
        let result = ValidatorTestSchemas.check(valid + "\ninvestment: -5")
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics[0].code == "money/invalid")
        #expect(result.tree.text(result.diagnostics[0].range) == "-5")
    }

    @Test func validDatesMonthsAndMoneyPass() {
        let result = ValidatorTestSchemas.check(valid + """

            investment: £1/4m
            when: 2026-04
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test func aWrongKeyUnderPropertyNamesIsReportedAtTheKeyWithASuggestion() throws {
        let result = ValidatorTestSchemas.check(valid + """

            cycle:
              analsye: Needs analysis
              plan: Strategy
            """)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.code == "schema/enum")
        #expect(result.tree.text(diagnostic.range) == "analsye")
        #expect(diagnostic.message == "`analsye` is not a stage of the cycle; expected one of analyse, plan, do, review. Did you mean `analyse`?")
        #expect(diagnostic.fixes.first?.edits == [TextEdit(range: diagnostic.range, newText: "analyse")])
    }

    @Test func aFailedOneOfNamesTheAlternativesOnce() throws {
        let result = ValidatorTestSchemas.check(valid + "\npartner: 42")
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics[0].code == "schema/one-of")
        #expect(result.tree.text(result.diagnostics[0].range) == "42")
        #expect(result.diagnostics[0].message == "`42` is not valid for `partner`; expected one of: partner name, partner details.")
    }

    @Test func whenOneAlternativeTakesTheValuesTypeItsOwnFailureIsReported() throws {
        let result = ValidatorTestSchemas.check(valid + "\ncount: 7")
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics[0].code == "schema/maximum")
        #expect(result.diagnostics[0].message == "`count` must be at most 5, not 7.")
    }

    @Test func anUnknownKeyWithNothingCloseListsWhatIsAllowed() throws {
        let result = ValidatorTestSchemas.check(valid.replacingOccurrences(of: "  arrangements", with: "  zzz: 1\n  arrangements"))
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.tree.text(result.diagnostics[0].range) == "zzz")
        #expect(result.diagnostics[0].message == "Unknown key `zzz` in `monitoring`; remove it or use one of: review-date.")
        #expect(result.diagnostics[0].fixes.isEmpty)
    }

    @Test func aWrongConstantSuggestsTheRightOne() throws {
        let result = ValidatorTestSchemas.check(valid.replacingOccurrences(of: "kind: commissioning-strategy", with: "kind: commissioning-stratgy"))
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics[0].code == "schema/const")
        #expect(result.tree.text(result.diagnostics[0].range) == "commissioning-stratgy")
        #expect(result.diagnostics[0].message == "`kind` must be `commissioning-strategy`, not `commissioning-stratgy`. Did you mean `commissioning-strategy`?")
    }

    @Test func aRepeatedItemIsReportedAtTheRepeat() throws {
        let text = valid + """

            tags:
              - older people
              - carers
              - older people
            """
        let result = ValidatorTestSchemas.check(text)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics[0].code == "schema/unique-items")
        let start = try #require(text.range(of: "older people", options: .backwards)).lowerBound.utf16Offset(in: text)
        #expect(result.diagnostics[0].range.start == start)
        #expect(result.diagnostics[0].message == "Item 3 of `tags` repeats item 1 of the list; remove the duplicate.")
    }

    @Test func aKeyStillBeingTypedIsLeftToTheParser() {
        let result = ValidatorTestSchemas.check(valid + "\nmonitori", allowingSyntaxErrors: true)
        #expect(!result.tree.diagnostics.isEmpty, "the parser reports the unfinished line")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test func rangesAreRightAfterMultiByteCharacters() throws {
        let text = """
            kind: commissioning-strategy
            approach: joint
            monitoring:
              arrangements: “Quarterly” review – £ and 🙂
              reviewdate: 2027-03-31
            """
        let result = ValidatorTestSchemas.check(text)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.tree.text(result.diagnostics[0].range) == "reviewdate")
        #expect(result.diagnostics[0].message.hasSuffix("Did you mean `review-date`?"))
        let position = result.tree.source.lineIndex.position(of: result.diagnostics[0].range.start, in: .utf16)
        #expect(position == LinePosition(line: 4, character: 2))
    }

    @Test func aMissingKeyInAFlowMappingIsInsertedBeforeTheBrace() throws {
        let result = ValidatorTestSchemas.check("""
            kind: commissioning-strategy
            approach: joint
            monitoring: {review-date: 2027-03-31}
            """)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.tree.text(result.diagnostics[0].range) == "monitoring")
        let edit = try #require(result.diagnostics[0].fixes.first?.edits.first)
        #expect(result.tree.text(TextRange(start: edit.range.start, end: edit.range.start + 1)) == "}")
        #expect(edit.newText == ", arrangements: ")
    }

    @Test func insertionsKeepTheDocumentsLineEnds() throws {
        let text = "kind: commissioning-strategy\r\napproach: joint\r\n"
        let result = ValidatorTestSchemas.check(text)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        let edit = try #require(result.diagnostics[0].fixes.first?.edits.first)
        #expect(edit == TextEdit(range: .empty(at: "kind: commissioning-strategy\r\napproach: joint".utf8.count), newText: "\r\nmonitoring:"))
    }

    @Test func aMissingSectionAfterLeadingCommentsPointsAtTheFirstKey() throws {
        let result = ValidatorTestSchemas.check("""
            # Older people's strategy
            # (draft)
            kind: commissioning-strategy
            approach: joint
            """)
        try #require(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(result.tree.text(result.diagnostics[0].range) == "kind")
        #expect(result.tree.source.lineIndex.position(of: result.diagnostics[0].range.start, in: .utf16) == LinePosition(line: 2, character: 0))
    }

    @Test func aQuotedUnknownKeyIsReplacedWhole() throws {
        let result = ValidatorTestSchemas.check("""
            kind: commissioning-strategy
            approach: 'intergrated'
            "monitering":
              arrangements: Quarterly
            """)
        try #require(result.diagnostics.count == 2, "\(result.diagnostics.map(\.message))")
        #expect(result.tree.text(result.diagnostics[0].range) == "'intergrated'")
        #expect(result.diagnostics[0].message.hasPrefix("`intergrated` is not a level of integration"))
        #expect(result.tree.text(result.diagnostics[1].range) == "\"monitering\"")
        #expect(result.diagnostics[1].fixes.first?.edits.first?.newText == "monitoring")
    }
}
