import Testing
@testable import Rules

@Suite struct KindMismatchRuleTests {
    @Test func aKindThatDisagreesWithTheSuffixIsReportedAtItsValue() throws {
        let run = RuleRun(KindMismatchRule(), "kind: commissioning-strategy\ntitle: Home care\n", fileName: "plans/home-care.mps.yaml")
        #expect(run.rangeTexts == ["commissioning-strategy"])
        let finding = try #require(run.findings.first)
        #expect(finding.message.contains("`kind: commissioning-strategy` disagrees with the file name 'home-care.mps.yaml', which implies market-position-statement"))
        #expect(finding.message.contains("Change `kind:` to market-position-statement or rename the file to NAME.strategy.yaml"))
        let fix = try #require(finding.fixes.first)
        #expect(EditApplication.apply(fix.edits, to: "kind: commissioning-strategy\ntitle: Home care\n") == "kind: market-position-statement\ntitle: Home care\n")
    }

    @Test func suffixesAreMatchedWithoutRegardToCaseAndYmlCounts() {
        #expect(RuleRun(KindMismatchRule(), "kind: hypothesis-set\n", fileName: "A.Framework.YML").rangeTexts == ["hypothesis-set"])
    }

    @Test func nearMisses() {
        // Agreeing; no suffix; no kind (the suffix decides); a kind that names no kind (kind/unknown's).
        #expect(RuleRun(KindMismatchRule(), "kind: market-position-statement\n", fileName: "home-care.mps.yaml").findings.isEmpty)
        #expect(RuleRun(KindMismatchRule(), "kind: market-position-statement\n", fileName: "home-care.yaml").findings.isEmpty)
        #expect(RuleRun(KindMismatchRule(), "title: Home care\n", fileName: "home-care.mps.yaml").findings.isEmpty)
        #expect(RuleRun(KindMismatchRule(), "kind: strategy\n", fileName: "home-care.mps.yaml").findings.isEmpty)
    }
}
