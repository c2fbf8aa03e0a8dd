import Schema
import SourceText
import Syntax

/// A strategy should be developed with, and assess needs through the views of, the people it
/// serves: service users and carers (001 element 4; 004 puts them at the centre of the model).
public struct StrategyNoUserVoiceRule: Rule {
    public static let metadata = RuleMetadata(
        id: "strategy/no-user-voice",
        defaultSeverity: .warning,
        kinds: ["commissioning-strategy"],
        summary: "Neither service users nor carers are among the strategy's stakeholders, or the needs assessment has no `user-views`.",
        explanation: """
            A commissioning strategy includes an assessment of the population's needs "taking into \
            account user and staff views", and the IPC model places the public, service users and \
            carers at the centre of commissioning. A strategy developed without those who use \
            services, or whose needs assessment does not say what they think, risks planning \
            services around the system rather than the people. List service users or carers among \
            `development.stakeholders` with how they were involved, and record what they said under \
            `needs-assessment.user-views`.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:324", "An assessment of the health, education, social care and other needs of the relevant population taking into account user and staff views."),
            SourceQuote("004_7626832a2734df92.txt:6", "Hence the public, patients/service users and carers are placed at the centre of the model."),
        ],
        firingExample: """
            kind: commissioning-strategy
            development:
              summary: Drafted by the joint commissioning team.
              stakeholders:
                - group: la-commissioners
                - group: nhs-providers
            needs-assessment:
              summary: Demand will rise by a quarter by 2035.
            """,
        passingExample: """
            kind: commissioning-strategy
            development:
              summary: Drafted with locality workshops and a carers' survey.
              stakeholders:
                - group: la-commissioners
                - group: carers
                  how: The carers' survey and forum.
            needs-assessment:
              summary: Demand will rise by a quarter by 2035.
              user-views: Older people want help early, not after a crisis.
            """,
        scope: .sections(["development", "needs-assessment"])
    )

    public init() {}

    /// The `$defs` name of the stakeholder groups; the user-voice groups are those marked
    /// `x-user-voice` there.
    static let groupVocabulary = "stakeholder-group"

    public func check(_ context: RuleContext) -> [Finding] {
        guard let root = context.root else { return [] }
        let voices = (context.vocabulary.list(Self.groupVocabulary)?.terms ?? []).filter { $0.flag("x-user-voice") == true }
        guard !voices.isEmpty else { return [] }
        let voiceNames = ProseList.joined(voices.map { ProseList.inSentence($0.label) }, conjunction: "and")
        var findings: [Finding] = []
        if let entry = root.entry("development"), let development = entry.value?.mapping {
            let groups = Set((development["stakeholders"]?.mappingItems ?? []).compactMap { $0.mapping["group"]?.scalar?.text })
            if groups.isDisjoint(with: voices.map(\.id)) {
                let ids = ProseList.joined(voices.map { "`\($0.id)`" })
                findings.append(Finding(
                    range: (development.entry("stakeholders") ?? entry).key.range,
                    message: "No stakeholder group speaks for the people the strategy serves: \(voiceNames) are missing. Involve them and list them (group \(ids)) with how they were involved."
                ))
            }
        }
        if let entry = root.entry("needs-assessment"), let assessment = entry.value?.mapping, assessment.filled("user-views") == nil {
            findings.append(Finding(
                range: (assessment.entry("user-views") ?? entry).key.range,
                message: "The needs assessment does not record the views of \(voiceNames). Add `user-views:` saying what they told you; the needs assessment should take user and staff views into account."
            ))
        }
        return findings
    }
}
