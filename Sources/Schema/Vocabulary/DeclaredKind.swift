import Syntax

extension DocumentKind {
    /// The text of a document's top-level `kind:` value as written (checked against the
    /// vocabulary by whoever uses it), or nil: the one place that reads `kind:`.
    public static func declared(in tree: SyntaxTree) -> String? {
        tree.root?.mapping?["kind"]?.scalar?.text
    }
}
