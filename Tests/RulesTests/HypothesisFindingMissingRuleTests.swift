import Testing
@testable import Rules

@Suite struct HypothesisFindingMissingRuleTests {
    static let header = "kind: hypothesis-set\ntitle: Older people — hypotheses\npopulation: Older people\nhypotheses:\n"

    @Test func aTestedHypothesisWithoutAFindingIsReportedAtItsStatus() throws {
        let text = Self.header + """
              - id: H4
                statement: Building more extra care housing will reduce demand for residential care.
                status: supported
                test: >-
                  Compare moves into residential care with people
                  of similar needs living elsewhere.
              - id: H5
                statement: Integrated teams will keep more people at home.

            """
        let run = RuleRun(HypothesisFindingMissingRule(), text)
        #expect(run.rangeTexts == ["supported"])
        let finding = try #require(run.findings.first)
        #expect(finding.message.contains("Hypothesis 'H4' is 'supported' but records no finding"))
        #expect(finding.message.contains("Add a `finding:`"))
        #expect(finding.message.contains("or set the status back to untested"))
        // The fix adds the key after the block scalar, at the keys' indentation: still the same mapping.
        let fix = try #require(finding.fixes.first)
        let fixed = EditApplication.apply(fix.edits, to: text)
        #expect(fixed.contains("      of similar needs living elsewhere.\n    finding: \n  - id: H5\n"))
        let after = RuleRun(HypothesisNoTestRule(), fixed)
        #expect(after.tree.diagnostics.isEmpty)
        #expect(after.tree.root?.node(at: [.key("hypotheses"), .index(0)])?.mapping?.entry("finding") != nil)
    }

    @Test func theFixKeepsCRLFLineBreaks() throws {
        let text = (Self.header + "  - id: H1\n    statement: X will cause Y.\n    status: refuted\n").replacingOccurrences(of: "\n", with: "\r\n")
        let finding = try #require(RuleRun(HypothesisFindingMissingRule(), text).findings.first)
        let fixed = EditApplication.apply(try #require(finding.fixes.first).edits, to: text)
        #expect(fixed.hasSuffix("    status: refuted\r\n    finding: \r\n"))
    }

    @Test func anEmptyFindingIsReportedWithoutAFix() throws {
        let text = Self.header + "  - id: H1\n    statement: X will cause Y.\n    status: inconclusive\n    finding: ''\n"
        let finding = try #require(RuleRun(HypothesisFindingMissingRule(), text).findings.first)
        #expect(finding.fixes.isEmpty)
    }

    @Test func nearMisses() {
        // Untested (or no status: untested by default), a finding given, a status that is no status (the schema's).
        for status in ["status: untested", "", "status: supported\n    finding: 71 of 86 stayed at home.", "status: maybe"] {
            let text = Self.header + "  - id: H1\n    statement: X will cause Y.\n    \(status)\n"
            #expect(RuleRun(HypothesisFindingMissingRule(), text).findings.isEmpty, "\(status)")
        }
    }
}
