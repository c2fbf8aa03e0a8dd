import Rules
import Schema
import SourceText
import Syntax

/// Every code a diagnostic can carry — the parser's, the schema layer's, the domain rules', and
/// the engine's own — with what `rules`, `explain`, hover and SARIF say about it. Built from the
/// places that own each code, so the list cannot drift from what is reported.
public enum DiagnosticCatalog {
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let defaultSeverity: Severity
        public let summary: String
        public let explanation: String
        public let sources: [SourceQuote]
        public let firingExample: String?
        public let passingExample: String?
        /// Which layer reports it: syntax, schema, rule or workspace configuration.
        public let layer: Layer
        /// Whether its fix is safe (`lint --fix`) or unsafe (`--unsafe-fixes`), or it has none.
        public var fix: FixSafety = .none
        /// For a domain rule, what an edit makes it check again.
        public var scope: RuleScope?
    }

    /// Syntax codes with a fix: the code actions' quoting of a value whose colon belongs to the text.
    static let syntaxFixes: [String: FixSafety] = [SyntaxRule.collectionOnKeyLine.id: .safe]

    public enum Layer: String, Sendable, Hashable {
        case syntax
        case schema
        case rule
        case configuration
    }

    public static let entries: [Entry] = {
        var entries: [Entry] = []
        for rule in SyntaxRule.all {
            entries.append(Entry(id: rule.id, defaultSeverity: rule.severity, summary: rule.summary, explanation: rule.explanation,
                                 sources: [], firingExample: nil, passingExample: nil, layer: .syntax,
                                 fix: syntaxFixes[rule.id] ?? .none))
        }
        let ruleIDs = Set(RuleRegistry.metadata.map(\.id))
        for (code, summary) in SchemaDiagnostics.codes where !ruleIDs.contains(code) {
            entries.append(Entry(
                id: code, defaultSeverity: .error, summary: summary,
                explanation: "Reported when the document does not fit the structure its kind's schema gives (`commissioning-ls schema KIND` prints it): \(summary). The message names the section and, where it can, the nearest allowed key or term; the quick fix applies it.",
                sources: [], firingExample: nil, passingExample: nil, layer: .schema,
                fix: SchemaDiagnostics.fixSafety[code] ?? .none
            ))
        }
        for metadata in RuleRegistry.metadata {
            entries.append(Entry(id: metadata.id, defaultSeverity: metadata.defaultSeverity, summary: metadata.summary,
                                 explanation: metadata.explanation, sources: metadata.sources,
                                 firingExample: metadata.firingExample, passingExample: metadata.passingExample, layer: .rule,
                                 fix: RuleRegistry.fixSafety[metadata.id] ?? .none, scope: metadata.scope))
        }
        entries.append(Entry(
            id: Suppressions.unusedCode, defaultSeverity: .hint,
            summary: "A `# commissioning-ls: disable` comment silences nothing.",
            explanation: "A suppression comment that no longer silences anything hides nothing but may hide a future finding; remove it, or correct the rule id it names.",
            sources: [], firingExample: "title: Plan  # commissioning-ls: disable hypothesis/count\n", passingExample: nil, layer: .rule, fix: .safe
        ))
        entries.append(Entry(
            id: "config/unknown-rule", defaultSeverity: .warning,
            summary: "`.commissioning.yaml` sets the severity of a rule that does not exist.",
            explanation: "The `rules:` section of `.commissioning.yaml` maps rule ids to severities. An id that names no rule has no effect — usually a misspelling; the message suggests the nearest id.",
            sources: [], firingExample: "rules:\n  hypothesis/cuont: off\n", passingExample: "rules:\n  hypothesis/count: off\n", layer: .configuration,
            fix: .safe
        ))
        entries.append(Entry(
            id: ConfigurationLoader.tooLargeCode, defaultSeverity: .error,
            summary: "`.commissioning.yaml` is larger than a configuration may be (\(ConfigurationLoader.maximumBytes >> 20) MiB).",
            explanation: "A configuration over \(ConfigurationLoader.maximumBytes >> 20) MiB is not read at all, so that a runaway or hostile one cannot slow every check: the documents are checked with the default settings until it is cut down. A configuration needs only the rule settings that differ from the defaults, the ignore patterns and the workspace's own terms.",
            sources: [], firingExample: nil, passingExample: "rules:\n  hypothesis/count: off\n", layer: .configuration
        ))
        entries.append(Entry(
            id: ConfigurationLoader.tooManyProblemsCode, defaultSeverity: .error,
            summary: "`.commissioning.yaml` has more problems than are listed (\(ConfigurationLoader.maximumDiagnostics)).",
            explanation: "Only the first \(ConfigurationLoader.maximumDiagnostics) problems of a configuration are described, so that a broken or hostile one cannot slow every check; the rest are not listed. Correct the ones shown, then check it again: the next ones appear.",
            sources: [], firingExample: nil, passingExample: nil, layer: .configuration
        ))
        return entries
    }()

    private static let byID: [String: Entry] = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    public static func entry(_ id: String) -> Entry? { byID[id] }

    /// Every id, for configuration checks and suggestions.
    public static var ids: Set<String> { Set(byID.keys) }
}
