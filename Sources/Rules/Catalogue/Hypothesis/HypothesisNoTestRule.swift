import SourceText
import Syntax

/// Every hypothesis needs a way to test it (001 Exercise 2.4).
public struct HypothesisNoTestRule: ItemRule {
    public static let metadata = RuleMetadata(
        id: "hypothesis/no-test",
        defaultSeverity: .warning,
        kinds: ["hypothesis-set"],
        summary: "A hypothesis has no `test`: no way of collecting the information that would test it.",
        explanation: """
            A hypothesis is only useful if the commissioning work can find out whether it holds. \
            Exercise 2.4 asks, for each hypothesis, how you might collect information which would \
            allow you to test it. Add a `test:` saying what you will measure or ask, of whom, and \
            over what period — e.g. "Compare emergency admission rates in the two pilot localities \
            with the rest of the county over 12 months."
            """,
        sources: [SourceQuote("001_b648799edb4670db.txt:252", "Make sure they are phrased in the form of statements, and for each, identify how you might collect information which would allow you to test the hypothesis.")],
        firingExample: """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people with chronic health problems
            hypotheses:
              - id: H2
                statement: Investing more heavily in intensive rehabilitation after falls will reduce demand for residential care.
            """,
        passingExample: """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people with chronic health problems
            hypotheses:
              - id: H2
                statement: Investing more heavily in intensive rehabilitation after falls will reduce demand for residential care.
                test: Count admissions to residential care in the six months after a fall, before and after the service doubles.
            """,
        scope: .eachItem
    )

    public init() {}

    public func lists(in context: RuleContext) -> [RuleList] { HypothesisItem.lists(in: context) }

    public func check(_ item: SyntaxNode, at index: Int, of list: RuleList, in context: RuleContext) -> [Finding] {
        guard let hypothesis = item.mapping, hypothesis.filled("test") == nil else { return [] }
        let name = HypothesisItem.name(of: hypothesis, index: index)
        if let entry = hypothesis.entry("test") {
            return [Finding(range: entry.key.range, message: "The test of hypothesis \(name) is empty. Say how you will collect the information that shows whether it holds: what you will measure or ask, of whom, over what period.")]
        }
        return [Finding(
            range: HypothesisItem.anchor(of: hypothesis, item: item),
            message: "Hypothesis \(name) has no `test`. Add one saying how you will collect the information that shows whether it holds: what you will measure or ask, of whom, over what period."
        )]
    }
}
