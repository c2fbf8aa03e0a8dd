import Schema
import SourceText
import Syntax

/// A hint the editor shows after a value, not part of the document.
public struct InlayHintItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// After money: the normalised amount, as hover shows it (`= £1,200,000 a year`).
        case money
        /// After a financial year: the dates it runs between (`= 1 April 2028 – 31 March 2029`).
        case financialYear
        /// After a matrix level (an area's `current:` or `target:`, where the schema wants a
        /// level): its place in the levels' order (`2 of 4`).
        case matrixLevel
    }

    /// Where the hint goes: just after the value.
    public var offset: Int
    public var label: String
    public var kind: Kind
}

/// Inlay hints (README, "Language server"): what a value means, worked out by the same code as
/// hover (money by `Money`, a financial year by `Formats`, a level's place by the vocabulary's
/// ordered `integration-level` list), written after it so that it can be read without hovering.
public enum InlayHints {
    public static func hints(in tree: SyntaxTree, schemaFile: String?, range: TextRange, kinds: Set<InlayHintItem.Kind> = Set(InlayHintItem.Kind.allCases),
                             navigator: SchemaNavigator = .shared, vocabulary: Vocabulary = .shared) -> [InlayHintItem] {
        guard let rootNode = tree.root, let schemaFile, !kinds.isEmpty else { return [] }
        let root = navigator.root(file: schemaFile)
        var hints: [InlayHintItem] = []
        ScalarWalk(navigator: navigator, range: range).visit(rootNode, views: navigator.expand(root, instance: rootNode), path: []) { node, scalar, views, path in
            let formats = Set(views.compactMap { $0.json["format"]?.stringValue })
            if kinds.contains(.financialYear), formats.contains("financial-year"), let year = Formats.financialYearStart(scalar.text) {
                hints.append(InlayHintItem(offset: node.range.end, label: "= " + Formats.financialYearMonths(startingIn: year), kind: .financialYear))
            } else if kinds.contains(.money), formats.contains("money"), let money = Money(scalar.text) ?? scalar.value.number.flatMap({ Money(pounds: $0) }),
                      money.description != scalar.text {
                // An amount already written as it would be normalised needs no hint.
                hints.append(InlayHintItem(offset: node.range.end, label: "= " + money.description, kind: .money))
            } else if kinds.contains(.matrixLevel), navigator.terms(of: views).contains(where: { $0.id == scalar.text }),
                      navigator.matrixArea(of: path, from: root, instanceRoot: rootNode, vocabulary: vocabulary) != nil,
                      let rank = vocabulary.matrix.rank(ofLevel: scalar.text) {
                hints.append(InlayHintItem(offset: node.range.end, label: "\(rank + 1) of \(vocabulary.matrix.levels.terms.count)", kind: .matrixLevel))
            }
        }
        return hints
    }
}

/// Every non-empty scalar value touching `range`, with its schemas and path.
struct ScalarWalk {
    let navigator: SchemaNavigator
    let range: TextRange
    /// Deeper than any schema goes: a hostile document's nesting costs nothing more.
    let maximumDepth = 32

    func visit(_ node: SyntaxNode, views: [SchemaView], path: [PathComponent],
               _ body: (SyntaxNode, Scalar, [SchemaView], [PathComponent]) -> Void) {
        guard path.count < maximumDepth, node.range.start <= range.end, range.start <= node.range.end else { return }
        switch node.content {
        case let .mapping(mapping):
            for entry in mapping.entries {
                guard let value = entry.value else { continue }
                let childViews = views.isEmpty ? [] : navigator.expand(navigator.children(of: views, .key(entry.keyText)), instance: value)
                visit(value, views: childViews, path: path + [.key(entry.keyText)], body)
            }
        case let .sequence(sequence):
            for (index, item) in sequence.items.enumerated() {
                let itemViews = views.isEmpty ? [] : navigator.expand(navigator.children(of: views, .index(index)), instance: item.value)
                visit(item.value, views: itemViews, path: path + [.index(index)], body)
            }
        case let .scalar(scalar):
            if !node.range.isEmpty, !views.isEmpty { body(node, scalar, views, path) }
        }
    }
}
