import Schema
import SourceText
import Syntax

/// The IPC model asks for equal time, energy and attention on every stage; a stage with a small
/// fraction of the activities of the fullest one is getting much less.
public struct CycleUnbalancedRule: Rule {
    public static let metadata = RuleMetadata(
        id: "cycle/unbalanced",
        defaultSeverity: .info,
        summary: "One stage of the cycle has less than a third of the activities of the fullest.",
        explanation: """
            Commissioners and contractors should spend equal time, energy and attention on every \
            stage of the cycle. A framework that lists many activities for one stage (often \
            "do": tendering and contracting) and very few for another (often "review") shows \
            where attention goes. This check compares the number of activities per stage and \
            speaks when one has less than a third of the fullest. Add the activities that stage \
            really involves, or merge the fullest stage's items into fewer, broader ones.
            """,
        sources: [
            SourceQuote("004_7626832a2734df92.txt:3", "commissioners and contractors should spend equal time, energy and attention on the four elements."),
        ],
        firingExample: """
            kind: commissioning-framework
            cycle:
              analyse: [Needs assessment., Map services., Review legislation.]
              plan: [Gap analysis., Design services., Write the strategy.]
              do: [Build supply., Talk to providers., Tender., Let contracts., Decommission., Manage contracts., Pay providers.]
              review: [Annual report.]
            """,
        passingExample: """
            kind: commissioning-framework
            cycle:
              analyse: [Needs assessment., Map services., Review legislation.]
              plan: [Gap analysis., Design services., Write the strategy.]
              do: [Build supply., Talk to providers., Tender and let contracts.]
              review: [Pull together contract information., Keep a shared dashboard.]
            """,
        scope: .sections(["cycle", "model"])
    )

    public init() {}

    /// A stage is unbalanced when it has fewer than 1/`ratio` of the fullest stage's activities.
    static let ratio = 3

    public func check(_ context: RuleContext) -> [Finding] {
        guard let cycle = FrameworkCycle(context) else { return [] }
        // Stages with no activities at all are `cycle/stage-missing`'s to report.
        let listed = cycle.stages.filter { $0.activityCount > 0 }
        guard let fullest = listed.max(by: { $0.activityCount < $1.activityCount }) else { return [] }
        return listed.compactMap { stage in
            guard stage.activityCount * Self.ratio < fullest.activityCount, let entry = stage.entry else { return nil }
            let hint = CycleStageMissingRule.exampleHint(stage.term)
            return Finding(
                range: entry.key.range,
                message: "The stage `\(stage.term.id)` lists \(Self.count(stage.activityCount)) against \(fullest.activityCount) for `\(fullest.term.id)`; "
                    + "the stages deserve equal time, energy and attention. Add the activities this stage really involves\(hint), or merge `\(fullest.term.id)`'s into fewer, broader ones."
            )
        }
    }

    static func count(_ number: Int) -> String { number == 1 ? "1 activity" : "\(number) activities" }
}
