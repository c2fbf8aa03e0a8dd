import SourceText

/// A line of a seed text that justifies a rule, quoted so the writer can see the reason.
public struct SourceQuote: Sendable, Hashable {
    /// `FILE:LINE` (or `FILE:LINE-LINE`) in `../shared/seeds/`.
    public let reference: String
    /// The seed's own words.
    public let quote: String

    public init(_ reference: String, _ quote: String) {
        self.reference = reference
        self.quote = quote
    }
}

/// What `explain`, `rules`, hover and SARIF say about a rule.
public struct RuleMetadata: Sendable, Hashable {
    /// The stable id (`hypothesis/count`): the diagnostic code and the key in configuration.
    public let id: String
    public let defaultSeverity: Severity
    /// The ids of the kinds the rule reads (`hypothesis-set`); empty for a rule of every document.
    /// The engine runs a rule only on documents of these kinds, so a rule need not check its own.
    public let kinds: Set<String>
    /// One line, for tables and SARIF's short description.
    public let summary: String
    /// Why the rule exists and what to do, written for a commissioner.
    public let explanation: String
    /// Where the sources say so; empty for rules that guard plain correctness (a real date).
    public let sources: [SourceQuote]
    /// A short document (or fragment) that fires the rule, and one that passes.
    public let firingExample: String
    public let passingExample: String
    /// What part of a document its findings depend on, so that an edit re-checks only what it can change.
    public let scope: RuleScope

    public init(
        id: String, defaultSeverity: Severity, kinds: Set<String> = [], summary: String, explanation: String,
        sources: [SourceQuote], firingExample: String, passingExample: String, scope: RuleScope = .document
    ) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.kinds = kinds
        self.summary = summary
        self.explanation = explanation
        self.sources = sources
        self.firingExample = firingExample
        self.passingExample = passingExample
        self.scope = scope
    }

    /// Whether the rule runs on a document of this kind (nil: a document of no known kind).
    public func applies(toKind kindID: String?) -> Bool {
        kinds.isEmpty || kindID.map(kinds.contains) == true
    }
}

/// What a rule's findings depend on.
public enum RuleScope: Sendable, Hashable {
    /// The document as a whole (counts, sums, checks across sections, other documents): checked
    /// again after every edit.
    case document
    /// Each top-level section by itself: its findings in a section are those it finds in a
    /// document holding that section alone (and the document's kind), whatever the rest says;
    /// they are kept while the section's text is unchanged. Such a rule reads neither the
    /// configuration, nor other documents, nor the schema's failures.
    case eachSection
    /// As `eachSection`, and finer: the rule is an `ItemRule`, whose findings are those it finds
    /// in each item of its lists, given the item and its place in the list, and outside its lists.
    /// In an edited section, an item whose text is unchanged keeps its findings.
    case eachItem
    /// The named top-level sections together: its findings are those it finds in a document
    /// holding only those sections (and the document's kind), whatever the rest says; they are
    /// kept while none of the sections is changed, added or removed. Such a rule reads neither the
    /// configuration, nor other documents, nor the schema's failures.
    case sections(Set<String>)

    /// Whether findings are kept for each section while its text is unchanged.
    public var isSectionLocal: Bool {
        switch self {
        case .eachSection, .eachItem: true
        case .document, .sections: false
        }
    }

    /// The sections a rule of `sections` reads.
    public var sectionsRead: Set<String>? {
        if case let .sections(keys) = self { return keys }
        return nil
    }
}

/// One thing a rule found; the engine turns it into a `Diagnostic` with the rule's id and the
/// severity the configuration gives it.
public struct Finding: Sendable, Hashable {
    public var range: TextRange
    public var message: String
    public var fixes: [Fix]
    public var related: [RelatedLocation]

    public init(range: TextRange, message: String, fixes: [Fix] = [], related: [RelatedLocation] = []) {
        self.range = range
        self.message = message
        self.fixes = fixes
        self.related = related
    }
}

/// A domain rule: what the sources say a good commissioning document has. One small type per
/// rule, registered in `RuleRegistry`. Rules know nothing of LSP or the command line.
public protocol Rule: Sendable {
    static var metadata: RuleMetadata { get }
    /// True for the few rules that read `RuleContext.schemaFailures` (they report what the schema
    /// layer found). The others may run while the schema check is still going on.
    static var readsSchemaFailures: Bool { get }
    /// Whether the fixes its findings carry are safe (said in `explain` and the rules table).
    static var fixSafety: FixSafety { get }
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    public static var readsSchemaFailures: Bool { false }
    public static var fixSafety: FixSafety { .none }
}
