import Schema
import SourceText
import Syntax

/// The links a document makes to other documents of the workspace (README.md, "Language server"):
/// a strategy's `hypotheses:` path, a framework's `documents[].path`, and the hypothesis ids a
/// strategy's future services test. Read here once for both `reference/…` rules, and (in
/// DocumentLinks.swift) for the editor features: the one place that knows the keys links use.
public enum DocumentReferences {
    /// A path written in the document, relative to it.
    struct PathReference {
        let node: SyntaxNode
        let path: String
        /// The kind the target must be (a strategy's `hypotheses:` names a hypothesis set), if any.
        let expectedKind: String?
    }

    /// A hypothesis id in a strategy's `future-services[].hypotheses` list.
    struct HypothesisReference {
        let node: SyntaxNode
        let id: String
    }

    static let strategyKind = "commissioning-strategy"
    static let frameworkKind = "commissioning-framework"
    static let hypothesisSetKind = "hypothesis-set"
    static let hypothesesKey = "hypotheses"

    /// Every path the document refers to, in document order.
    static func paths(in context: RuleContext) -> [PathReference] {
        guard let root = context.root else { return [] }
        if context.isKind(strategyKind), let set = hypothesisSet(in: context) {
            return [set]
        }
        if context.isKind(frameworkKind) {
            return (root["documents"]?.sequence?.items ?? []).compactMap { item in
                guard let node = item.value.mapping?["path"], let path = text(of: node) else { return nil }
                return PathReference(node: node, path: path, expectedKind: nil)
            }
        }
        return []
    }

    /// A strategy's `hypotheses:` path, when it is written as text.
    static func hypothesisSet(in context: RuleContext) -> PathReference? {
        guard context.isKind(strategyKind), let node = context.root?[hypothesesKey], let path = text(of: node) else { return nil }
        return PathReference(node: node, path: path, expectedKind: hypothesisSetKind)
    }

    /// The `hypotheses:` lists of a strategy's future services, each with the ids it names.
    static func hypothesisLists(in context: RuleContext) -> [(entry: MappingEntry, ids: [HypothesisReference])] {
        guard context.isKind(strategyKind) else { return [] }
        return (context.root?["future-services"]?.sequence?.items ?? []).compactMap { item in
            guard let entry = item.value.mapping?.entry(hypothesesKey) else { return nil }
            let ids = (entry.value?.sequence?.items ?? []).compactMap { id -> HypothesisReference? in
                guard let text = text(of: id.value) else { return nil }
                return HypothesisReference(node: id.value, id: text)
            }
            return (entry, ids)
        }
    }

    /// The ids of a hypothesis set's hypotheses, in its order.
    static func hypothesisIDs(in tree: SyntaxTree) -> [String] {
        (tree.root?.mapping?[hypothesesKey]?.sequence?.items ?? []).compactMap { item in
            item.value.mapping?["id"].flatMap(text(of:))
        }
    }

    /// The kind a referenced document is: its `kind:`, else what its file name implies.
    static func kind(of document: ReferencedDocument, path: String, vocabulary: Vocabulary) -> String? {
        if let declared = document.declaredKind, vocabulary.kind(id: declared) != nil { return declared }
        return vocabulary.kind(forFileName: path)?.id
    }

    /// Non-empty text (a number or `true` is not a path or an id; the schema reports it). A
    /// placeholder (`hypotheses: TBC`) is no reference yet: content/placeholder reports it, once.
    private static func text(of node: SyntaxNode) -> String? {
        guard let scalar = node.scalar, case .string = scalar.value, !scalar.text.isEmpty,
              PlaceholderPhrases.shared.match(scalar.text) == nil else { return nil }
        return scalar.text
    }
}
