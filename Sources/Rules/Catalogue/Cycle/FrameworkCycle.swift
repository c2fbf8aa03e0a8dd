import Schema
import Syntax

/// A framework's `cycle:` read against the stages of its commissioning model (`model:`, else the
/// default model): for each stage, its entry (if written) and how many activities it lists.
struct FrameworkCycle {
    let model: CommissioningModel
    /// The `cycle:` entry.
    let entry: MappingEntry
    let stages: [Stage]

    struct Stage {
        let term: Term
        /// The stage's key in `cycle:`, nil when it is not written.
        let entry: MappingEntry?
        let activityCount: Int
    }

    static let section = "cycle"
    static let modelKey = "model"

    /// Nil for kinds without a cycle, without `cycle:`, or naming a model that does not exist
    /// (the schema reports that).
    init?(_ context: RuleContext) {
        guard context.kind?.section(Self.section) != nil, let root = context.root, let entry = root.entry(Self.section) else { return nil }
        let model: CommissioningModel?
        if let named = root[Self.modelKey]?.scalar, named.value != .null {
            model = context.vocabulary.model(id: named.text)
        } else {
            model = context.vocabulary.defaultModel
        }
        guard let model else { return nil }
        self.model = model
        self.entry = entry
        let written = entry.value?.mapping
        stages = model.stages.terms.map { term in
            let stageEntry = written?.entry(term.id)
            return Stage(term: term, entry: stageEntry, activityCount: Self.count(stageEntry?.value))
        }
    }

    /// The listed activities: the items of a list that say something; text on its own counts as one.
    static func count(_ value: SyntaxNode?) -> Int {
        guard let value else { return 0 }
        if let items = value.sequence?.items {
            return items.filter { item in
                guard let scalar = item.value.scalar else { return true }
                return scalar.value != .null && !scalar.text.isEmpty
            }.count
        }
        if let scalar = value.scalar { return scalar.value == .null || scalar.text.isEmpty ? 0 : 1 }
        return value.mapping?.entries.isEmpty == false ? 1 : 0
    }
}
