import Analysis
import Foundation
import SourceText
import Syntax

/// One version of an open document as checked: its tree, the schema its keys and values come
/// from, and its diagnostics. Kept per document so that completion, hover and code actions on
/// that version do not check it again.
struct CheckedDocument: Sendable {
    let generation: UInt64
    /// The state of what the diagnostics depend on besides the text, when they were computed.
    let fingerprint: WorkspaceFingerprint
    /// What the document is (`DocumentRole.of`), decided once for this version.
    let role: DocumentRole
    let tree: SyntaxTree
    /// How the tree was made from the previous version (for the benchmark's count of full parses).
    let parsing: IncrementalParser.Method
    /// The schema of its kind (or of the configuration); nil when its kind is not known.
    let schemaFile: String?
    let diagnostics: [SourceText.Diagnostic]
    let fileURL: URL?
    /// The standardised paths of the documents it links to (its hypothesis set, listed documents).
    let links: Set<String>
    /// What the section-by-section rules found, reused by the next check where a section is unchanged.
    var sectionFindings: SectionFindings = .none
}

/// What a document's diagnostics depend on besides its own text: the versions of the open
/// documents among those it links to and the workspace configuration (an open, edited hypothesis
/// set changes a strategy's findings), and `epoch`, increased on every change the service is told
/// of (settings, files on disk). Documents it does not link to do not matter: editing one does
/// not make this one's diagnostics stale.
struct WorkspaceFingerprint: Sendable, Equatable {
    let epoch: UInt64
    /// The generation of each dependency, in the order of its path; nil when it is not open.
    let generations: [UInt64?]

    init(epoch: UInt64, dependencies: [String], open: OpenDocumentSources) {
        self.epoch = epoch
        generations = dependencies.map { open.document(atPath: $0)?.generation }
    }
}
