import Schema
import SourceText
import Syntax

/// Partners aiming at integration — `approach: integrated`, or an IPC matrix area with
/// `target: integrated` — are asked for what 002 §4.4 found those who went before needed: a
/// shared destination with milestones, outcomes rather than structures, and an understanding of
/// each other's finances. The other lessons there (leaders engaged, culture, time) are about how
/// the work is done, which a document cannot show, so they stay in the explanation.
public struct FrameworkIntegrationLessonsRule: Rule {
    public static let metadata = RuleMetadata(
        id: "framework/integration-lessons",
        defaultSeverity: .warning,
        summary: "An integrated approach or target without a destination, milestones, outcomes or an understanding of finances in `integration-plan`.",
        explanation: """
            Partners moving towards integrated commissioning meet challenges that those who went \
            before have summarised: a very clear vision and destination, shared across all \
            partners, with a clear set of milestones along the way; a focus on improving outcomes, \
            not on changing organisational structures; and a mutual understanding of each other's \
            financial systems and budgets. When the framework's `approach:` is `integrated`, or an \
            area of the IPC matrix has `target: integrated`, write them down under \
            `integration-plan:` — `destination`, `milestones`, `outcomes` (the outcomes for people \
            the integration is to improve) and `finances`. The same lessons also name senior \
            leaders engaged throughout, a transparent decision-making process, cultural \
            differences, and the time and capacity for the transition: plan for them too. \
            Integration is not always better; if it is not what you need, choose another approach.
            """,
        sources: [
            SourceQuote("002_ab63f349a42bac4e.txt:423", "Having a very clear vision and destination which is shared across all partner organisations and agreeing a clear set of milestones along the pathway;"),
            SourceQuote("002_ab63f349a42bac4e.txt:425", "Ensuring that the focus remains on improving outcomes and not on changing organisational structures;"),
            SourceQuote("002_ab63f349a42bac4e.txt:429", "Achieving a mutual understanding of each other's financial systems and budgets;"),
            SourceQuote("002_ab63f349a42bac4e.txt:441", "If the locally agreed direction of travel / destination is integrated commissioning, a local action plan must be jointly developed to achieve this goal"),
        ],
        firingExample: """
            kind: commissioning-framework
            approach: integrated
            integration-plan:
              destination: One integrated commissioning team for older people's services.
            """,
        passingExample: """
            kind: commissioning-framework
            approach: integrated
            integration-plan:
              destination: One integrated commissioning team for older people's services, agreed by both boards.
              milestones: [Joint team in post by April 2027, Pooled budget under a Section 75 agreement by April 2028]
              outcomes: [Fewer emergency admissions of people aged 65 and over, More people living at home a year after reablement]
              finances: Finance leads of both partners map each other's budgets and charging rules before the pool is set.
            """
    )

    public init() {}

    /// The parts of the plan, in the order the lessons give them, with what each asks.
    static let parts: [(key: String, asks: String)] = [
        ("destination", "`destination:` (the vision and destination all partners share)"),
        ("milestones", "`milestones:` (the clear set of milestones along the pathway)"),
        ("outcomes", "`outcomes:` (the outcomes for people the integration is to improve, not the structures it changes)"),
        ("finances", "`finances:` (how the partners come to understand each other's financial systems and budgets)"),
    ]

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.isKind("commissioning-framework"), let root = context.root,
              let (node, why) = integratedAim(context) else { return [] }
        let plan = root.entry("integration-plan")
        let missing = Self.parts.filter { plan?.value?.mapping?.filled($0.key) == nil }
        guard !missing.isEmpty else { return [] }
        let add = ProseList.joined(missing.map(\.asks), conjunction: "and")
        let message = plan == nil
            ? "\(why), but there is no `integration-plan:`. Those who moved to integrated arrangements found they needed a shared destination with milestones, a focus on outcomes rather than structures, and an understanding of each other's finances: add `integration-plan:` with \(add)."
            : "\(why), but `integration-plan` has no \(ProseList.joined(missing.map { "`\($0.key)`" }, conjunction: "or")). Add \(add)."
        return [Finding(range: plan?.key.range ?? node.range, message: message)]
    }

    /// The node that says the partners aim at integration, with the words to say so.
    private func integratedAim(_ context: RuleContext) -> (SyntaxNode, String)? {
        if let approach = context.root?["approach"], approach.scalar?.text == "integrated" {
            return (approach, "The approach is `integrated`")
        }
        let integrated = MatrixAssessment(context)?.areas.filter { $0.target?.id == "integrated" } ?? []
        guard let first = integrated.first, let target = first.target else { return nil }
        let names = ProseList.joined(integrated.map { $0.area.label }, conjunction: "and")
        return (target.node, "The IPC matrix sets `target: integrated` for \(names)")
    }
}
