import Testing
@testable import Rules

/// The matrix, cycle, date, money and reference rules on sections of the wrong shape (a list where
/// a mapping goes, a mapping where text goes, numbers, nulls, broken syntax, CRLF, emoji): they
/// answer inside the document or not at all, and never crash.
@Suite struct MatrixCycleDateReferenceOddShapesTests {
    static let rules: [any Rule] = [
        MatrixAreaMissingRule(), MatrixNoEvidenceRule(), MatrixTargetBelowCurrentRule(), MatrixEvidenceSuggestsLevelRule(),
        MatrixApproachMismatchRule(), CycleStageMissingRule(), CycleUnbalancedRule(), DateInvalidRule(), PeriodReversedRule(),
        TimetableOutsidePeriodRule(), MoneyInvalidRule(), ReferenceUnresolvedRule(), ReferenceOutsideWorkspaceRule(),
    ]

    static let odd: [String] = [
        "kind: commissioning-framework\nintegration: [purpose-and-strategy, contracting]\ncycle: analyse\nperiod: [2026-04-01, 2029-03-31]\ntimetable: {when: 2020-01}\ndocuments: {path: x}\n",
        "kind: commissioning-framework\napproach: [joint]\nintegration:\n  contracting: joint\n  purpose-and-strategy: [current, joint]\n  commissioning-function: {current: [joint], target: {a: 1}, evidence: [a, b]}\n",
        "kind: commissioning-framework\nmodel: [ipc]\ncycle:\n  analyse: {a: 1}\n  plan: 42\n  do: ~\n  review: [[nested], {a: b}, '', ~]\n",
        "kind: commissioning-framework\nintegration:\n  contracting: {current: joint, evidence: \"unclosed\n  commissioning-function:\n    current: integrated\n    evidence: 🙂 Integrated ✓ commissioning function\r\n",
        "kind: commissioning-framework\nperiod: {from: 2026-04-01, to: 2029-03-31}\ntimetable:\n  - when: [2026-01]\n  - 2020-01\n  - when: 2020-01\n  - when: 2020-01-01T00:00:00\n  - when: 20200\n",
        "kind: commissioning-strategy\nhypotheses: [a.hypotheses.yaml]\nfuture-services:\n  - hypotheses: H1\n  - hypotheses: [[H1], {a: b}, 3, '']\n  - hypotheses:\n  - hypotheses: [H2]\nmonitoring: {review-date: [2027-01-01]}\n",
        "kind: commissioning-strategy\nhypotheses: ''\nperiod: {from: 2026-04-01, to: ~}\nresources: {total: [£1m]}\nfuture-services: [{investment: {a: £1m}}]\n",
        "kind: commissioning-framework\ndocuments:\n  - path: 42\n  - path: [a]\n  - path: ''\n  - path: ../../x\n",
        "kind: commissioning-framework\nintegration:\n  contracting: {current: joint, evidence: \(String(repeating: "joint block contracts ", count: 300))}\n",
    ]

    @Test func oddShapesGiveFindingsInsideTheDocumentOrNone() {
        for (number, text) in Self.odd.enumerated() {
            let length = text.utf8.count
            for rule in Self.rules {
                let run = RuleRun(rule, text, fileName: "odd-\(number).yaml", references: InMemoryReferences(outside: ["../../x"]))
                for finding in run.findings {
                    #expect(finding.range.start >= 0 && finding.range.end <= length, "\(type(of: rule).metadata.id) on document \(number)")
                    #expect(!finding.message.isEmpty)
                    for edit in finding.fixes.flatMap(\.edits) {
                        #expect(edit.range.start >= 0 && edit.range.end <= length, "\(type(of: rule).metadata.id) fix on document \(number)")
                    }
                }
            }
        }
    }

    @Test func theOddShapesDoReachTheRules() {
        // Not vacuous: some of the odd documents still give these rules something to report.
        let fired = Set(Self.odd.enumerated().flatMap { number, text in
            Self.rules.filter { !RuleRun($0, text, fileName: "odd-\(number).yaml", references: InMemoryReferences(outside: ["../../x"])).findings.isEmpty }
                .map { type(of: $0).metadata.id }
        })
        for id in ["matrix/area-missing", "matrix/no-evidence", "cycle/stage-missing", "timetable/outside-period", "reference/outside-workspace", "reference/unresolved"] {
            #expect(fired.contains(id), "\(id)")
        }
    }
}
