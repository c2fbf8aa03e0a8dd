import Foundation
import SourceText
import Syntax

/// The documents of a workspace as features see them: the open ones as the editor holds them,
/// the others from disk. Implemented by the server (with a cache) and by tests.
public protocol WorkspaceDocuments: Sendable {
    /// Every commissioning document of the workspace, parsed.
    func allDocuments() -> [WorkspaceDocument]
    /// The document at a file URL, if it is inside the workspace and can be read.
    func document(at url: URL) -> WorkspaceDocument?
}

public struct WorkspaceDocument: Sendable {
    public let url: URL
    public let tree: SyntaxTree

    public init(url: URL, tree: SyntaxTree) {
        self.url = url
        self.tree = tree
    }
}

/// A range in some document, with its line index so that the server can give positions.
public struct DocumentTarget: Sendable {
    public let url: URL
    public let range: TextRange
    public let lineIndex: LineIndex

    public init(url: URL, range: TextRange, lineIndex: LineIndex) {
        self.url = url
        self.range = range
        self.lineIndex = lineIndex
    }
}

/// One replacement in some document: the bytes at `target.range` become `newText`.
public struct DocumentEdit: Sendable {
    public let target: DocumentTarget
    public let newText: String

    public init(target: DocumentTarget, newText: String) {
        self.target = target
        self.newText = newText
    }
}

extension URL {
    /// The same file however it was written: standardised, symbolic links resolved.
    var canonicalPath: String { standardizedFileURL.resolvingSymlinksInPath().path }
}
