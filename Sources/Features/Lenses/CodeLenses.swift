import Foundation
import Rules
import Schema
import SourceText
import Syntax

/// A line shown above part of a document, summing it up.
public struct CodeLensItem: Sendable, Hashable {
    public var range: TextRange
    public var title: String
    /// What the lens is about, for the command that lists where it is cited: a document, or a
    /// hypothesis of it.
    public var subject: URL
    public var hypothesis: String?
}

/// Code lenses (README, "Language server"): over a hypothesis's `id:`, how many documents cite
/// it; over `integration:`, how many matrix areas are assessed and how many with evidence; over
/// `future-services:`, how much of the money is committed (counted as `strategy/overcommitted`
/// counts it); over a strategy's `hypotheses:` path, the set's hypotheses by status.
public enum CodeLenses {
    public static func lenses(in tree: SyntaxTree, fileURL: URL, schemaFile: String?, documents: any WorkspaceDocuments,
                              navigator: SchemaNavigator = .shared, vocabulary: Vocabulary = .shared) -> [CodeLensItem] {
        guard let root = tree.root, let mapping = root.mapping else { return [] }
        var lenses: [CodeLensItem] = []
        let definitions = DocumentReferences.hypothesisDefinitions(in: tree)
        if !definitions.isEmpty {
            let citing = citingDocuments(ofSetAt: fileURL, documents: documents)
            for definition in definitions {
                let count = citing.filter { $0.ids.contains(definition.id) }.count
                lenses.append(CodeLensItem(range: definition.idNode.range, title: "cited by \(count) document\(count == 1 ? "" : "s")",
                                           subject: fileURL, hypothesis: definition.id))
            }
        }
        if let link = DocumentReferences.hypothesisSetLink(in: tree) {
            let setURL = Navigation.resolve(link.path, from: fileURL)
            if let set = documents.document(at: setURL) {
                lenses.append(CodeLensItem(range: link.node.range, title: statusSummary(of: set.tree, vocabulary: vocabulary), subject: setURL))
            }
        }
        let views = navigator.expand(schemaFile.map { navigator.root(file: $0) } ?? [], instance: root)
        for entry in mapping.entries {
            guard let value = entry.value else { continue }
            let section = navigator.expand(navigator.children(of: views, .key(entry.keyText)), instance: value)
            if navigator.includes(definition: VocabularyNames.matrixSelfAssessment, in: section) {
                lenses.append(CodeLensItem(range: entry.key.range, title: assessment(of: value, vocabulary: vocabulary), subject: fileURL))
            }
        }
        if let entry = mapping.entry("future-services"), let committed = CommittedMoney(in: tree) {
            let over = committed.isOvercommitted ? " — more than there is" : ""
            lenses.append(CodeLensItem(range: entry.key.range, title: "\(committed.committed) of \(committed.available) committed\(over)", subject: fileURL))
        }
        return lenses.sorted { $0.range.start < $1.range.start }
    }

    /// `7 of 7 areas assessed, 5 with evidence`: an area is assessed when its `current:` is a level.
    static func assessment(of section: SyntaxNode, vocabulary: Vocabulary) -> String {
        let areas = vocabulary.matrix.areas
        var assessed = 0
        var evidenced = 0
        for entry in section.mapping?.entries ?? [] where areas.term(entry.keyText) != nil {
            guard let area = entry.value?.mapping, let current = area["current"]?.scalar?.text,
                  vocabulary.matrix.rank(ofLevel: current) != nil else { continue }
            assessed += 1
            if let evidence = area["evidence"], hasContent(evidence) { evidenced += 1 }
        }
        return "\(assessed) of \(areas.terms.count) areas assessed, \(evidenced) with evidence"
    }

    private static func hasContent(_ node: SyntaxNode) -> Bool {
        switch node.content {
        case let .scalar(scalar): !scalar.text.trimmingCharacters(in: .whitespaces).isEmpty
        case let .sequence(sequence): !sequence.items.isEmpty
        case let .mapping(mapping): !mapping.entries.isEmpty
        }
    }

    /// `3 hypotheses: 1 supported, 2 untested`, in the vocabulary's order of statuses; a
    /// hypothesis without a status counts as the default one (untested).
    static func statusSummary(of set: SyntaxTree, vocabulary: Vocabulary) -> String {
        let definitions = DocumentReferences.hypothesisDefinitions(in: set)
        let statuses = vocabulary.list(VocabularyNames.hypothesisStatus)?.terms ?? []
        let fallback = statuses.first { $0.flag("x-default") == true }?.id
        var counts: [String: Int] = [:]
        for definition in definitions {
            let status = definition.item.mapping?["status"]?.scalar?.text ?? fallback ?? "no status"
            counts[status, default: 0] += 1
        }
        let known = statuses.map(\.id).filter { counts[$0] != nil }
        let others = counts.keys.filter { !known.contains($0) }.sorted()
        let parts = (known + others).map { "\(counts[$0] ?? 0) \($0)" }
        let head = "\(definitions.count) hypothes\(definitions.count == 1 ? "is" : "es")"
        return parts.isEmpty ? head : head + ": " + parts.joined(separator: ", ")
    }

    /// The documents linking to the set at `setURL`, with the ids each uses.
    static func citingDocuments(ofSetAt setURL: URL, documents: any WorkspaceDocuments) -> [(document: WorkspaceDocument, ids: Set<String>, uses: [DocumentReferences.HypothesisUse])] {
        let setPath = setURL.canonicalPath
        return documents.allDocuments().compactMap { document in
            guard let link = DocumentReferences.hypothesisSetLink(in: document.tree),
                  Navigation.resolve(link.path, from: document.url).canonicalPath == setPath else { return nil }
            let uses = DocumentReferences.hypothesisUses(in: document.tree)
            return (document, Set(uses.map(\.id)), uses)
        }
    }

    /// Where `subject` is cited: each use of `hypothesis` in the documents linking to the set, or
    /// (without one) each link to the document.
    public static func citations(of subject: URL, hypothesis: String?, documents: any WorkspaceDocuments) -> [DocumentTarget] {
        if let hypothesis {
            return citingDocuments(ofSetAt: subject, documents: documents).flatMap { citing in
                citing.uses.filter { $0.id == hypothesis }.map {
                    DocumentTarget(url: citing.document.url, range: $0.node.range, lineIndex: citing.document.tree.source.lineIndex)
                }
            }
        }
        let path = subject.canonicalPath
        return documents.allDocuments().flatMap { document in
            DocumentReferences.fileLinks(in: document.tree)
                .filter { Navigation.resolve($0.path, from: document.url).canonicalPath == path }
                .map { DocumentTarget(url: document.url, range: $0.node.range, lineIndex: document.tree.source.lineIndex) }
        }
    }
}
