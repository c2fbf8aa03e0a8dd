import JSONSupport
import SourceText
import Syntax

/// The `source.sortKeys` action: the keys of every block mapping put in the schema's order (a
/// document's sections as `new` writes them, a matrix's areas in the matrix's order — both the
/// order of `properties` in `Schemas/`, then the terms its `propertyNames` allows). Keys the
/// schema does not name stay after the key they follow. Each key moves with the comment lines
/// directly above it and everything under it; blank lines stay where they were. Only the order
/// changes: each step is checked by parsing, and one that would change anything else is not taken.
/// Flow mappings (`{from: …, to: …}`) are left alone.
public enum KeySorting {
    public static let title = "Sort keys in the schema's order"

    /// The edit that sorts the document's keys; nil when every key is already in order.
    public static func edit(in tree: SyntaxTree, schemaFile: String?, navigator: SchemaNavigator = .shared) -> TextEdit? {
        guard let schemaFile else { return nil }
        let original = tree.source.bytes
        // A final line break makes every entry end with one, so that any can move last or not.
        let addedBreak = !original.isEmpty && original.last != 0x0A
        var bytes = addedBreak ? original + [0x0A] : original
        let data = normalised(tree.toJSON())
        var skipped = Set<[PathComponent]>()
        var current = addedBreak ? Parser.parse(SourceFile(name: tree.source.name, bytes: bytes)) : tree
        let root = navigator.root(file: schemaFile)
        func accepts(_ candidate: [UInt8]) -> SyntaxTree? {
            let parsed = Parser.parse(SourceFile(name: tree.source.name, bytes: candidate))
            return parsed.diagnostics.allSatisfy({ $0.severity != .error }) && normalised(parsed.toJSON()) == data ? parsed : nil
        }
        // Each round sorts the outermost mappings out of order, all at once (their texts do not
        // overlap), and checks the result once; the mappings inside them are sorted in the next
        // round. A round whose result is refused is done again one mapping at a time, to find
        // the mapping that cannot be sorted and leave it as it is.
        for _ in 0..<64 {
            var changes: [(path: [PathComponent], range: TextRange, text: [UInt8])] = []
            for candidate in mappings(in: current) where !skipped.contains(candidate.path) {
                guard !changes.contains(where: { $0.range.start <= candidate.node.range.start && candidate.node.range.start < $0.range.end }),
                      let order = permutation(of: candidate.node, at: candidate.path, in: current, root: root, navigator: navigator) else { continue }
                guard let change = reordering(bytes, mapping: candidate.node, order: order, lineIndex: current.source.lineIndex) else {
                    skipped.insert(candidate.path)
                    continue
                }
                changes.append((candidate.path, change.range, change.text))
            }
            guard !changes.isEmpty else { break }
            if let parsed = accepts(applied(changes.map { ($0.range, $0.text) }, to: bytes)) {
                bytes = applied(changes.map { ($0.range, $0.text) }, to: bytes)
                current = parsed
                continue
            }
            for change in changes.reversed() {
                let candidate = applied([(change.range, change.text)], to: bytes)
                if let parsed = accepts(candidate) {
                    bytes = candidate
                    current = parsed
                } else {
                    skipped.insert(change.path)
                }
            }
        }
        if addedBreak { bytes.removeLast() }
        guard bytes != original else { return nil }
        return FormattingEdits.smallestEdit(from: original, to: bytes)
    }

    /// Every block mapping with its path, outermost first.
    static func mappings(in tree: SyntaxTree) -> [(node: SyntaxNode, path: [PathComponent])] {
        var result: [(SyntaxNode, [PathComponent])] = []
        func visit(_ node: SyntaxNode, _ path: [PathComponent]) {
            switch node.content {
            case let .mapping(mapping):
                if mapping.style == .block { result.append((node, path)) }
                for entry in mapping.entries { if let value = entry.value { visit(value, path + [.key(entry.keyText)]) } }
            case let .sequence(sequence):
                for (index, item) in sequence.items.enumerated() { visit(item.value, path + [.index(index)]) }
            case .scalar:
                break
            }
        }
        if let root = tree.root { visit(root, []) }
        return result
    }

    /// The entries' indices in the order they should have; nil when they already have it (or
    /// the schema gives no order here).
    static func permutation(of node: SyntaxNode, at path: [PathComponent], in tree: SyntaxTree, root: [SchemaView],
                            navigator: SchemaNavigator) -> [Int]? {
        guard let entries = node.mapping?.entries, entries.count > 1 else { return nil }
        let views = navigator.schemas(at: path, from: root, instanceRoot: tree.root)
        let order = navigator.properties(of: views).map(\.name) + navigator.propertyNameTerms(of: views).map(\.id)
        var rank: [String: Int] = [:]
        for (index, name) in order.enumerated() where rank[name] == nil { rank[name] = index }
        // A key the schema does not name follows the key before it.
        var keys: [(rank: Int, index: Int)] = []
        var previous = -1
        for (index, entry) in entries.enumerated() {
            let own = rank[entry.keyText] ?? previous
            keys.append((own, index))
            previous = own
        }
        let sorted = keys.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.index)
        return sorted == Array(entries.indices) ? nil : sorted
    }

    /// `bytes` with the mapping's entries in `order`. Each entry is its comment lines directly
    /// above it, then its key to the end of its last line; the text between entries (blank
    /// lines, comments set apart) and what comes before each key on its line (indentation, or
    /// a list item's `- `) stay in place. Nil when the mapping's layout is not plain lines.
    static func reordered(_ bytes: [UInt8], mapping node: SyntaxNode, order: [Int], lineIndex lines: LineIndex) -> [UInt8]? {
        reordering(bytes, mapping: node, order: order, lineIndex: lines).map { applied([($0.range, $0.text)], to: bytes) }
    }

    /// The bytes the mapping's entries span, and their text in `order`.
    static func reordering(_ bytes: [UInt8], mapping node: SyntaxNode, order: [Int], lineIndex lines: LineIndex) -> (range: TextRange, text: [UInt8])? {
        guard let entries = node.mapping?.entries else { return nil }
        struct Piece { var commentStart: Int; var keyLineStart: Int; var keyStart: Int; var end: Int }
        var pieces: [Piece] = []
        for (index, entry) in entries.enumerated() {
            let keyLine = lines.line(containing: entry.key.range.start)
            let keyLineStart = lines.lineStarts[keyLine]
            let prefix = bytes[keyLineStart..<entry.key.range.start]
            let indented = prefix.allSatisfy { $0 == 0x20 }
            // Entries after the first start their own line.
            if index > 0, !indented { return nil }
            let lastLine = lines.line(containing: max(entry.range.start, entry.range.end - 1))
            let end = lastLine + 1 < lines.lineCount ? lines.lineStarts[lastLine + 1] : bytes.count
            var commentStart = keyLineStart
            let floor = pieces.last?.end ?? 0
            if indented {
                var line = keyLine - 1
                while line >= 0, lines.lineStarts[line] >= floor, isComment(lines.contentRange(ofLine: line), in: bytes) {
                    commentStart = lines.lineStarts[line]
                    line -= 1
                }
            }
            if let last = pieces.last, last.end > commentStart { return nil }
            pieces.append(Piece(commentStart: commentStart, keyLineStart: keyLineStart, keyStart: entry.key.range.start, end: end))
        }
        guard let first = pieces.first, let last = pieces.last, last.end <= bytes.count else { return nil }
        var region: [UInt8] = []
        for (slot, piece) in pieces.enumerated() {
            if slot > 0 { region += bytes[pieces[slot - 1].end..<piece.commentStart] }
            let moved = pieces[order[slot]]
            region += bytes[moved.commentStart..<moved.keyLineStart]
            region += bytes[piece.keyLineStart..<piece.keyStart]
            region += bytes[moved.keyStart..<moved.end]
        }
        return (TextRange(start: first.commentStart, end: last.end), region)
    }

    /// `bytes` with non-overlapping replacements made.
    static func applied(_ changes: [(range: TextRange, text: [UInt8])], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for change in changes.sorted(by: { $0.range.start > $1.range.start }) {
            result.replaceSubrange(change.range.start..<change.range.end, with: change.text)
        }
        return result
    }

    private static func isComment(_ range: TextRange, in bytes: [UInt8]) -> Bool {
        bytes[range.start..<range.end].first { $0 != 0x20 && $0 != 0x09 } == UInt8(ascii: "#")
    }

    /// The data with every object's keys in one order: what must not change but for order.
    static func normalised(_ value: JSONValue) -> JSONValue {
        switch value {
        case let .object(object):
            return .object(JSONObject(object.keys.sorted().map { ($0, normalised(object[$0]!)) }))
        case let .array(items):
            return .array(items.map(normalised))
        default:
            return value
        }
    }
}
