import Schema
import SourceText
import Syntax

/// A value that only holds a place for content (`TODO`, `TBC`, `Not stated…`): the document
/// looks complete to every shape check and says nothing. The phrases are data
/// (`content.schema.json`); what the element must hold comes from its schema.
public struct ContentPlaceholderRule: ItemRule {
    public static let metadata = RuleMetadata(
        id: "content/placeholder",
        defaultSeverity: .warning,
        summary: "A value stands in for content (TODO, TBC, Not stated…, N/A, -, ?) instead of saying something.",
        explanation: """
            A commissioning strategy presents an authoritative analysis and states clearly where \
            the money will go; a market position statement presents what providers need to know to \
            plan; a framework is a realistic and sensible guide to how commissioning will be done \
            (the sources' words). A value such \
            as `TODO`, `TBC`, `TBD`, `to follow`, `Not stated…`, `not known`, `N/A`, `none`, `-`, \
            `?`, `xxx`, `lorem ipsum…` or `see above` passes every check of shape and says nothing, \
            so each one is listed here, on the value, with what the element must hold (hover over it \
            to read the element's description and source). Write the content, or, if the element \
            truly does not apply, say why in a sentence. A value counts when it is such a phrase on \
            its own or begins with one (`TBC – awaiting the budget`); `None of the providers offer \
            nights` is content. Where a date or an amount is still a placeholder it is reported here \
            once, not also as an invalid date or amount; `none` or `n/a` given as the answer to a \
            rationale condition is read as "no" and left to strategy/rationale. The phrases are kept \
            in Schemas/content.schema.json. A skeleton from `commissioning-ls new` lints as a to-do \
            list: one of these for every TODO it writes.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:317", "it presents an authoritative analysis of current arrangements and future needs for a given population, and states clearly where the commissioners intend to spend their money."),
            SourceQuote("001_b648799edb4670db.txt:340", "presents the data that providers within the market need to know if they are to plan their future role and function."),
            SourceQuote("001_b648799edb4670db.txt:282", "a document which summarises these commitments and provides a realistic and sensible guide about how commissioning activities are expected to be undertaken."),
        ],
        firingExample: """
            kind: commissioning-strategy
            guidance-and-research: Not stated in the source.
            """,
        passingExample: """
            kind: commissioning-strategy
            guidance-and-research: >-
              NICE guideline NG21 on home care, and the evidence reviews on falls prevention and
              reablement that informed the local model.
            """,
        scope: .eachItem
    )

    public init() {}

    /// Block lists that are a section or an element of one: most of a long document's text.
    public func lists(in context: RuleContext) -> [RuleList] {
        var lists: [RuleList] = []
        func add(_ value: SyntaxNode?, _ name: String) {
            guard let value, value.sequence?.style == .block else { return }
            lists.append(RuleList(name: name, node: value))
        }
        for entry in context.root?.entries ?? [] {
            add(entry.value, entry.keyText)
            for inner in entry.value?.mapping?.entries ?? [] { add(inner.value, entry.keyText + "." + inner.keyText) }
        }
        return lists
    }

    public func check(_ item: SyntaxNode, at index: Int, of list: RuleList, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        StringValues.visit(item) { node, scalar in findings += finding(node, scalar, in: context) }
        return findings
    }

    public func checkOutsideLists(_ context: RuleContext) -> [Finding] {
        let lists = Set(lists(in: context).map { ObjectIdentifier($0.node) })
        var findings: [Finding] = []
        StringValues.visit(context.tree.root, skipping: lists) { node, scalar in findings += finding(node, scalar, in: context) }
        return findings
    }

    private func finding(_ node: SyntaxNode, _ scalar: Scalar, in context: RuleContext) -> [Finding] {
        guard PlaceholderPhrases.shared.match(scalar.text) != nil else { return [] }
        // Found from the root only for a finding: most values are content.
        let path = context.tree.path(at: node.range.start)
        guard path != [.key("kind")], !Self.isRationaleAnsweredNo(path, node, context) else { return [] }
        return [Finding(range: node.range, message: Self.message(path: path, text: scalar.text, kind: context.kind))]
    }

    /// True when `node` is a placeholder: its text is one of the phrases. The analysis uses this
    /// to leave the schema's complaint about the same value (not a date, not a list) to this rule.
    public static func isPlaceholder(_ node: SyntaxNode) -> Bool {
        guard let scalar = node.scalar, case .string = scalar.value else { return false }
        return PlaceholderPhrases.shared.match(scalar.text) != nil
    }

    /// `rationale.market: none` answers the condition "no": strategy/rationale reports that.
    static func isRationaleAnsweredNo(_ path: [PathComponent], _ node: SyntaxNode, _ context: RuleContext) -> Bool {
        guard context.isKind("commissioning-strategy"), path.count == 2, path[0] == .key("rationale") else { return false }
        return StrategyRationaleRule.isAnsweredNo(node)
    }

    static func message(path: [PathComponent], text: String, kind: DocumentKind?) -> String {
        let place = ElementPlace.name(path)
        let opening = "\(place.prefix(1).uppercased())\(place.dropFirst()) is still a placeholder (“\(ElementPlace.quoted(text))”)."
        guard let kind, let documentation = ElementGuide.shared.documentation(at: path, in: kind) else {
            return opening + " Write what belongs here, or say in a sentence why nothing does."
        }
        return opening + " It should hold: \(ElementPlace.holds(documentation))."
    }
}
