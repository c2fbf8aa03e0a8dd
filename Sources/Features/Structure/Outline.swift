import Analysis
import Schema
import SourceText
import Syntax

/// One entry of the outline.
public struct OutlineItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A top-level section.
        case section
        /// A key holding a mapping.
        case group
        /// A key holding a list.
        case list
        /// A list item (an aim, a hypothesis, a partner …).
        case item
        /// A key holding a value.
        case field
    }

    public var name: String
    public var detail: String?
    public var kind: Kind
    public var range: TextRange
    /// The name's bytes (a key, or an item's naming value), inside `range`.
    public var selectionRange: TextRange
    public var children: [OutlineItem]

    public init(name: String, detail: String? = nil, kind: Kind, range: TextRange, selectionRange: TextRange, children: [OutlineItem] = []) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

/// The hierarchical outline (`documentSymbol`): sections, then their keys and list items. A list
/// item is named by the first of its required keys that holds free text (a hypothesis by its
/// `id`, a partner by its `name`, a future service by its `service`, a key document by its
/// `title`, an evidence item by its `finding`) — read from the schema, so every list is named
/// the way its schema says it is identified.
public enum Outline {
    public static func items(in analysis: DocumentAnalysis, navigator: SchemaNavigator = .shared, vocabulary: Vocabulary = .shared) -> [OutlineItem] {
        items(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, navigator: navigator, vocabulary: vocabulary)
    }

    public static func items(in tree: SyntaxTree, schemaFile: String?, navigator: SchemaNavigator = .shared, vocabulary: Vocabulary = .shared) -> [OutlineItem] {
        guard let root = tree.root else { return [] }
        let views = navigator.expand(schemaFile.map { navigator.root(file: $0) } ?? [], instance: root)
        return OutlineBuilder(navigator: navigator, tree: tree).children(of: root, views: views, depth: 0)
    }
}

struct OutlineBuilder {
    let navigator: SchemaNavigator
    let tree: SyntaxTree
    /// Deeper than this the outline stops: nobody navigates a document by its fifth level.
    let maximumDepth = 6

    func children(of node: SyntaxNode, views: [SchemaView], depth: Int) -> [OutlineItem] {
        guard depth < maximumDepth else { return [] }
        switch node.content {
        case let .mapping(mapping):
            let properties = depth == 0 ? navigator.properties(of: views) : []
            return mapping.entries.map { entry in
                let childViews = views.isEmpty ? [] : navigator.expand(navigator.children(of: views, .key(entry.keyText)), instance: entry.value)
                let kids = entry.value.map { children(of: $0, views: childViews, depth: depth + 1) } ?? []
                let kind: OutlineItem.Kind
                switch entry.value?.content {
                case .mapping?: kind = depth == 0 ? .section : .group
                case .sequence?: kind = depth == 0 ? .section : .list
                default: kind = depth == 0 ? .section : .field
                }
                var detail = properties.first { $0.name == entry.keyText }?.documentation.title
                if detail == nil, let scalar = entry.value?.scalar, !scalar.text.isEmpty { detail = Markdown.short(scalar.text, limit: 60) }
                let name = entry.keyText.isEmpty ? "(empty key)" : entry.keyText
                return OutlineItem(name: name, detail: detail, kind: kind, range: entry.range, selectionRange: entry.key.range, children: kids)
            }
        case let .sequence(sequence):
            let itemViews = views.isEmpty ? [] : navigator.expand(navigator.children(of: views, .index(0)), instance: nil)
            // Named by the first required key holding free text: not a term of a vocabulary (an
            // evidence item's `type`), not a date (a timetable entry's `when`).
            let naming = navigator.properties(of: itemViews).filter { property in
                let views = navigator.expand(property.schemas, instance: nil)
                return property.isRequired && navigator.terms(of: views).isEmpty && navigator.types(of: views).contains("string")
                    && !views.contains { $0.json["format"] != nil }
            }.map(\.name)
            return sequence.items.enumerated().compactMap { index, item in
                guard let mapping = item.value.mapping else { return nil }
                let named = naming.lazy.compactMap { key in mapping.entry(key).flatMap { entry -> (String, TextRange)? in
                    guard let text = entry.value?.scalar?.text, !text.isEmpty, let range = entry.value?.range else { return nil }
                    return (text, range)
                } }.first
                let fallback = mapping.entries.lazy.compactMap { entry -> (String, TextRange)? in
                    guard let text = entry.value?.scalar?.text, !text.isEmpty, let range = entry.value?.range else { return nil }
                    return (text, range)
                }.first
                let (name, selection) = named ?? fallback ?? ("[\(index)]", item.value.range)
                let kids = children(of: item.value, views: itemViews, depth: depth + 1)
                return OutlineItem(name: Markdown.short(name, limit: 100), detail: nil, kind: .item, range: item.range,
                                   selectionRange: selection, children: kids)
            }
        case .scalar:
            return []
        }
    }
}
