import Schema
import Syntax

/// Decides which kind a document is checked as (README.md, "The document language"): its `kind:` when that names a kind;
/// otherwise the kind its file suffix implies. A `kind:` naming no kind falls back to the suffix,
/// so the rest of the document is still checked while the kind's schema reports the bad value.
public enum KindResolution {
    public static func kind(of tree: SyntaxTree, fileName: String?, vocabulary: Vocabulary) -> DocumentKind? {
        if let declared = declaredKind(of: tree), let kind = vocabulary.kind(id: declared) { return kind }
        return fileName.flatMap { vocabulary.kind(forFileName: $0) }
    }

    /// The text of the top-level `kind:` value, if any.
    public static func declaredKind(of tree: SyntaxTree) -> String? {
        DocumentKind.declared(in: tree)
    }
}
