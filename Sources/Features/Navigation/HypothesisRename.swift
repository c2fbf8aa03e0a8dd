import Foundation
import Rules
import SourceText
import Syntax

/// Renaming a hypothesis id: in its set (`hypotheses[].id`) and in every document of the
/// workspace that links to that set and cites the id (`future-services[].hypotheses`). The
/// format has no other way to cite a hypothesis (README.md, "Language server"; SPEC.md: strategies
/// cite ids through their `hypotheses:` set only), so there is nothing else to rewrite.
public enum HypothesisRename {
    /// Why a rename cannot be made, in words for the person who asked.
    public struct Refusal: Error, Sendable, Equatable {
        public let message: String
    }

    /// What `prepareRename` answers: the id under the cursor and the bytes it occupies.
    public struct Place: Sendable, Equatable {
        public let id: String
        public let range: TextRange
    }

    /// The id under the cursor, or why what is there cannot be renamed.
    public static func prepare(in tree: SyntaxTree, fileURL: URL, at offset: Int) -> Result<Place, Refusal> {
        switch Navigation.target(in: tree, fileURL: fileURL, at: offset) {
        case let .hypothesis(id, node, _)?:
            return .success(Place(id: id, range: textRange(of: node)))
        case let .fileLink(link)?:
            return .failure(Refusal(message:
                "Only a hypothesis id can be renamed; this is the path `\(link.path)`. Rename the file itself in the editor: its references follow."))
        case nil:
            return .failure(Refusal(message: "Only a hypothesis id can be renamed; \(description(at: offset, in: tree))."))
        }
    }

    /// The edits renaming the id under the cursor to `newName` across the workspace.
    /// `idPattern` is the schema's pattern for hypothesis ids (an ECMA-style regular expression).
    public static func rename(in tree: SyntaxTree, fileURL: URL, at offset: Int, to newName: String, idPattern: String,
                              documents: any WorkspaceDocuments) -> Result<[DocumentEdit], Refusal> {
        let place: Place
        switch prepare(in: tree, fileURL: fileURL, at: offset) {
        case let .success(found): place = found
        case let .failure(refusal): return .failure(refusal)
        }
        guard case let .hypothesis(_, _, setURL)? = Navigation.target(in: tree, fileURL: fileURL, at: offset) else {
            return .failure(Refusal(message: "Only a hypothesis id can be renamed."))
        }
        if let refusal = check(newName, pattern: idPattern) { return .failure(refusal) }
        let isSetItself = setURL.canonicalPath == fileURL.canonicalPath
        guard let set = isSetItself ? WorkspaceDocument(url: fileURL, tree: tree) : documents.document(at: setURL) else {
            return .failure(Refusal(message:
                "The hypothesis set `\(setURL.lastPathComponent)` cannot be read inside the workspace, so `\(place.id)` cannot be renamed everywhere it is used."))
        }
        let definitions = DocumentReferences.hypothesisDefinitions(in: set.tree)
        if newName != place.id, definitions.contains(where: { $0.id == newName }) {
            return .failure(Refusal(message:
                "`\(newName)` is already a hypothesis of `\(set.url.lastPathComponent)`; choose an id not used there, or renaming would join two hypotheses."))
        }
        guard newName != place.id else { return .success([]) }

        var edits: [DocumentEdit] = []
        var seen = Set<String>()
        func add(_ node: SyntaxNode, in document: WorkspaceDocument) {
            edits.append(DocumentEdit(target: DocumentTarget(url: document.url, range: textRange(of: node), lineIndex: document.tree.source.lineIndex),
                              newText: newName))
        }
        for definition in definitions where definition.id == place.id { add(definition.idNode, in: set) }
        seen.insert(set.url.canonicalPath)
        let setPath = set.url.canonicalPath
        var citing = documents.allDocuments()
        if !isSetItself, !citing.contains(where: { $0.url.canonicalPath == fileURL.canonicalPath }) {
            citing.append(WorkspaceDocument(url: fileURL, tree: tree))
        }
        for document in citing {
            let path = document.url.canonicalPath
            guard !seen.contains(path), let link = DocumentReferences.hypothesisSetLink(in: document.tree),
                  Navigation.resolve(link.path, from: document.url).canonicalPath == setPath else { continue }
            seen.insert(path)
            for use in DocumentReferences.hypothesisUses(in: document.tree) where use.id == place.id { add(use.node, in: document) }
        }
        return .success(edits)
    }

    /// Why `newName` cannot be a hypothesis id, or nil when it can.
    static func check(_ newName: String, pattern: String) -> Refusal? {
        let matches = (try? NSRegularExpression(pattern: pattern)).map { regex in
            regex.firstMatch(in: newName, range: NSRange(newName.startIndex..., in: newName)) != nil
        } ?? false
        guard matches else {
            return Refusal(message:
                "`\(newName)` is not a hypothesis id: an id starts with a letter, then letters, digits, `_`, `.` or `-` (pattern \(pattern)), e.g. H7.")
        }
        // `true` or `null` match the pattern but YAML would read them unquoted as a yes/no or nothing.
        guard case .string = Parser.parse("id: \(newName)\n").root?.mapping?["id"]?.scalar?.value else {
            return Refusal(message: "`\(newName)` would be read as a yes/no value or as nothing, not as an id; choose another, e.g. H7.")
        }
        return nil
    }

    /// The bytes of a scalar's text: inside the quotes of a quoted one, so that they stay.
    static func textRange(of node: SyntaxNode) -> TextRange {
        guard let style = node.scalar?.style, style == .singleQuoted || style == .doubleQuoted, node.range.length >= 2 else { return node.range }
        return TextRange(start: node.range.start + 1, end: node.range.end - 1)
    }

    /// What is at `offset`, in words: "this is the key `status`".
    static func description(at offset: Int, in tree: SyntaxTree) -> String {
        if tree.comments.contains(where: { $0.range.touches(offset) }) { return "this is a comment" }
        let steps = tree.chain(at: offset)
        var lastKey: String?
        for (index, step) in steps.enumerated() {
            guard case let .entry(entry, _) = step else { continue }
            lastKey = entry.keyText
            if index + 1 < steps.count, case let .node(node) = steps[index + 1], node.range == entry.key.range, index + 2 == steps.count {
                return "this is the key `\(entry.keyText)`"
            }
        }
        if let lastKey { return "this is the value of `\(lastKey)`" }
        return "there is nothing here to rename"
    }
}
