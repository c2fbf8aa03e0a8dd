import Schema
import SourceText
import Syntax

/// Every aim of a strategy should serve one of the three overall aims of commissioning (001).
public struct StrategyAimPurposeRule: Rule {
    public static let fixSafety: FixSafety = .unsafe
    public static let metadata = RuleMetadata(
        id: "strategy/aim-purpose",
        defaultSeverity: .warning,
        kinds: ["commissioning-strategy"],
        summary: "An aim of the strategy does not say which of the three overall aims of commissioning it serves.",
        explanation: explanation(Vocabulary.shared.list(purposeVocabulary)?.terms ?? []),
        sources: [
            SourceQuote("001_b648799edb4670db.txt:99", "IPC has worked on many commissioning interventions for clients over the years, and has identified that there are three overall aims which they consistently try to achieve:"),
            SourceQuote("001_b648799edb4670db.txt:105", "If you are involved in commissioning and cannot justify your activities in terms of these three aims, then you need to think again"),
        ],
        firingExample: """
            kind: commissioning-strategy
            aims:
              - statement: To reduce the number of older people who require acute hospital and residential care.
            """,
        passingExample: """
            kind: commissioning-strategy
            aims:
              - statement: To reduce the number of older people who require acute hospital and residential care.
                purpose: better-outcomes
            """,
        scope: .sections(["aims"])
    )

    public init() {}

    /// Names the three purposes from the vocabulary, not from Swift.
    static func explanation(_ purposes: [Term]) -> String {
        let named = purposes.map { "`\($0.id)` (\(ProseList.inSentence($0.label)))" }
        return """
            IPC finds that commissioning interventions consistently try to achieve three overall \
            aims, and if an activity cannot be justified by one of them, the sources say to think \
            again. Give each aim a `purpose:` naming the one it serves — \
            \(ProseList.joined(named)) — and if none fits, ask whether the aim belongs in a \
            commissioning strategy at all. (A purpose that is not one of these is reported by the \
            schema check with the nearest term.)
            """
    }

    /// The `$defs` name of the three purposes in vocabulary.schema.json.
    static let purposeVocabulary = "aim-purpose"

    public func check(_ context: RuleContext) -> [Finding] {
        guard let aims = context.root?["aims"] else { return [] }
        let purposes = context.vocabulary.list(Self.purposeVocabulary)?.terms ?? []
        let choices = purposes.map(\.id).joined(separator: ", ")
        return aims.mappingItems.enumerated().compactMap { index, element in
            let (item, aim) = element
            guard aim.filled("purpose") == nil else { return nil }
            let entry = aim.entry("purpose")
            let fixes = purposes.compactMap { term -> Fix? in
                guard let edit = Self.edit(setting: term.id, entry: entry, item: item, source: context.tree.source) else { return nil }
                return Fix(title: "Set `purpose: \(term.id)` (\(term.label))", edits: [edit])
            }
            return Finding(
                range: entry?.key.range ?? aim.entries.first?.key.range ?? item.range,
                message: "Aim \(index + 1) does not say which overall aim of commissioning it serves. Add `purpose:` (\(choices)); if none fits, think again about whether this aim belongs in the strategy.",
                fixes: fixes
            )
        }
    }

    /// Fills an empty `purpose:` in place, or adds the line when the aim has none.
    static func edit(setting id: String, entry: MappingEntry?, item: SyntaxNode, source: SourceFile) -> TextEdit? {
        guard let entry else { return MappingInsertion.edit(adding: "purpose: \(id)", toMapping: item, in: source) }
        guard let colon = entry.colonRange, let value = entry.value, value.scalar != nil else { return nil }
        return TextEdit(range: TextRange(start: colon.end, end: max(colon.end, value.range.end)), newText: " \(id)")
    }
}
