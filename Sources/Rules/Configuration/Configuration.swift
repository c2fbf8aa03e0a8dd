import SourceText

/// What a workspace's `.commissioning.yaml` (README, "Configuration") sets: rule severities, ignored paths and
/// local vocabulary. Severity is decided here, once; nothing downstream rewrites it.
public struct Configuration: Sendable {
    /// Per-rule setting, by rule id.
    public var severities: [String: RuleSetting]
    public var ignore: [Glob]
    /// Local additions to a vocabulary, by vocabulary name (`stakeholder-group`, `partner`):
    /// the ids a document may use besides the sources' own.
    public var extraVocabulary: [String: [LocalTerm]]

    public init(severities: [String: RuleSetting] = [:], ignore: [Glob] = [], extraVocabulary: [String: [LocalTerm]] = [:]) {
        self.severities = severities
        self.ignore = ignore
        self.extraVocabulary = extraVocabulary
    }

    public static let `default` = Configuration()

    /// The severity a rule reports at, or nil when it is off.
    public func severity(of code: String, default defaultSeverity: Severity) -> Severity? {
        switch severities[code] {
        case .off: return nil
        case let .severity(severity): return severity
        case nil: return defaultSeverity
        }
    }

    /// True when a path relative to the workspace root matches an `ignore:` glob.
    public func isIgnored(_ relativePath: String) -> Bool {
        ignore.contains { $0.matches(relativePath) }
    }
}

/// What `.commissioning.yaml` sets for one rule: off, or the severity it reports at.
public enum RuleSetting: Sendable, Hashable, ExpressibleByStringLiteral {
    case off
    case severity(Severity)

    /// "off", "hint", "info", "warning" or "error"; anything else is nil.
    public init?(_ text: String) {
        if text == "off" {
            self = .off
        } else if let severity = Severity(rawValue: text) {
            self = .severity(severity)
        } else {
            return nil
        }
    }

    /// For tests and literals: an unknown word means off.
    public init(stringLiteral value: String) { self = RuleSetting(value) ?? .off }
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
