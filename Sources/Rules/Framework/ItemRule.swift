import Syntax

/// A rule of `RuleScope.eachItem`: it judges each item of some lists by itself (knowing only the
/// item, which list it is in and where), and may judge what lies outside those lists. What it
/// finds in a document is all of that together, which `check(_:)` gives.
public protocol ItemRule: Rule {
    /// The lists it reads item by item, in the document being checked.
    func lists(in context: RuleContext) -> [RuleList]
    /// What it finds in one item of one of its lists.
    func check(_ item: SyntaxNode, at index: Int, of list: RuleList, in context: RuleContext) -> [Finding]
    /// What it finds outside its lists (nothing, unless the rule says otherwise).
    func checkOutsideLists(_ context: RuleContext) -> [Finding]
}

/// A list an `ItemRule` reads: its keys from the root (`development.stakeholders`) and the node.
/// What is found in an item may depend on the name, never on anything else outside the item.
public struct RuleList: Sendable {
    public let name: String
    public let node: SyntaxNode

    public init(name: String, node: SyntaxNode) {
        self.name = name
        self.node = node
    }

    public var items: [SequenceItem] { node.sequence?.items ?? [] }
}

extension ItemRule {
    public func checkOutsideLists(_ context: RuleContext) -> [Finding] { [] }

    public func check(_ context: RuleContext) -> [Finding] {
        var findings = checkOutsideLists(context)
        for list in lists(in: context) {
            for (index, item) in list.items.enumerated() { findings += check(item.value, at: index, of: list, in: context) }
        }
        return findings
    }
}
