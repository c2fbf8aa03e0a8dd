import SourceText
import Syntax

/// Two hypotheses with one id cannot be told apart by the documents and findings that cite them.
public struct HypothesisDuplicateIdRule: Rule {
    public static let metadata = RuleMetadata(
        id: "hypothesis/duplicate-id",
        defaultSeverity: .error,
        kinds: ["hypothesis-set"],
        summary: "Two hypotheses in one set share an id.",
        explanation: """
            Each hypothesis has a short id (H1, SEN2 …) so that strategies, findings and meetings \
            can refer to it. When two hypotheses share an id, a reference to it is ambiguous and a \
            finding may be recorded against the wrong one. Give every hypothesis its own id — \
            usually by renumbering the later one.
            """,
        sources: [],
        firingExample: """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people with chronic health problems
            hypotheses:
              - id: H1
                statement: Building more extra care housing will reduce demand for residential care.
                test: Compare moves into residential care with people of similar needs living elsewhere.
              - id: H1
                statement: Investing more in rehabilitation after falls will reduce demand for residential care.
                test: Count admissions after a fall before and after the service doubles.
            """,
        passingExample: """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people with chronic health problems
            hypotheses:
              - id: H1
                statement: Building more extra care housing will reduce demand for residential care.
                test: Compare moves into residential care with people of similar needs living elsewhere.
              - id: H2
                statement: Investing more in rehabilitation after falls will reduce demand for residential care.
                test: Count admissions after a fall before and after the service doubles.
            """
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let list = context.root?["hypotheses"] else { return [] }
        var first: [String: SyntaxNode] = [:]
        var findings: [Finding] = []
        for (_, hypothesis) in list.mappingItems {
            guard let id = hypothesis["id"], let text = id.scalar?.text, !id.isBlank else { continue }
            guard let earlier = first[text] else {
                first[text] = id
                continue
            }
            let line = context.tree.source.lineIndex.line(containing: earlier.range.start) + 1
            findings.append(Finding(
                range: id.range,
                message: "The id '\(text)' is already used by the hypothesis on line \(line). Give this hypothesis its own id, so that findings and documents that cite it are not ambiguous.",
                related: [RelatedLocation(documentName: context.documentPath ?? context.tree.source.name, range: earlier.range, message: "'\(text)' first used here")]
            ))
        }
        return findings
    }
}
