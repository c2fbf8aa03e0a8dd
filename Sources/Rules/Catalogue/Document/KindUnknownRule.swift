import Schema
import SourceText

/// A document must say what it is — by `kind:` or by its file suffix — before it can be checked.
public struct KindUnknownRule: Rule {
    public static let fixSafety: FixSafety = .mixed
    public static let metadata = RuleMetadata(
        id: "kind/unknown",
        defaultSeverity: .error,
        summary: "The document's kind is neither given by `kind:` nor implied by its file name.",
        explanation: """
            Every document starts with `kind:` — commissioning-strategy, market-position-statement, \
            commissioning-framework or hypothesis-set — and that decides which sections it must \
            have. A file named NAME.strategy.yaml, NAME.mps.yaml, NAME.framework.yaml or \
            NAME.hypotheses.yaml implies its kind when `kind:` is missing. When neither tells, the \
            document cannot be checked: add `kind:` or rename the file.
            """,
        sources: [],
        firingExample: "title: Something\n",
        passingExample: "kind: hypothesis-set\ntitle: Older people — hypotheses\npopulation: Older people\n"
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard context.kind == nil, let rootNode = context.tree.root else { return [] }
        guard let root = rootNode.mapping else {
            let firstLine = context.tree.source.lineIndex.contentRange(ofLine: context.tree.source.lineIndex.line(containing: rootNode.range.start))
            return [Finding(
                range: firstLine,
                message: "A commissioning document is a mapping of sections (`key: value` lines) starting with `kind:`; this one is a \(rootNode.sequence != nil ? "list" : "single value")."
            )]
        }
        let kinds = context.vocabulary.kinds.map(\.id)
        if let entry = root.entry("kind"), let value = entry.value {
            let written = value.scalar?.text ?? ""
            let nearest = Suggestions.nearest(to: written, among: kinds)
            let hint = nearest.first.map { " Did you mean '\($0)'?" } ?? ""
            let fixes = nearest.count == 1
                ? [Fix(title: "Replace with '\(nearest[0])'", edits: [TextEdit(range: value.range, newText: nearest[0])], isSafe: true)]
                : []
            return [Finding(
                range: value.range.isEmpty ? entry.key.range : value.range,
                message: "'\(written)' is not a document kind; expected one of \(kinds.joined(separator: ", ")).\(hint)",
                fixes: fixes
            )]
        }
        let firstEntry = root.entries.first?.key.range ?? TextRange.empty(at: 0)
        return [Finding(
            range: firstEntry,
            message: "This document has no `kind:` and its file name does not say what it is. Add `kind:` as the first line (\(kinds.joined(separator: ", "))) or name the file NAME.strategy.yaml, NAME.mps.yaml, NAME.framework.yaml or NAME.hypotheses.yaml.",
            fixes: [Fix(title: "Insert `kind:`", edits: [TextEdit(range: .empty(at: firstEntry.start), newText: "kind: \n")])]
        )]
    }
}
