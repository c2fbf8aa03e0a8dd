import Analysis
import Foundation
import SourceText
import Syntax

/// One version of an open document as checked: its tree, the schema its keys and values come
/// from, and its diagnostics. Kept per document so that completion, hover and code actions on
/// that version do not check it again.
struct CheckedDocument: Sendable {
    /// What the document is, for the server.
    enum Role: Sendable {
        /// A commissioning document: `kind:` or a kind's file suffix says so. Checked in full.
        case commissioning
        /// The workspace configuration (`.commissioning.yaml`), checked against its own schema.
        case configuration
        /// Any other YAML the editor sent: its syntax only, so that a stray YAML file is not
        /// told to become a commissioning strategy.
        case other
    }

    let generation: UInt64
    /// The state of everything else the diagnostics depend on when they were computed.
    let fingerprint: WorkspaceFingerprint
    let role: Role
    let tree: SyntaxTree
    /// The schema of its kind (or of the configuration); nil when its kind is not known.
    let schemaFile: String?
    let diagnostics: [SourceText.Diagnostic]
    let fileURL: URL?
}

/// What a document's diagnostics depend on besides its own text: the other open documents (a
/// referenced hypothesis set may be open and edited) and the configuration and files on disk
/// (`epoch`, increased on every change the service is told of). Generations grow with every
/// edit in the server, so the newest one and the count change whenever any document does.
struct WorkspaceFingerprint: Sendable, Equatable {
    let epoch: UInt64
    let newestGeneration: UInt64
    let openCount: Int

    init(epoch: UInt64, workspace: WorkspaceSnapshot) {
        self.epoch = epoch
        newestGeneration = workspace.documents.values.map(\.generation).max() ?? 0
        openCount = workspace.documents.count
    }
}
