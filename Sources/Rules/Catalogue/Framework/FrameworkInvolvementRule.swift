import JSONSupport
import Schema
import SourceText
import Syntax

/// A commissioning framework says how service users, carers, the public and providers can expect
/// to be involved in commissioning decisions (001 framework element 6).
public struct FrameworkInvolvementRule: Rule {
    public static let metadata = RuleMetadata(
        id: "framework/involvement",
        defaultSeverity: .warning,
        kinds: ["commissioning-framework"],
        summary: "The framework's `involvement` leaves out one of the groups the sources name.",
        explanation: explanation(groups(in: Vocabulary.shared)),
        sources: [SourceQuote("001_b648799edb4670db.txt:289", "How different partners, including service users, carers, the public and providers can expect to be involved in commissioning decisions.")],
        firingExample: """
            kind: commissioning-framework
            involvement:
              service-users: A reference group of people who use services meets before each board.
              providers: Quarterly provider forums on market and contract changes.
            """,
        passingExample: """
            kind: commissioning-framework
            involvement:
              service-users: A reference group of people who use services meets before each board.
              carers: The carers' forum comments on every draft strategy.
              public: Twelve-week public consultation on each strategy.
              providers: Quarterly provider forums on market and contract changes.
            """,
        scope: .sections(["involvement"])
    )

    public init() {}

    /// The groups are the properties of `involvement` in the framework's schema, with their
    /// titles: the schema is the one place that lists them.
    static func groups(in vocabulary: Vocabulary) -> [(key: String, title: String)] {
        guard let kind = vocabulary.kind(id: "commissioning-framework"),
              let properties = SchemaDocuments.documents[kind.schemaFile]?["properties"]?["involvement"]?["properties"]?.objectValue
        else { return [] }
        return properties.map { ($0.key, $0.value["title"]?.stringValue ?? $0.key) }
    }

    static func explanation(_ groups: [(key: String, title: String)]) -> String {
        """
        A commissioning framework summarises the partners' commitments, including how different \
        partners can expect to be involved in commissioning decisions. People who do not know how \
        they can take part cannot hold the partners to it. Under `involvement:`, say for each group \
        — \(ProseList.joined(groups.map { "`\($0.key)`" }, conjunction: "and")) — how and when they \
        are involved: reference groups, forums, consultation, co-production.
        """
    }

    public func check(_ context: RuleContext) -> [Finding] {
        guard let entry = context.root?.entry("involvement"),
              let involvement = entry.value?.mapping else { return [] }
        let groups = Self.groups(in: context.vocabulary)
        var findings: [Finding] = []
        var missing: [String] = []
        for group in groups where involvement.filled(group.key) == nil {
            if let blank = involvement.entry(group.key) {
                findings.append(Finding(
                    range: blank.key.range,
                    message: "`\(group.key)` is empty. Say how \(ProseList.inSentence(group.title)) can expect to be involved in commissioning decisions."
                ))
            } else {
                missing.append(group.title)
            }
        }
        if !missing.isEmpty {
            let names = ProseList.joined(missing.map(ProseList.inSentence), conjunction: "and")
            findings.insert(Finding(
                range: entry.key.range,
                message: "The framework does not say how \(names) can expect to be involved in commissioning decisions. Add \(missing.count == 1 ? "an entry" : "entries") under `involvement:` saying how and when."
            ), at: 0)
        }
        return findings
    }
}
