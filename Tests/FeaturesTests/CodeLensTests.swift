import Analysis
import Foundation
import Schema
import SourceText
import Syntax
import Testing
@testable import Features

@Suite struct CodeLensTests {
    static let set = """
        kind: hypothesis-set
        title: Older people — hypotheses
        population: Older people
        hypotheses:
          - id: H1
            statement: Reablement after a fall prevents admissions.
            test: Compare admissions.
            status: supported
            finding: Fewer admissions.
          - id: H2
            statement: Carers' breaks prevent crises.
            test: Count crisis calls.
          - id: H3
            statement: Nobody cites this.
            test: None.

        """
    static let strategy = """
        kind: commissioning-strategy
        title: Living well
        period: {from: 2026-04-01, to: 2029-03-31}
        hypotheses: ../sets/older.hypotheses.yaml
        future-services:
          - service: Reablement
            change: increase
            investment: £750k a year
            hypotheses: [H1, H2]
          - service: Extra care housing
            change: new
            investment: £2m
            hypotheses: [H2]
        resources:
          total: £4.5m

        """
    static let other = """
        kind: commissioning-strategy
        title: Carers
        hypotheses: ../sets/older.hypotheses.yaml
        future-services:
          - service: Breaks
            change: new
            hypotheses: [H2]

        """
    static let framework = """
        kind: commissioning-framework
        title: Framework
        integration:
          contracting:
            current: joint
            evidence: Agencies issue joint block contracts.
          purpose-and-strategy:
            current: parallel
          stakeholder-engagement:
            target: joint

        """

    let workspace = InMemoryWorkspace(files: [
        "sets/older.hypotheses.yaml": set,
        "plans/living-well.strategy.yaml": strategy,
        "plans/carers.strategy.yaml": other,
        "northshire.framework.yaml": framework,
    ])

    private func lenses(_ path: String) -> [String: String] {
        let text = String(decoding: workspace.tree(path).source.bytes, as: UTF8.self)
        let analysis = analyze(text, name: (path as NSString).lastPathComponent)
        let found = CodeLenses.lenses(in: analysis.tree, fileURL: workspace.url(path), schemaFile: analysis.kind?.schemaFile, documents: workspace)
        return Dictionary(found.map { lens in
            (String(decoding: Array(text.utf8)[lens.range.start..<lens.range.end], as: UTF8.self), lens.title)
        }, uniquingKeysWith: { first, _ in first })
    }

    @Test func eachHypothesisSaysHowManyDocumentsCiteIt() throws {
        let found = lenses("sets/older.hypotheses.yaml")
        #expect(found == ["H1": "cited by 1 document", "H2": "cited by 2 documents", "H3": "cited by 0 documents"])
    }

    @Test func theCitationsOfAHypothesisAreItsUsesAndThoseOfADocumentItsLinks() throws {
        let uses = CodeLenses.citations(of: workspace.url("sets/older.hypotheses.yaml"), hypothesis: "H2", documents: workspace)
        #expect(uses.count == 3)
        #expect(Set(uses.map(\.url.lastPathComponent)) == ["living-well.strategy.yaml", "carers.strategy.yaml"])
        let links = CodeLenses.citations(of: workspace.url("sets/older.hypotheses.yaml"), hypothesis: nil, documents: workspace)
        #expect(links.count == 2)
    }

    @Test func aStrategySaysWhatItCommitsAndWhatItsSetHolds() throws {
        let found = lenses("plans/living-well.strategy.yaml")
        // £750k a year over the 3 years of the period plus £2m, against £4.5m: as strategy/overcommitted counts.
        #expect(found["future-services"] == "£4,250,000 of £4,500,000 committed")
        #expect(found["../sets/older.hypotheses.yaml"] == "3 hypotheses: 2 untested, 1 supported", "in the vocabulary's order of statuses")
        #expect(lenses("plans/carers.strategy.yaml")["future-services"] == nil, "no resources.total to set it against")
    }

    @Test func theIntegrationSectionSaysHowManyAreasAreAssessedAndWithEvidence() throws {
        let areas = Vocabulary.shared.matrix.areas.terms.count
        #expect(lenses("northshire.framework.yaml")["integration"] == "2 of \(areas) areas assessed, 1 with evidence")
    }
}
