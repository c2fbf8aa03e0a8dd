import SourceText
import Syntax

/// A hypothesis set should hold "say, five to eight" hypotheses, agreed with key stakeholders
/// (001:222).
public struct HypothesisCountRule: Rule {
    public static let metadata = RuleMetadata(
        id: "hypothesis/count",
        defaultSeverity: .warning,
        kinds: ["hypothesis-set"],
        summary: "A hypothesis set has fewer than 5 or more than 8 hypotheses.",
        explanation: """
            The sources advise agreeing a selection of "say, five to eight" hypotheses with key \
            stakeholders, so that "the agenda can be refined, and the priority issues can be \
            agreed". The number is the sources' guide ("say"), so this is a warning: with fewer, \
            check with the stakeholders that the key issues they believe have to be explored are \
            all there; with more, agree with them which are the priority issues.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:222", "By agreeing a selection of, say, five to eight hypotheses with key stakeholders, the agenda can be refined, and the priority issues can be agreed."),
            SourceQuote("001_b648799edb4670db.txt:210", "they can be used to enable stakeholders to identify key issues that they believe have to be explored"),
        ],
        firingExample: """
            kind: hypothesis-set
            title: Too few
            population: Older people
            hypotheses:
              - id: H1
                statement: Investing in reablement will reduce admissions.
                test: Compare admissions before and after.
            """,
        passingExample: """
            kind: hypothesis-set
            title: Five
            population: Older people
            hypotheses:
              - {id: H1, statement: Investing in reablement will reduce admissions., test: Compare admissions before and after.}
              - {id: H2, statement: Extra care housing will reduce care home moves., test: Compare moves with similar people elsewhere.}
              - {id: H3, statement: Support for carers will reduce crises., test: Count emergency respite before and after.}
              - {id: H4, statement: Integrated teams will speed up discharge., test: Measure days from referral to first visit.}
              - {id: H5, statement: Less qualified staff could do many nursing tasks., test: Audit a fortnight of visits.}
            """,
        scope: .sections(["hypotheses"])
    )

    public init() {}

    static let fewest = 5
    static let most = 8

    public func check(_ context: RuleContext) -> [Finding] {
        guard let entry = context.root?.entry("hypotheses"),
              let items = entry.value?.sequence?.items else { return [] }
        let count = items.count
        if count < Self.fewest {
            return [Finding(
                range: entry.key.range,
                message: "This set has \(count) hypothes\(count == 1 ? "is" : "es"); the sources advise five to eight. Agree more with the stakeholders, on key issues they believe have to be explored."
            )]
        }
        if count > Self.most {
            return [Finding(
                range: entry.key.range,
                message: "This set has \(count) hypotheses; the sources advise five to eight. Agree with the stakeholders which are the priority issues, and keep those."
            )]
        }
        return []
    }
}
