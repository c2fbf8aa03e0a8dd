import Analysis
import Foundation
import Rules
import SourceText
import Syntax

/// Definition and references across documents (README.md, "Language server"): a strategy's `hypotheses:` path leads
/// to the hypothesis set, a framework's `documents[].path` to the document, a hypothesis id to
/// the hypothesis in the set; the references of a hypothesis are its uses in the workspace's
/// strategies, and those of a linked document every link to it.
public enum Navigation {
    /// What the cursor is on, for navigation.
    enum Target {
        case fileLink(DocumentReferences.FileLink)
        /// A hypothesis id: where it is used or defined, and the set it belongs to.
        case hypothesis(id: String, node: SyntaxNode, setURL: URL)
    }

    public static func definition(in tree: SyntaxTree, fileURL: URL, at offset: Int, documents: any WorkspaceDocuments) -> [DocumentTarget] {
        switch target(in: tree, fileURL: fileURL, at: offset) {
        case let .fileLink(link)?:
            let url = resolve(link.path, from: fileURL)
            guard let document = documents.document(at: url) else { return [] }
            return [DocumentTarget(url: document.url, range: .empty(at: 0), lineIndex: document.tree.source.lineIndex)]
        case let .hypothesis(id, _, setURL)?:
            guard let set = setURL.canonicalPath == fileURL.canonicalPath ? WorkspaceDocument(url: fileURL, tree: tree) : documents.document(at: setURL),
                  let definition = DocumentReferences.hypothesisDefinitions(in: set.tree).first(where: { $0.id == id }) else { return [] }
            return [DocumentTarget(url: set.url, range: definition.idNode.range, lineIndex: set.tree.source.lineIndex)]
        case nil:
            return []
        }
    }

    public static func references(in tree: SyntaxTree, fileURL: URL, at offset: Int, includeDeclaration: Bool,
                                  documents: any WorkspaceDocuments) -> [DocumentTarget] {
        switch target(in: tree, fileURL: fileURL, at: offset) {
        case let .fileLink(link)?:
            let targetPath = resolve(link.path, from: fileURL).canonicalPath
            var result: [DocumentTarget] = []
            for document in documents.allDocuments() {
                for other in DocumentReferences.fileLinks(in: document.tree) where resolve(other.path, from: document.url).canonicalPath == targetPath {
                    result.append(DocumentTarget(url: document.url, range: other.node.range, lineIndex: document.tree.source.lineIndex))
                }
            }
            return result
        case let .hypothesis(id, _, setURL)?:
            let setPath = setURL.canonicalPath
            var result: [DocumentTarget] = []
            if includeDeclaration {
                result += definition(in: tree, fileURL: fileURL, at: offset, documents: documents)
            }
            for document in documents.allDocuments() {
                guard let link = DocumentReferences.hypothesisSetLink(in: document.tree),
                      resolve(link.path, from: document.url).canonicalPath == setPath else { continue }
                for use in DocumentReferences.hypothesisUses(in: document.tree) where use.id == id {
                    result.append(DocumentTarget(url: document.url, range: use.node.range, lineIndex: document.tree.source.lineIndex))
                }
            }
            return result
        case nil:
            return []
        }
    }

    /// A path written in the document at `fileURL`, as a file URL.
    static func resolve(_ path: String, from fileURL: URL) -> URL {
        Workspace.referencedURL(path, from: fileURL.deletingLastPathComponent())
    }

    static func target(in tree: SyntaxTree, fileURL: URL, at offset: Int) -> Target? {
        for link in DocumentReferences.fileLinks(in: tree) where link.node.range.touches(offset) {
            return .fileLink(link)
        }
        if let link = DocumentReferences.hypothesisSetLink(in: tree) {
            let setURL = resolve(link.path, from: fileURL)
            for use in DocumentReferences.hypothesisUses(in: tree) where use.node.range.touches(offset) {
                return .hypothesis(id: use.id, node: use.node, setURL: setURL)
            }
        }
        for definition in DocumentReferences.hypothesisDefinitions(in: tree) where definition.idNode.range.touches(offset) {
            return .hypothesis(id: definition.id, node: definition.idNode, setURL: fileURL)
        }
        return nil
    }
}
