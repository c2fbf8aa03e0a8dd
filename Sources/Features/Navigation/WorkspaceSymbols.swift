import Foundation
import Rules
import SourceText
import Syntax

/// A symbol of the workspace: a document by its title, a section, a hypothesis by its id.
public struct WorkspaceSymbol: Sendable {
    public enum Kind: Sendable, Hashable {
        case document
        case section
        case hypothesis
    }

    public let name: String
    public let kind: Kind
    /// What holds it: the document's title (or file name).
    public let container: String?
    public let target: DocumentTarget

    public init(name: String, kind: Kind, container: String? = nil, target: DocumentTarget) {
        self.name = name
        self.kind = kind
        self.container = container
        self.target = target
    }
}

/// Workspace symbols: every document's title, its sections, and every hypothesis by id, matched
/// to the query as editors do (its characters in order, ignoring case).
public enum WorkspaceSymbols {
    public static let limit = 1000

    public static func symbols(matching query: String, in documents: [WorkspaceDocument]) -> [WorkspaceSymbol] {
        var result: [WorkspaceSymbol] = []
        for document in documents.sorted(by: { $0.url.path < $1.url.path }) {
            guard let root = document.tree.root?.mapping else { continue }
            let lineIndex = document.tree.source.lineIndex
            let fileName = document.url.lastPathComponent
            let titleEntry = root.entry("title")
            let title = titleEntry?.value?.scalar?.text
            func add(_ name: String, _ kind: WorkspaceSymbol.Kind, _ container: String?, _ range: TextRange) {
                guard result.count < limit, matches(query, name) else { return }
                result.append(WorkspaceSymbol(name: name, kind: kind, container: container,
                                              target: DocumentTarget(url: document.url, range: range, lineIndex: lineIndex)))
            }
            if let title, !title.isEmpty, let entry = titleEntry {
                add(title, .document, fileName, entry.range)
            }
            for entry in root.entries where !entry.keyText.isEmpty {
                add(entry.keyText, .section, title ?? fileName, entry.range)
            }
            for hypothesis in DocumentReferences.hypothesisDefinitions(in: document.tree) {
                let name = hypothesis.statement.map { "\(hypothesis.id): \(Markdown.short($0, limit: 60))" } ?? hypothesis.id
                add(name, .hypothesis, title ?? fileName, hypothesis.item.range)
            }
        }
        return result
    }

    /// True when the query's characters appear in `name` in order, ignoring case.
    static func matches(_ query: String, _ name: String) -> Bool {
        var remaining = query.lowercased()[...]
        guard !remaining.isEmpty else { return true }
        for character in name.lowercased() where character == remaining.first {
            remaining = remaining.dropFirst()
            if remaining.isEmpty { return true }
        }
        return false
    }
}
