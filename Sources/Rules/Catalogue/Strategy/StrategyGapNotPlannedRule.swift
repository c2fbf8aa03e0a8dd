import Schema
import SourceText
import Syntax

/// The priorities of element 6 (where services need to be redeveloped, reduced or increased)
/// should show in the plan of element 7 (the pattern of services to be purchased). Gaps and
/// services are not linked by name, so the rule asks only whether the plan makes any change of
/// the kind a gap calls for: it misses a gap answered by the wrong service, but never fires on a
/// plan that does act.
public struct StrategyGapNotPlannedRule: Rule {
    public static let metadata = RuleMetadata(
        id: "strategy/gap-not-planned",
        defaultSeverity: .info,
        kinds: ["commissioning-strategy"],
        summary: "A gap calls for services to be increased, reduced or redeveloped, but no future service makes a change of that kind.",
        explanation: explanation(Vocabulary.shared.list(actionVocabulary)?.terms ?? []),
        sources: [
            SourceQuote("001_b648799edb4670db.txt:326", "An analysis of gaps and overlaps in services, and priorities for where services need to be redeveloped, reduced or increased."),
            SourceQuote("001_b648799edb4670db.txt:327", "A plan for the pattern of services to be purchased in the future, including where resources will be targeted and where there may need to be service de-commissioning."),
        ],
        firingExample: """
            kind: commissioning-strategy
            gaps:
              - description: Too few breaks and out-of-hours support for carers.
                action: increase
            future-services:
              - service: Day centres
                change: maintain
            """,
        passingExample: """
            kind: commissioning-strategy
            gaps:
              - description: Too few breaks and out-of-hours support for carers.
                action: increase
            future-services:
              - service: Carers' breaks at home and overnight
                change: increase
            """,
        scope: .sections(["gaps", "future-services"])
    )

    public init() {}

    /// The `$defs` names of the gap actions and the service changes in vocabulary.schema.json;
    /// which changes act on which gap is the gap action's `x-service-changes`.
    static let actionVocabulary = "gap-action"
    static let changeVocabulary = "service-change"

    static func explanation(_ actions: [Term]) -> String {
        let pairs = actions.map { "`\($0.id)` by \(ProseList.joined(changes(for: $0).map { "`\($0)`" }))" }
        return """
            A strategy's analysis of gaps and overlaps sets priorities for where services need to \
            be redeveloped, reduced or increased, and its plan for future services says what will \
            be purchased. The sources list the two elements one after the other; reading the \
            second as the answer to the first is this rule's inference, not the sources' words. A \
            gap is acted on when some future service makes a change of its kind: \
            \(ProseList.joined(pairs, conjunction: "and")) (the gap action's `x-service-changes` in \
            Schemas/vocabulary.schema.json). Gaps and services are not linked by name, so the rule \
            only fires when the plan makes no change of that kind at all; it cannot tell whether \
            the right service changes. Add the future service that answers the gap, or, if the gap \
            will be met some other way (a lever such as information and advice), say so in the \
            gap's description and silence the rule there.
            """
    }

    static func changes(for action: Term) -> [String] {
        action.extras["x-service-changes"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    public func check(_ context: RuleContext) -> [Finding] {
        guard let root = context.root, let gaps = root["gaps"],
              let actions = context.vocabulary.list(Self.actionVocabulary) else { return [] }
        // No plan yet, or one whose changes are still to be written: the schema and
        // content/placeholder report that; this rule judges a plan that is there.
        guard let services = root["future-services"]?.mappingItems, !services.isEmpty,
              services.allSatisfy({ $0.mapping["change"].map { !$0.isBlank && !ContentPlaceholderRule.isPlaceholder($0) } ?? false })
        else { return [] }
        let planned = Set(services.compactMap { $0.mapping["change"]?.scalar?.text })
        var unanswered: [(action: Term, gaps: [(number: Int, node: SyntaxNode)])] = []
        for (index, element) in gaps.mappingItems.enumerated() {
            guard let node = element.mapping["action"], let id = node.scalar?.text, let action = actions.term(id) else { continue }
            let answers = Self.changes(for: action)
            guard !answers.isEmpty, planned.isDisjoint(with: answers) else { continue }
            if let slot = unanswered.firstIndex(where: { $0.action.id == id }) {
                unanswered[slot].gaps.append((index + 1, node))
            } else {
                unanswered.append((action, [(index + 1, node)]))
            }
        }
        let document = context.documentPath ?? context.tree.source.name
        return unanswered.compactMap { action, gaps in
            guard let first = gaps.first else { return nil }
            let numbers = gaps.map { String($0.number) }
            let which = gaps.count == 1 ? "Gap \(numbers[0]) calls" : "Gaps \(ProseList.joined(numbers, conjunction: "and")) call"
            let changes = Self.changes(for: action).map { "`change: \($0)`" }
            return Finding(
                range: first.node.range,
                message: "\(which) for services to be \(action.label), but no future service does that. Add the future service that acts on it (\(ProseList.joined(changes))), or say in the gap how else it will be met.",
                related: gaps.dropFirst().map { RelatedLocation(documentName: document, range: $0.node.range, message: "gap \($0.number): action \(action.id)") }
            )
        }
    }
}
