import SourceText
import Syntax

/// Everything a rule may look at while checking one document.
public struct RuleContext: Sendable {
    public let tree: SyntaxTree

    public init(tree: SyntaxTree) {
        self.tree = tree
    }

    /// The document's top-level mapping, if it has one.
    public var root: SyntaxMapping? { tree.root?.mapping }
}
