import Analysis
import Foundation
import Rules
import Syntax

/// Renaming or moving documents and folders in the editor (`workspace/willRenameFiles`): the edits
/// that keep every path a document of the workspace writes to another (a strategy's `hypotheses:`,
/// a framework's `documents[].path`) leading to the same document once the rename is made. Both
/// sides move: a document referring to a renamed one, and a renamed document whose own paths
/// start from a new folder. A renamed folder moves every document inside it.
///
/// A path keeps the form it was written in: only the renamed name changes when a file or folder
/// is renamed where it is (`./plans/older.strategy.yaml` → `./plans/older-people.strategy.yaml`);
/// after a move it is written again from the document's folder, keeping a leading `./` or an
/// absolute path as such. The format has no `FILE#ID` form: a `#` is part of the file's name.
///
/// Nothing outside the workspace is read or named: a rename from outside, a path that already
/// leads outside, a document that leaves the workspace and a reference to one are left as they
/// are (the reference rules then say what is wrong), so no edit ever writes a place outside the root.
public enum FileRenames {
    /// A file or folder at `old` that is to be at `new`.
    public struct Rename: Sendable, Equatable {
        public let old: URL
        public let new: URL

        public init(old: URL, new: URL) {
            self.old = old
            self.new = new
        }
    }

    /// The edits, in the documents as they are before the rename (each `target.url` is where the
    /// document is now); none for a reference whose text would not change.
    public static func edits(for renames: [Rename], in workspace: Workspace, documents: any WorkspaceDocuments) -> [DocumentEdit] {
        let root = workspace.root.pathComponents
        func isInside(_ components: [String]) -> Bool { components.count > root.count && components.starts(with: root) }
        // The most specific rename first: a file renamed inside a folder renamed at the same time.
        let moves = renames.map { (old: canonicalComponents(of: $0.old), new: canonicalComponents(of: $0.new)) }
            .filter { isInside($0.old) && $0.old != $0.new }
            .sorted { $0.old.count > $1.old.count }
        guard !moves.isEmpty else { return [] }
        func place(after components: [String]) -> [String] {
            guard let move = moves.first(where: { components.starts(with: $0.old) }) else { return components }
            return move.new + components.dropFirst(move.old.count)
        }

        var edits: [DocumentEdit] = []
        for document in documents.allDocuments() {
            if Task.isCancelled { break }
            let links = DocumentReferences.fileLinks(in: document.tree)
            guard !links.isEmpty else { continue }
            let now = canonicalComponents(of: document.url)
            let then = place(after: now)
            guard isInside(now), isInside(then) else { continue }
            let folder = (now: Array(now.dropLast()), then: Array(then.dropLast()))
            for link in links {
                let target = canonicalComponents(of: Workspace.referencedURL(link.path, from: document.url.deletingLastPathComponent()))
                let moved = place(after: target)
                guard isInside(target), isInside(moved), moved != target || then != now else { continue }
                let path = (folder.then == folder.now ? renamedInPlace(link.path, from: folder.now, moves: moves, leadingTo: moved) : nil)
                    ?? written(moved, from: folder.then, like: link.path)
                guard path != link.path else { continue }
                edits.append(DocumentEdit(
                    target: DocumentTarget(url: document.url, range: link.node.range, lineIndex: document.tree.source.lineIndex),
                    newText: scalar(path, like: link.node)))
            }
        }
        return edits
    }

    /// `reference` with only the renamed name changed, when the path passes through a file or
    /// folder renamed where it is (the same folder before and after), does not come back out of
    /// it, and so leads to `target`; nil when it does not.
    static func renamedInPlace(_ reference: String, from folder: [String], moves: [(old: [String], new: [String])], leadingTo target: [String]) -> String? {
        let renames = moves.filter { $0.old.dropLast() == $0.new.dropLast() }
        guard !renames.isEmpty else { return nil }
        var parts = reference.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var current = reference.hasPrefix("/") ? ["/"] : folder
        for index in parts.indices {
            step(&current, parts[index])
            guard let rename = renames.first(where: { $0.old == current }), let name = rename.new.last else { continue }
            guard !parts[(index + 1)...].contains("..") else { return nil }
            parts[index] = name
            current = Array(rename.new)
            for part in parts[(index + 1)...] { step(&current, part) }
            return current == target ? parts.joined(separator: "/") : nil
        }
        return nil
    }

    /// One part of a written path taken from `components`, as `Workspace.referencedURL` takes it.
    private static func step(_ components: inout [String], _ part: String) {
        switch part {
        case "", ".": break
        case "..": if components.count > 1 { components.removeLast() }
        default: components.append(part)
        }
    }

    /// The path to `target` from `folder`, written as `original` was: absolute if it was, with
    /// a leading `./` if it had one.
    static func written(_ target: [String], from folder: [String], like original: String) -> String {
        if original.hasPrefix("/") { return "/" + target.dropFirst().joined(separator: "/") }
        var common = 0
        while common < min(folder.count, target.count - 1), folder[common] == target[common] { common += 1 }
        let steps = Array(repeating: "..", count: folder.count - common) + target[common...]
        let path = steps.joined(separator: "/")
        return original.hasPrefix("./") && !path.hasPrefix("..") ? "./" + path : path
    }

    /// `path` as the YAML text of a scalar written like `node`: quoted as it was, or plain when
    /// that reads back as the same path (quoted when a comma or bracket would end it in a flow collection).
    static func scalar(_ path: String, like node: SyntaxNode) -> String {
        switch node.scalar?.style {
        case .singleQuoted? where !path.contains(where: \.isNewline):
            return "'" + path.replacingOccurrences(of: "'", with: "''") + "'"
        case .doubleQuoted?:
            return YAMLText.doubleQuoted(path)
        default:
            return path.contains(where: { ",[]{}".contains($0) }) ? YAMLText.doubleQuoted(path) : YAMLText.string(path)
        }
    }

    /// `url`'s path components with symbolic links resolved as far as the path exists: a rename's
    /// new place does not exist yet, and must compare with a root reached through a link.
    static func canonicalComponents(of url: URL) -> [String] {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while existing.pathComponents.count > 1, !FileManager.default.fileExists(atPath: existing.path) {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        return existing.resolvingSymlinksInPath().pathComponents + rest
    }
}
