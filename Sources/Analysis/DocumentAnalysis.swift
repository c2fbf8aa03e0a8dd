import Foundation
import Rules
import Schema
import SourceText
import Syntax

/// Everything known about one document after checking it: its tree, its kind, and its
/// diagnostics from all four layers (syntax, schema, domain rules, workspace), with the
/// configured severities applied and suppressions removed, in document order.
public struct DocumentAnalysis: Sendable {
    public let origin: DocumentOrigin
    public let tree: SyntaxTree
    /// The kind the document was checked as, nil when it could not be told.
    public let kind: DocumentKind?
    public let diagnostics: [Diagnostic]
    /// Suppression comments that silenced something, with what they silenced.
    public let suppressions: [AppliedSuppression]
    /// The ids of the domain rules that ran (not off), for reports that list every check.
    public let rulesRun: [String]
    /// What the section-by-section rules found, for the next check of an edited version.
    public let sectionFindings: SectionFindings

    public init(origin: DocumentOrigin, tree: SyntaxTree, kind: DocumentKind?, diagnostics: [Diagnostic],
                suppressions: [AppliedSuppression], rulesRun: [String], sectionFindings: SectionFindings = .none) {
        self.origin = origin
        self.tree = tree
        self.kind = kind
        self.diagnostics = diagnostics
        self.suppressions = suppressions
        self.rulesRun = rulesRun
        self.sectionFindings = sectionFindings
    }

    public var source: SourceFile { tree.source }
}

/// Where a document lives: how to show its name, and the file it came from (for resolving its
/// references and its file suffix). Text from standard input or an unsaved editor buffer may
/// have a display name only.
public struct DocumentOrigin: Sendable, Hashable {
    /// As shown to people: a path relative to the workspace root when possible.
    public let displayPath: String
    /// The file on disk, absolute; nil for text that is not a file.
    public let fileURL: URL?

    public init(displayPath: String, fileURL: URL?) {
        self.displayPath = displayPath
        self.fileURL = fileURL
    }
}

