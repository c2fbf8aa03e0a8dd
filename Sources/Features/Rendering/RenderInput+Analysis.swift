import JSONSupport
import Schema
import SourceText
import Syntax

extension RenderInput {
    /// One checked document as a page draws it: its tree as data, and each diagnostic at its
    /// 1-based line and the top-level section it falls in. `render` and the editor's
    /// `commissioning.render` command both build their pages through this.
    public init(workspacePath: String, kind: DocumentKind?, tree: SyntaxTree, source: SourceFile, diagnostics: [Diagnostic]) {
        let problems = diagnostics.map { diagnostic in
            PageProblem(severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message,
                        line: Self.line(of: diagnostic.range.start, in: source),
                        sectionKey: Self.section(containing: diagnostic.range.start, in: tree))
        }
        self.init(workspacePath: workspacePath, kind: kind, data: tree.toJSON(), problems: problems)
    }

    /// 1-based line of a byte offset, clamped into the document.
    static func line(of offset: Int, in source: SourceFile) -> Int {
        source.lineIndex.line(containing: min(max(offset, 0), source.bytes.count)) + 1
    }

    /// The top-level key whose entry holds the byte offset, for a link to its section.
    static func section(containing offset: Int, in tree: SyntaxTree) -> String? {
        guard let entries = tree.root?.mapping?.entries else { return nil }
        for entry in entries {
            let end = entry.value?.range.end ?? entry.key.range.end
            if offset >= entry.key.range.start, offset <= end { return entry.key.scalar?.text }
        }
        return nil
    }
}

extension DocumentPage {
    /// The page of one document on its own (the editor's preview): links to other documents, and
    /// to the index of them all, are not drawn, since their pages are not beside it.
    public static func render(alone document: RenderInput) -> String {
        render(document, in: RenderSite(documents: [document], hasIndex: false))
    }
}
