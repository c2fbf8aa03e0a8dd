import Testing
@testable import Rules

/// Every registered rule on documents of the wrong shape — a section that is a list instead of a
/// mapping, a scalar instead of a list, items of mixed types, broken syntax, CRLF and emoji —
/// returns findings whose ranges lie inside the document and never crashes.
@Suite struct CatalogueRobustnessTests {
    static let odd: [(name: String, text: String)] = [
        ("a.strategy.yaml", "kind: commissioning-strategy\nrationale: yes\naims: [1, To reduce, {purpose: 3}]\ndevelopment: [a]\nneeds-assessment: 4\ngaps: {a: b}\nfuture-services: [{investment: [1]}, x]\nresources: {total: {a: 1}}\nlevers: {a: b}\n"),
        ("a.strategy.yaml", "kind: commissioning-strategy\nrationale:\n  market: [no]\n  need-for-change: {a: 1}\n  managed-change: ''\naims:\n  - purpose:\n  - statement:\nfuture-services:\n  - investment: £1m\nresources:\n  total: 0\n"),
        ("b.hypotheses.yaml", "kind: hypothesis-set\nhypotheses:\n  - id: [H1]\n    statement: {a: b}\n    status: [supported]\n  - - nested\n  - ~\n  - id: 1\n  - id: 1\n"),
        ("b.hypotheses.yaml", "hypotheses:\n  - id: H1\n    statement: \"unclosed\n    status: supported\n  - id: H1 🙂\r\n    statement: To ✓ reduce\r\n"),
        ("c.mps.yaml", "kind: market-position-statement\nsupply: [strengths]\n"),
        ("c.mps.yaml", "kind: market-position-statement\nsupply:\n  strengths: x\n  weaknesses:\n"),
        ("d.framework.yaml", "kind: commissioning-framework\ninvolvement: [carers]\n"),
        ("d.framework.yaml", "kind: [commissioning-framework]\ninvolvement:\n  carers: ~\n"),
        ("e.yaml", "- just\n- a list\n"),
        ("e.yaml", ""),
        ("f.strategy.yaml", "kind: hypothesis-set\nhypotheses:\n  - statement: Aim:\n  - statement: '  '\n  - statement: To\n  - statement: We\n  - statement: The number of\n"),
    ]

    @Test func oddDocumentsGiveFindingsInsideTheDocument() {
        for document in Self.odd {
            let length = document.text.utf8.count
            for rule in RuleRegistry.rules {
                let run = RuleRun(rule, document.text, fileName: document.name)
                for finding in run.findings {
                    #expect(finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= length,
                            "\(type(of: rule).metadata.id) on \(document.name): \(finding.range)")
                    #expect(!finding.message.isEmpty)
                }
            }
        }
    }

    @Test func theOddDocumentsDoReachTheRules() {
        // Not vacuous: the odd documents still give the rules something to report.
        let fired = Set(Self.odd.flatMap { document in
            RuleRegistry.rules.filter { !RuleRun($0, document.text, fileName: document.name).findings.isEmpty }.map { type(of: $0).metadata.id }
        })
        for id in ["hypothesis/phrased-as-aim", "hypothesis/duplicate-id", "strategy/aim-purpose", "strategy/rationale", "mps/one-sided-supply", "framework/involvement", "kind/mismatch"] {
            #expect(fired.contains(id), "\(id)")
        }
    }
}
