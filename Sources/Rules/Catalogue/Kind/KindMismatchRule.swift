import Schema
import SourceText
import Syntax

/// `kind:` and the file suffix must agree, or tools that go by the name check the wrong thing.
public struct KindMismatchRule: Rule {
    public static let fixSafety: FixSafety = .unsafe
    public static let metadata = RuleMetadata(
        id: "kind/mismatch",
        defaultSeverity: .warning,
        summary: "The document's `kind:` disagrees with the kind its file suffix implies.",
        explanation: explanation(Vocabulary.shared.kinds),
        sources: [],
        firingExample: """
            # in a file named home-care.mps.yaml
            kind: commissioning-strategy
            """,
        passingExample: """
            # in a file named home-care.mps.yaml
            kind: market-position-statement
            """
    )

    public init() {}

    /// Names the suffixes from the kinds' schemas, not from Swift.
    static func explanation(_ kinds: [DocumentKind]) -> String {
        let names = kinds.compactMap { kind in kind.fileSuffixes.first.map { "NAME\($0) (\(kind.id))" } }
        return """
            A file's suffix implies its kind: \(ProseList.joined(names)). When `kind:` says \
            something else, the document is checked as its `kind:` says, but editors, the command \
            line's globs and colleagues go by the name, so one of the two is wrong. Correct `kind:`, \
            or rename the file to the suffix of its kind.
            """
    }

    public func check(_ context: RuleContext) -> [Finding] {
        guard let path = context.documentPath, let implied = context.vocabulary.kind(forFileName: Self.fileName(of: path)),
              let value = context.root?["kind"], let written = value.scalar?.text,
              let declared = context.vocabulary.kind(id: written), declared.id != implied.id else { return [] }
        let rename = declared.fileSuffixes.first.map { " or rename the file to NAME\($0)" } ?? ""
        return [Finding(
            range: value.range,
            message: "`kind: \(declared.id)` disagrees with the file name '\(Self.fileName(of: path))', which implies \(implied.id). Change `kind:` to \(implied.id)\(rename).",
            fixes: [Fix(title: "Change `kind:` to \(implied.id)", edits: [TextEdit(range: value.range, newText: implied.id)])]
        )]
    }

    /// The last component of a path written with `/` (or `\` on Windows).
    static func fileName(of path: String) -> String {
        String(path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(path))
    }
}
