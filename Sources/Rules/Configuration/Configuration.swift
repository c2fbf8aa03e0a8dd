import SourceText

/// What a workspace's `.commissioning.yaml` (SPEC §5.2) sets: rule severities, ignored paths and
/// local vocabulary. Severity is decided here, once; nothing downstream rewrites it.
public struct Configuration: Sendable {
    /// Per-rule severity; `nil` means the rule is off.
    public var severities: [String: Severity?]
    public var ignore: [Glob]
    /// Local additions to a vocabulary, by vocabulary name (`stakeholder-group`, `partner`):
    /// the ids a document may use besides the sources' own.
    public var extraVocabulary: [String: [LocalTerm]]

    public init(severities: [String: Severity?] = [:], ignore: [Glob] = [], extraVocabulary: [String: [LocalTerm]] = [:]) {
        self.severities = severities
        self.ignore = ignore
        self.extraVocabulary = extraVocabulary
    }

    public static let `default` = Configuration()

    /// The severity a rule reports at, or nil when it is off.
    public func severity(of code: String, default defaultSeverity: Severity) -> Severity? {
        if let configured = severities[code] { return configured }
        return defaultSeverity
    }

    /// True when a path relative to the workspace root matches an `ignore:` glob.
    public func isIgnored(_ relativePath: String) -> Bool {
        ignore.contains { $0.matches(relativePath) }
    }
}

/// A term a workspace adds to a vocabulary (a local partner, a local stakeholder group).
public struct LocalTerm: Sendable, Hashable {
    public let id: String
    public let label: String
    public let definition: String

    public init(id: String, label: String, definition: String) {
        self.id = id
        self.label = label
        self.definition = definition
    }
}
