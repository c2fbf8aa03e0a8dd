/// How much a finding matters. Ordered from least to most severe.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case hint
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .hint: 0
        case .info: 1
        case .warning: 2
        case .error: 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A replacement of the bytes in `range` by `newText`.
public struct TextEdit: Hashable, Sendable {
    public var range: TextRange
    public var newText: String

    public init(range: TextRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A change that resolves a diagnostic, offered as a quick fix in editors.
public struct Fix: Hashable, Sendable {
    /// What the fix does, as the editor's menu shows it ("Replace with 'integrated'").
    public var title: String
    /// Edits to this document, non-overlapping.
    public var edits: [TextEdit]
    /// Safe fixes change nothing a writer meant (a misspelt term with one clear replacement);
    /// only these are applied by "fix all".
    public var isSafe: Bool

    public init(title: String, edits: [TextEdit], isSafe: Bool = false) {
        self.title = title
        self.edits = edits
        self.isSafe = isSafe
    }
}

/// Whether the fixes a code offers are safe, as its documentation (`explain`, the README's rules
/// table) says; the same decision, per kind of fix, as each `Fix.isSafe`.
public enum FixSafety: String, Sendable, Hashable, CaseIterable {
    /// No fix is offered.
    case none
    /// Its fix means what the writer meant (a missing section's skeleton, text with a colon
    /// quoted, a key spelt right): `lint --fix` and "fix all" apply it.
    case safe
    /// Its fix changes what the document says (a term replaced by the one suggested): offered as
    /// a quick fix, applied only by `lint --fix --unsafe-fixes`.
    case unsafe
    /// Safe for some findings and unsafe for others (the explanation says which).
    case mixed

    /// One sentence for `explain`.
    public var sentence: String {
        switch self {
        case .none: "No automatic fix."
        case .safe: "Fix: safe — applied by `lint --fix` and the editor's \"fix all\"."
        case .unsafe: "Fix: unsafe (it changes what the document says) — offered as a quick fix, applied only by `lint --fix --unsafe-fixes`."
        case .mixed: "Fix: safe for some findings, unsafe for others — `lint --fix` applies the safe ones, `--unsafe-fixes` the rest."
        }
    }
}

/// A place in another (or the same) document that explains a diagnostic.
public struct RelatedLocation: Hashable, Sendable {
    public var documentName: String
    public var range: TextRange
    public var message: String

    public init(documentName: String, range: TextRange, message: String) {
        self.documentName = documentName
        self.range = range
        self.message = message
    }
}

/// One finding in a document: from the parser (`syntax/…`), the schema (`schema/…`), a domain
/// rule or the workspace (`reference/…`). Built once and rendered by the CLI and the server alike.
public struct Diagnostic: Hashable, Sendable {
    /// The stable rule id: the LSP `code`, the key in configuration and in suppression comments.
    public var code: String
    public var severity: Severity
    /// What is wrong and what to do.
    public var message: String
    /// The smallest node concerned, in bytes.
    public var range: TextRange
    public var fixes: [Fix]
    public var related: [RelatedLocation]

    public init(code: String, severity: Severity, message: String, range: TextRange, fixes: [Fix] = [], related: [RelatedLocation] = []) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.fixes = fixes
        self.related = related
    }
}

extension Diagnostic: Comparable {
    /// Document order: by position, then code, then message, so output is identical run to run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.range != rhs.range { return lhs.range < rhs.range }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
