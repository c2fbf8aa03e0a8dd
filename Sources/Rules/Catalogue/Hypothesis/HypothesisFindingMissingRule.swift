import Schema
import SourceText
import Syntax

/// Once a hypothesis has been tested, what the testing found must be written down.
public struct HypothesisFindingMissingRule: ItemRule {
    public static let fixSafety: FixSafety = .safe
    public static let metadata = RuleMetadata(
        id: "hypothesis/finding-missing",
        defaultSeverity: .warning,
        kinds: ["hypothesis-set"],
        summary: "A hypothesis has a status other than untested but no `finding`.",
        explanation: """
            The commissioning work tests each hypothesis and comes to a view about it — whether it \
            should be translated into commissioning aims or objectives. A status of supported, \
            refuted or inconclusive records that view; the `finding` records the evidence behind it, \
            so that others can check it and the strategy can cite it. Add a `finding:` saying what \
            the testing found (the numbers, the source), or set the status back to untested.
            """,
        sources: [SourceQuote("001_b648799edb4670db.txt:247", "Subsequent work on the strategic commissioning intervention will need to test these hypotheses out, and come to a view about whether they should be translated into commissioning aims or objectives.")],
        firingExample: """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people with chronic health problems
            hypotheses:
              - id: H4
                statement: Building more extra care housing will reduce demand for residential care.
                test: Compare moves into residential care with people of similar needs living elsewhere.
                status: supported
            """,
        passingExample: """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people with chronic health problems
            hypotheses:
              - id: H4
                statement: Building more extra care housing will reduce demand for residential care.
                test: Compare moves into residential care with people of similar needs living elsewhere.
                status: supported
                finding: Of 86 tenants eligible for residential care on arrival, 71 still lived in their flats two years later.
            """,
        scope: .eachItem
    )

    public init() {}

    /// The `$defs` name of the statuses in vocabulary.schema.json; the status that needs no
    /// finding is the one marked `x-default` there (untested).
    static let statusVocabulary = "hypothesis-status"

    public func lists(in context: RuleContext) -> [RuleList] { HypothesisItem.lists(in: context) }

    public func check(_ item: SyntaxNode, at index: Int, of list: RuleList, in context: RuleContext) -> [Finding] {
        // Most hypotheses have a finding or no status: those are passed before the statuses are read.
        guard let hypothesis = item.mapping, let status = hypothesis["status"], let value = status.scalar?.text,
              hypothesis.filled("finding") == nil, let statuses = context.vocabulary.list(Self.statusVocabulary),
              statuses.terms.contains(where: { $0.id == value && $0.flag("x-default") != true }) else { return [] }
        let untested = statuses.terms.first { $0.flag("x-default") == true }.map { ", or set the status back to \($0.id)" } ?? ""
        let name = HypothesisItem.name(of: hypothesis, index: index)
        var fixes: [Fix] = []
        if hypothesis.entry("finding") == nil,
           let edit = MappingInsertion.edit(adding: "finding: ", toMapping: item, in: context.tree.source) {
            fixes.append(Fix(title: "Add a `finding:` line", edits: [edit], isSafe: true))
        }
        return [Finding(
            range: status.range,
            message: "Hypothesis \(name) is '\(value)' but records no finding. Add a `finding:` saying what the testing found (the evidence and its source)\(untested).",
            fixes: fixes
        )]
    }
}
