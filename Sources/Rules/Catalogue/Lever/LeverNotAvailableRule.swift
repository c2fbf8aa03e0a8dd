import Schema
import SourceText
import Syntax

/// Commissioners work at a distance from services, so the levers of direct management are not
/// theirs (001 Table 2.2, right column).
public struct LeverNotAvailableRule: Rule {
    public static let metadata = RuleMetadata(
        id: "lever/not-available",
        defaultSeverity: .error,
        kinds: ["commissioning-strategy"],
        summary: "The strategy relies on a lever commissioners do not have (Table 2.2, right column).",
        explanation: explanation(Vocabulary.shared.list(VocabularyNames.lever)?.terms ?? []),
        sources: [
            SourceQuote("001_b648799edb4670db.txt:56", "Commissioners operate at some distance from the direct management or delivery of services. They do not have the traditional ‘levers’ for control which exist within organisations to secure change and service improvement."),
            SourceQuote("001_b648799edb4670db.txt:60", "‘Levers’ for change not available to commissioners"),
        ],
        firingExample: """
            kind: commissioning-strategy
            levers:
              - contracts
              - line-management
            """,
        passingExample: """
            kind: commissioning-strategy
            levers:
              - contracts
              - framework-contracts
            """,
        scope: .sections(["levers"])
    )

    public init() {}

    /// Names both columns of Table 2.2 from the vocabulary, not from Swift.
    static func explanation(_ levers: [Term]) -> String {
        let have = levers.filter { $0.flag("x-available") == true }.map(\.id)
        let lack = levers.filter { $0.flag("x-available") == false }.map(\.id)
        return """
            Commissioners operate at some distance from the direct management or delivery of \
            services. They do not have the traditional levers for control that exist inside an \
            organisation (\(ProseList.joined(lack, conjunction: "and"))), and have to use different \
            ones to secure change (\(ProseList.joined(have, conjunction: "and"))). A strategy that \
            relies on a lever of direct management will not be able to pull it. Replace it with the \
            commissioner's lever that does the same work — a contract or service level agreement \
            instead of a work plan or instruction, information and advice instead of professional \
            guidance — or, where only the provider's own management can make the change, say how \
            the commissioners will influence it.
            """
    }

    public func check(_ context: RuleContext) -> [Finding] {
        guard let levers = context.root?["levers"]?.sequence?.items,
              let vocabulary = context.vocabulary.list(VocabularyNames.lever) else { return [] }
        let available = vocabulary.terms.filter { $0.flag("x-available") == true }.map(\.id)
        let table = "Table 2.2" + Bibliography.shared.parenthesisedCitation(for: Self.metadata.sources[1].reference)
        return levers.compactMap { item in
            guard let id = item.value.scalar?.text, let term = vocabulary.term(id), term.flag("x-available") == false else { return nil }
            return Finding(
                range: item.value.range,
                message: "'\(id)' (\(term.label)) is not a lever commissioners have: \(table) lists it among the levers not available to them, as they work at a distance from the direct management of services. Rely on one they have instead — \(ProseList.joined(available)) — or say how the commissioners will influence the providers who manage this."
            )
        }
    }
}
