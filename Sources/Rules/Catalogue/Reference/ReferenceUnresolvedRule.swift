import Schema
import SourceText
import Syntax

/// A reference to another document — a strategy's hypothesis set, a framework's key documents, a
/// hypothesis id — that leads nowhere.
public struct ReferenceUnresolvedRule: Rule {
    public static let fixSafety: FixSafety = .mixed
    public static let metadata = RuleMetadata(
        id: "reference/unresolved",
        defaultSeverity: .error,
        summary: "A `hypotheses:` or `documents[].path` target does not exist, or a hypothesis id is not in the set.",
        explanation: """
            Documents refer to each other by relative path: a strategy names the hypothesis set \
            it tests (`hypotheses: older-people.hypotheses.yaml`), a framework lists its key \
            documents with their `path:`, and a strategy's future services name the hypotheses \
            each change tests (`hypotheses: [H1, H3]`). A path is read relative to the document \
            that writes it. When the file is not there (a renamed or moved file, a typing slip), \
            or an id is not among the set's hypotheses, the link is broken: correct the path or \
            the id, or create the missing document.
            """,
        sources: [
            SourceQuote("001_b648799edb4670db.txt:288", "A list of key documents published by partners and how they relate to each other."),
        ],
        firingExample: """
            kind: commissioning-strategy
            hypotheses: no-such-file.hypotheses.yaml
            """,
        passingExample: """
            kind: commissioning-strategy
            # the file exists beside this one
            hypotheses: older-people.hypotheses.yaml
            """
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        var hypothesisSet: ReferencedDocument?
        let setReference = DocumentReferences.hypothesisSet(in: context)
        if let resolver = context.references {
            for reference in DocumentReferences.paths(in: context) {
                switch resolver.summarize(reference.path) {
                case let .document(path, document):
                    if let expected = reference.expectedKind,
                       let actual = DocumentReferences.kind(of: document, path: path, vocabulary: context.vocabulary), actual != expected {
                        findings.append(Finding(
                            range: reference.node.range,
                            message: "`\(reference.path)` is a \(actual), not a \(expected); point `\(DocumentReferences.hypothesesKey):` at the hypothesis set this strategy tests."
                        ))
                    } else if reference.node === setReference?.node {
                        hypothesisSet = document
                    }
                case let .missing(path):
                    findings.append(Finding(
                        range: reference.node.range,
                        message: "`\(reference.path)` does not exist: there is no \(path). Correct the path (it is read relative to this document), or create the document."
                    ))
                case let .unreadable(path, reason):
                    findings.append(Finding(
                        range: reference.node.range,
                        message: "`\(reference.path)` (\(path)) cannot be read: \(reason). Point at a commissioning document file."
                    ))
                case .outsideWorkspace:
                    continue // `reference/outside-workspace` reports it.
                }
            }
        }
        findings += idFindings(context, setReference: setReference, set: hypothesisSet, canResolve: context.references != nil)
        return findings
    }

    /// Hypothesis ids of future services that are not in the strategy's hypothesis set.
    private func idFindings(_ context: RuleContext, setReference: DocumentReferences.PathReference?, set: ReferencedDocument?, canResolve: Bool) -> [Finding] {
        let lists = DocumentReferences.hypothesisLists(in: context)
        guard setReference != nil else {
            // Ids with no set to look them up in: say where the set should be named.
            return lists.filter { !$0.ids.isEmpty }.map { entry, ids in
                Finding(
                    range: entry.key.range,
                    message: "This service names hypotheses (\(ids.map(\.id).joined(separator: ", "))) but the strategy names no hypothesis set; add `hypotheses: NAME.hypotheses.yaml` at the top of the strategy so the ids can be checked."
                )
            }
        }
        // When the set could not be opened, its path is what is reported, not every id.
        guard canResolve, let set, let setPath = setReference?.path else { return [] }
        let known = set.hypothesisIDs
        let unknown = lists.flatMap { _, ids in ids.filter { !set.knownHypothesisIDs.contains($0.id) } }
        guard !unknown.isEmpty else { return [] }
        let shown = known.isEmpty ? "it has none" : "it has \(known.joined(separator: ", "))"
        return unknown.map { reference in
            let nearest = Suggestions.nearest(to: reference.id, among: known)
            let fixes = nearest.map { Fix(title: "Replace with `\($0)`", edits: [TextEdit(range: reference.node.range, newText: $0)], isSafe: nearest.count == 1 && $0.lowercased() == reference.id.lowercased()) }
            return Finding(
                range: reference.node.range,
                message: "`\(reference.id)` is not a hypothesis in `\(setPath)` (\(shown)). Correct the id, or add the hypothesis to the set.",
                fixes: fixes
            )
        }
    }
}
