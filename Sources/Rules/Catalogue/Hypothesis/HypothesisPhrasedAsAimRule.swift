import SourceText
import Syntax

/// A hypothesis is an assumption to test, not an aim, objective, plan or indicator (001).
public struct HypothesisPhrasedAsAimRule: ItemRule {
    public static let metadata = RuleMetadata(
        id: "hypothesis/phrased-as-aim",
        defaultSeverity: .warning,
        kinds: ["hypothesis-set"],
        summary: "A hypothesis statement reads as an aim, objective, plan or indicator rather than an assumption to test.",
        explanation: """
            Hypotheses are "assumptions to be used for the basis of investigation": statements about \
            what is happening, or what a change would cause, that the commissioning work will show to \
            be true or false. The sources insist they are NOT aims, objectives, plans or indicators. \
            A statement that opens like an aim ("To reduce…"), a plan ("We will…"), an instruction \
            ("Improve…", "Ensure…"), a label ("Aim:") or an indicator ("The number of…") cannot be \
            tested: it says what you want, not what you believe. Rewrite it as a claim that evidence \
            could support or refute — "Investing more in intensive rehabilitation after falls will \
            reduce demand for residential care", "Mainstream schools in the area are referring too \
            many children to specialist resources" — and keep the aim itself under `aims:`.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:247", "It is crucial to ensure that these hypotheses are NOT seen by stakeholders as aims, objectives, plans or indicators – they are simply areas which need to be tested in the course of the strategic commissioning work."),
            SourceQuote("001_b648799edb4670db.txt:210", "Hypotheses can be defined as ‘assumptions to be used for the basis of investigation’"),
            SourceQuote("001_b648799edb4670db.txt:252", "Make sure they are phrased in the form of statements, and for each, identify how you might collect information which would allow you to test the hypothesis."),
        ],
        firingExample: """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people with chronic health problems
            hypotheses:
              - id: H1
                statement: To reduce the number of older people who require acute hospital care.
                test: Compare admission rates over 12 months.
            """,
        passingExample: """
            kind: hypothesis-set
            title: Older people — hypotheses
            population: Older people with chronic health problems
            hypotheses:
              - id: H1
                statement: Investing more heavily in intensive rehabilitation for older people after falls will reduce demand for residential care.
                test: Count admissions to residential care after a fall, before and after the service grows.
            """,
        scope: .eachItem
    )

    public init() {}

    public func lists(in context: RuleContext) -> [RuleList] { HypothesisItem.lists(in: context) }

    public func check(_ item: SyntaxNode, at index: Int, of list: RuleList, in context: RuleContext) -> [Finding] {
        guard let statement = item.mapping?["statement"], let scalar = statement.scalar,
              case .string = scalar.value, let verdict = AimPhrasing.classify(scalar.text) else { return [] }
        return [Finding(range: statement.range, message: Self.message(for: verdict))]
    }

    static func message(for verdict: AimPhrasing) -> String {
        let why: String
        switch verdict {
        case let .label(opening): why = "is labelled '\(opening)'"
        case let .infinitive(opening): why = "opens with '\(opening) …', as an aim does"
        case let .commitment(opening): why = "opens with '\(opening) …', which states a plan or commitment"
        case let .imperative(opening): why = "opens with the instruction '\(opening) …', as an objective does"
        case let .indicator(opening): why = "names an indicator ('\(opening) …') with nothing said about it"
        case let .outcome(opening): why = "names a wished-for outcome ('\(opening) …') with nothing said about it"
        }
        return "This hypothesis \(why), not an assumption to test. Rewrite it as a statement that evidence could show true or false, e.g. 'Investing more in X will reduce Y' or 'There is not enough X'; keep aims under `aims:`."
    }
}
