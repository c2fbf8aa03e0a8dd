import Testing
@testable import Rules

@Suite struct ReferenceUnresolvedRuleTests {
    static let hypothesisSet = """
        kind: hypothesis-set
        title: Older people — hypotheses
        population: Older people
        hypotheses:
          - {id: H1, statement: Investing in reablement will reduce admissions.}
          - {id: H2, statement: Extra care housing will reduce residential care.}
          - {id: H3, statement: Breaks for carers will reduce crises.}

        """

    static func strategy(set: String? = "older-people.hypotheses.yaml", ids: [[String]] = []) -> String {
        var text = "kind: commissioning-strategy\ntitle: T\n"
        if let set { text += "hypotheses: \(set)\n" }
        text += "future-services:\n"
        for (index, list) in ids.enumerated() {
            text += "  - service: Service \(index + 1)\n    change: new\n    hypotheses: [\(list.joined(separator: ", "))]\n"
        }
        return text
    }

    static let references = InMemoryReferences(documents: ["older-people.hypotheses.yaml": hypothesisSet, "home-care.mps.yaml": "kind: market-position-statement\n"])

    @Test func aMissingHypothesisSetIsReportedAtThePath() throws {
        let run = RuleRun(ReferenceUnresolvedRule(), Self.strategy(set: "older-people.hypothesis.yaml", ids: [["H1"]]), references: Self.references)
        #expect(run.rangeTexts == ["older-people.hypothesis.yaml"])
        let message = try #require(run.messages.first)
        #expect(message.contains("`older-people.hypothesis.yaml` does not exist"))
        #expect(message.contains("there is no older-people.hypothesis.yaml. Correct the path (it is read relative to this document), or create the document."))
    }

    @Test func anExistingSetAndKnownIdsPass() {
        let run = RuleRun(ReferenceUnresolvedRule(), Self.strategy(ids: [["H1", "H3"], ["H2"]]), references: Self.references)
        #expect(run.findings.isEmpty, "\(run.messages)")
    }

    @Test func anIdNotInTheSetIsReportedAtTheId() throws {
        let run = RuleRun(ReferenceUnresolvedRule(), Self.strategy(ids: [["H1", "H7"], ["h2"]]), references: Self.references)
        #expect(run.rangeTexts == ["H7", "h2"])
        #expect(run.messages[0] == "`H7` is not a hypothesis in `older-people.hypotheses.yaml` (it has H1, H2, H3). Correct the id, or add the hypothesis to the set.")
        // `h2` is one letter's case away from `H2`: a single, safe suggestion.
        let fix = try #require(run.findings[1].fixes.first)
        #expect(fix.isSafe)
        #expect(fix.edits.first?.newText == "H2")
    }

    @Test func idsWithoutAHypothesisSetAreReportedAtTheirList() {
        let run = RuleRun(ReferenceUnresolvedRule(), Self.strategy(set: nil, ids: [["H1"], []]), references: Self.references)
        #expect(run.rangeTexts == ["hypotheses"])
        #expect(run.messages.first?.contains("names hypotheses (H1) but the strategy names no hypothesis set") == true)
    }

    @Test func aSetThatCannotBeOpenedIsReportedOnceNotPerId() {
        let run = RuleRun(ReferenceUnresolvedRule(), Self.strategy(set: "gone.hypotheses.yaml", ids: [["H1", "H9"]]), references: Self.references)
        #expect(run.rangeTexts == ["gone.hypotheses.yaml"])
    }

    @Test func aHypothesesPathToAnotherKindIsReported() {
        let run = RuleRun(ReferenceUnresolvedRule(), Self.strategy(set: "home-care.mps.yaml"), references: Self.references)
        #expect(run.rangeTexts == ["home-care.mps.yaml"])
        #expect(run.messages.first?.contains("is a market-position-statement, not a hypothesis-set") == true)
    }

    @Test func aFrameworksDocumentPathsAreChecked() {
        let text = """
            kind: commissioning-framework
            documents:
              - {title: Strategy, relates-to: Made under this framework., path: older-people.strategy.yaml}
              - {title: Set, relates-to: Tested by the strategy., path: older-people.hypotheses.yaml}
              - {title: JSNA, relates-to: Published on the website.}

            """
        let run = RuleRun(ReferenceUnresolvedRule(), text, references: Self.references)
        #expect(run.rangeTexts == ["older-people.strategy.yaml"])
    }

    @Test func anUnreadableTargetSaysWhy() {
        struct Folder: ReferenceResolver {
            func resolve(_ reference: String) -> ResolvedReference { .unreadable(path: "plans/" + reference, reason: "it is a folder") }
        }
        let run = RuleRun(ReferenceUnresolvedRule(), Self.strategy(set: "sets"), references: Folder())
        #expect(run.rangeTexts == ["sets"])
        #expect(run.messages.first?.contains("cannot be read: it is a folder") == true)
    }

    @Test func outsideTheWorkspaceIsTheOtherRulesAndNoWorkspaceMeansNoCheck() {
        let outside = InMemoryReferences(outside: ["../elsewhere.hypotheses.yaml"])
        #expect(RuleRun(ReferenceUnresolvedRule(), Self.strategy(set: "../elsewhere.hypotheses.yaml", ids: [["H1"]]), references: outside).findings.isEmpty)
        #expect(RuleRun(ReferenceUnresolvedRule(), Self.strategy(set: "missing.hypotheses.yaml", ids: [["H1"]]), references: nil).findings.isEmpty)
    }

    @Test func theMetadataExamplesBehave() {
        let metadata = ReferenceUnresolvedRule.metadata
        #expect(!RuleRun(ReferenceUnresolvedRule(), metadata.firingExample, references: Self.references).findings.isEmpty)
        #expect(RuleRun(ReferenceUnresolvedRule(), metadata.passingExample, references: Self.references).findings.isEmpty)
    }
}
