import SourceText
import Syntax

/// Where a finding about one hypothesis points: its `id` value when it has one (`H1`), else its
/// first key — a short, stable place on the item's first line rather than the whole item.
enum HypothesisItem {
    /// The list of hypotheses, for the rules that judge them one by one.
    static func lists(in context: RuleContext) -> [RuleList] {
        context.root?["hypotheses"].map { [RuleList(name: "hypotheses", node: $0)] } ?? []
    }


    static func anchor(of hypothesis: SyntaxMapping, item: SyntaxNode) -> TextRange {
        if let id = hypothesis["id"], !id.isBlank { return id.range }
        return hypothesis.entries.first?.key.range ?? item.range
    }

    /// How to name the hypothesis in a message: `H1`, or its position when it has no id.
    static func name(of hypothesis: SyntaxMapping, index: Int) -> String {
        if let id = hypothesis["id"]?.scalar?.text, !id.isEmpty { return "'\(id)'" }
        return "number \(index + 1)"
    }
}
