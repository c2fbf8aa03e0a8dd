import SourceText
import Syntax

/// The links between documents as the editor features read them (README.md, "Language server"):
/// a strategy's top-level `hypotheses:` names its hypothesis set (a relative path); a
/// hypothesis set's `hypotheses:` list defines ids; a nested `hypotheses:` list in a document that
/// links to a set uses those ids (`future-services[].hypotheses`); a framework's
/// `documents[].path` names another document.
///
/// These read the tree alone, whatever the document's kind, for the editor features (navigation,
/// hover, completion) and the server's link graph; the `reference/…` rules read the same keys
/// through the kind-aware functions in DocumentReferences.swift.
extension DocumentReferences {
    static let idKey = "id"
    static let documentsKey = "documents"
    static let pathKey = "path"

    /// A path to another document, written in this one.
    public struct FileLink: Sendable {
        public let path: String
        /// The scalar holding the path.
        public let node: SyntaxNode
    }

    /// A hypothesis of a set: its id and where it is written.
    public struct HypothesisDefinition: Sendable {
        public let id: String
        /// The `id:` value.
        public let idNode: SyntaxNode
        /// The whole list item.
        public let item: SyntaxNode
        public var statement: String? { item.mapping?["statement"]?.scalar?.text }
        public var test: String? { item.mapping?["test"]?.scalar?.text }
    }

    /// A hypothesis id used in a document that links to a set.
    public struct HypothesisUse: Sendable {
        public let id: String
        public let node: SyntaxNode
    }

    /// The top-level `hypotheses:` when it is a path (in a hypothesis set it is the list itself).
    public static func hypothesisSetLink(in tree: SyntaxTree) -> FileLink? {
        guard let value = tree.root?.mapping?[hypothesesKey], let scalar = value.scalar,
              case .string = scalar.value, !scalar.text.isEmpty else { return nil }
        return FileLink(path: scalar.text, node: value)
    }

    /// Every `documents[].path` of the document.
    public static func documentLinks(in tree: SyntaxTree) -> [FileLink] {
        guard let items = tree.root?.mapping?[documentsKey]?.sequence?.items else { return [] }
        return items.compactMap { item in
            guard let node = item.value.mapping?[pathKey], let text = node.scalar?.text, !text.isEmpty else { return nil }
            return FileLink(path: text, node: node)
        }
    }

    /// Every path to another document: the hypothesis set and the listed documents.
    public static func fileLinks(in tree: SyntaxTree) -> [FileLink] {
        (hypothesisSetLink(in: tree).map { [$0] } ?? []) + documentLinks(in: tree)
    }

    /// The hypotheses a set defines, in order (items without an id are left out).
    public static func hypothesisDefinitions(in tree: SyntaxTree) -> [HypothesisDefinition] {
        guard let items = tree.root?.mapping?[hypothesesKey]?.sequence?.items else { return [] }
        return items.compactMap { item in
            guard let idNode = item.value.mapping?[idKey], let id = idNode.scalar?.text, !id.isEmpty else { return nil }
            return HypothesisDefinition(id: id, idNode: idNode, item: item.value)
        }
    }

    /// The hypothesis ids used below the top level of a document that links to a set.
    public static func hypothesisUses(in tree: SyntaxTree) -> [HypothesisUse] {
        guard hypothesisSetLink(in: tree) != nil, let root = tree.root?.mapping else { return [] }
        var uses: [HypothesisUse] = []
        var stack: [SyntaxNode] = root.entries.compactMap(\.value)
        while let node = stack.popLast() {
            switch node.content {
            case let .mapping(mapping):
                for entry in mapping.entries {
                    guard let value = entry.value else { continue }
                    if entry.keyText == hypothesesKey {
                        uses += idScalars(value).map { HypothesisUse(id: $0.scalar?.text ?? "", node: $0) }
                    } else {
                        stack.append(value)
                    }
                }
            case let .sequence(sequence):
                stack += sequence.items.map(\.value)
            case .scalar:
                break
            }
        }
        return uses.sorted { $0.node.range < $1.node.range }
    }

    /// True when `path` is inside a nested `hypotheses:` (a use of ids), in a document linking to a set.
    public static func isHypothesisUse(_ path: [PathComponent], in tree: SyntaxTree) -> Bool {
        guard hypothesisSetLink(in: tree) != nil else { return false }
        guard let last = path.lastIndex(of: .key(hypothesesKey)), last > 0 else { return false }
        return path.count - last <= 2
    }

    private static func idScalars(_ value: SyntaxNode) -> [SyntaxNode] {
        switch value.content {
        case let .scalar(scalar): return scalar.text.isEmpty ? [] : [value]
        case let .sequence(sequence): return sequence.items.map(\.value).filter { $0.scalar.map { !$0.text.isEmpty } ?? false }
        case .mapping: return []
        }
    }
}
