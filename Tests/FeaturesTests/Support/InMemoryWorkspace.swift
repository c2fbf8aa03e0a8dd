import Foundation
import Rules
import SourceText
import Syntax
@testable import Features

/// A workspace of texts under a made-up root, for navigation and reference tests.
struct InMemoryWorkspace: WorkspaceDocuments {
    static let root = URL(fileURLWithPath: "/workspace-for-tests")
    let files: [String: String]

    func url(_ relativePath: String) -> URL { Self.root.appendingPathComponent(relativePath).standardizedFileURL }

    func tree(_ relativePath: String) -> SyntaxTree {
        Parser.parse(SourceFile(name: relativePath, text: files[relativePath] ?? ""))
    }

    func allDocuments() -> [WorkspaceDocument] {
        files.keys.sorted().map { WorkspaceDocument(url: url($0), tree: tree($0)) }
    }

    func document(at url: URL) -> WorkspaceDocument? {
        let path = url.standardizedFileURL.path
        guard let name = files.keys.first(where: { self.url($0).path == path }) else { return nil }
        return WorkspaceDocument(url: self.url(name), tree: tree(name))
    }

    /// Resolves references written in `relativePath`, as the analysis does.
    func resolver(for relativePath: String) -> any ReferenceResolver {
        Resolver(workspace: self, folder: url(relativePath).deletingLastPathComponent())
    }

    private struct Resolver: ReferenceResolver {
        let workspace: InMemoryWorkspace
        let folder: URL

        func resolve(_ reference: String) -> ResolvedReference {
            let target = URL(fileURLWithPath: reference, relativeTo: folder).standardizedFileURL
            guard let document = workspace.document(at: target) else { return .missing(path: reference) }
            return .document(path: reference, tree: document.tree)
        }
    }
}
