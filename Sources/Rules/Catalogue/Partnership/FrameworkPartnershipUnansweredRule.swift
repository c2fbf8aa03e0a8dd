import Schema
import SourceText
import Syntax

/// A framework that starts on the Integrated Care Network's key questions or the WHO grid
/// (002 §3.1-3.2) is told which it has not answered: the tools are for a whole conversation,
/// and an unanswered question is where the partnership has not yet talked.
public struct FrameworkPartnershipUnansweredRule: Rule {
    public static let metadata = RuleMetadata(
        id: "framework/partnership-unanswered",
        defaultSeverity: .info,
        summary: "`partnership-questions` or `who-grid` leaves some of the ICN questions or WHO features unanswered.",
        explanation: """
            The Integrated Care Network's key questions for commissioning partnerships, and the \
            WHO framework its grid draws on, are check-lists for the partners to generate \
            conversations about the development of the partnership. The sources suggest them; they \
            do not require them, so the tool asks nothing until you start. Once a framework has \
            `partnership-questions:` or `who-grid:`, this rule names the questions or features not \
            yet answered: an unanswered question is a conversation not yet had. Answer each in a \
            sentence or two (`who-grid:` takes autonomy, co-ordination or integration for each \
            feature). Hover a key to read its question.
            """,
        sources: [
            SourceQuote("002_ab63f349a42bac4e.txt:252", "The ICN has developed a ‘check-list’ for partnership to use to generate conversations about the development of the partnership."),
            SourceQuote("002_ab63f349a42bac4e.txt:260", "Here are some key questions you can use when exploring the options for strategic commissioning partnerships."),
            SourceQuote("002_ab63f349a42bac4e.txt:239", "The World Health Organisation Framework identifies the key features likely to be associated with integration and distinguishes them from autonomous working or a co-ordinated approach"),
        ],
        firingExample: """
            kind: commissioning-framework
            partnership-questions:
              users: The partnership board has two places for people who use services.
            who-grid:
              vision: co-ordination
            """,
        passingExample: """
            kind: commissioning-framework
            who-grid:
              vision: co-ordination
              partnership: co-ordination
              resources: autonomy
              decision-making: co-ordination
              information: autonomy
            """
    )

    public init() {}

    static let questionList = "partnership-question"
    static let featureList = "who-dimension"

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.isKind("commissioning-framework"), let root = context.root else { return [] }
        var findings: [Finding] = []
        if let entry = root.entry("partnership-questions"), let list = context.vocabulary.list(Self.questionList) {
            let missing = unanswered(list, in: entry)
            if !missing.isEmpty {
                let ids = missing.map { "`\($0.id)`" }
                findings.append(Finding(
                    range: entry.key.range,
                    message: "\(missing.count) of the \(list.terms.count) ICN key questions are not answered: \(ProseList.joined(ids, conjunction: "and")). Add an answer under `partnership-questions:` for each, e.g. `\(missing[0].id):` for “\(missing[0].label)”."
                ))
            }
        }
        if let entry = root.entry("who-grid"), let list = context.vocabulary.list(Self.featureList) {
            let missing = unanswered(list, in: entry)
            if !missing.isEmpty {
                let ids = missing.map { "`\($0.id)` (\($0.label.lowercased()))" }
                findings.append(Finding(
                    range: entry.key.range,
                    message: "The WHO grid does not place \(ProseList.joined(ids, conjunction: "and")). For each, say where the partnership is now: autonomy, co-ordination or integration."
                ))
            }
        }
        return findings
    }

    /// The terms of `list` with no filled entry under `entry`.
    private func unanswered(_ list: TermList, in entry: MappingEntry) -> [Term] {
        let answers = entry.value?.mapping
        return list.terms.filter { answers?.filled($0.id) == nil }
    }
}
