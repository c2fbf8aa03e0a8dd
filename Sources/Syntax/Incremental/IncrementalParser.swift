import SourceText

/// Parses an edited document by re-reading only the block entry or list item the edit falls in
/// (the deepest one that holds the whole change, below the first line's indentation and
/// indicator) and keeping every other subtree: those before the edit as they are, those after it
/// with their ranges moved by the edit's length. The result is the tree `Parser.parse` gives
/// (the differential tests compare the two after every random edit).
///
/// Why re-reading one entry is enough: a line indented no more than an entry's own key or dash
/// ends every construct inside the entry (block collections and scalars, and quoted or flow
/// values, which may not cover such a line), so neither the entries before it nor the one after
/// it can read its text. The re-read runs with the real bytes after it in view, must stop exactly
/// at the line that begins the next node, and must leave the node's first line starting as
/// before; otherwise, and for what depends on the whole document (the node and error limits,
/// very long lines, text outside the top node), it falls back to a full parse. Duplicate keys of
/// the mapping the entry belongs to are found again over all its keys.
public enum IncrementalParser {
    /// How an edited document was parsed, for the benchmark's count of fallbacks.
    public enum Method: String, Sendable {
        /// Only the part the edit touched was read again.
        case incremental
        /// The whole document was read again.
        case full
        /// The text did not change.
        case unchanged
    }

    public static func parse(_ source: SourceFile, after previous: SyntaxTree, limits: ParserLimits = .default) -> (tree: SyntaxTree, method: Method) {
        let change = ByteChange(from: previous.source.bytes, to: source.bytes)
        guard let change else {
            let tree = SyntaxTree(source: source, root: previous.root, comments: previous.comments,
                                  diagnostics: previous.diagnostics, nodeCount: previous.nodeCount)
            return (tree, .unchanged)
        }
        if let tree = reparse(previous, as: source, change: change, limits: limits) { return (tree, .incremental) }
        return (Parser.parse(source, limits: limits), .full)
    }

    private static func reparse(_ previous: SyntaxTree, as source: SourceFile, change: ByteChange, limits: ParserLimits) -> SyntaxTree? {
        guard source.bytes.count <= limits.maximumDocumentBytes,
              previous.diagnostics.count < limits.maximumDiagnostics,
              !previous.diagnostics.contains(where: { wholeDocumentCodes.contains($0.code) }),
              let root = previous.root,
              let slot = Slot.find(for: change, in: root, tree: previous) else { return nil }
        let newSpanEnd = slot.spanEnd + change.delta
        if source.bytes.count > limits.maximumLineBytes, hasLongLine(source, from: slot.spanStart, to: newSpanEnd, limit: limits.maximumLineBytes) {
            return nil
        }
        guard let fragment = Fragment.parse(source, slot: slot, spanEnd: newSpanEnd, limits: limits) else { return nil }
        let nodeCount = previous.nodeCount + fragment.nodeCount
        guard nodeCount <= limits.maximumNodes else { return nil }
        let shift = Shift(from: slot.spanEnd, delta: change.delta)
        let newRoot = slot.splice(fragment.children, shift: shift)
        guard let diagnostics = mergedDiagnostics(previous, fragment: fragment, slot: slot, shift: shift, newRoot: newRoot, source: source),
              diagnostics.count < limits.maximumDiagnostics else { return nil }
        var comments = previous.comments.filter { $0.range.start < slot.spanStart }
        comments += fragment.comments.sorted { $0.range.start < $1.range.start }
        comments += previous.comments.lazy.filter { $0.range.start >= slot.spanEnd }.map { Comment(range: shift.apply($0.range), text: $0.text) }
        return SyntaxTree(source: source, root: newRoot, comments: comments, diagnostics: diagnostics, nodeCount: nodeCount)
    }

    /// Codes of limits, which depend on the document as a whole: after one, parse it all again.
    private static let wholeDocumentCodes: Set<String> = [
        SyntaxRule.tooLarge.id, SyntaxRule.lineTooLong.id, SyntaxRule.tooManyNodes.id, SyntaxRule.tooManyErrors.id,
    ]

    private static func hasLongLine(_ source: SourceFile, from start: Int, to end: Int, limit: Int) -> Bool {
        let index = source.lineIndex
        let first = index.line(containing: start), last = index.line(containing: max(start, end - 1))
        return (first ... last).contains { index.contentRange(ofLine: $0).length > limit }
    }

    /// The diagnostics outside the re-read span (moved when after it), those of the span, and the
    /// parent mapping's duplicate keys found again; nil when one crosses the span's edges.
    private static func mergedDiagnostics(_ previous: SyntaxTree, fragment: Fragment, slot: Slot, shift: Shift,
                                          newRoot: SyntaxNode, source: SourceFile) -> [Diagnostic]? {
        let duplicateCode = SyntaxRule.duplicateKey.id
        let oldParentKeys = Set(slot.parentKeyRanges())
        // The messages name the line of the first key, which moves when lines were added or removed.
        let linesMoved = previous.source.lineIndex.lineCount != source.lineIndex.lineCount
        var merged: [Diagnostic] = []
        merged.reserveCapacity(previous.diagnostics.count + fragment.diagnostics.count)
        for diagnostic in previous.diagnostics {
            let range = diagnostic.range
            if range.start >= slot.spanStart, range.start < slot.spanEnd {
                guard range.end <= slot.spanEnd else { return nil }
                continue
            }
            if range.start < slot.spanStart, range.end > slot.spanStart { return nil }
            if diagnostic.code == duplicateCode, oldParentKeys.contains(range) { continue }
            var kept = range.start >= slot.spanEnd ? shift.apply(diagnostic) : diagnostic
            if linesMoved, diagnostic.code == duplicateCode, let first = kept.related.first {
                kept.message = renumbered(kept.message, line: source.lineIndex.line(containing: first.range.start) + 1)
            }
            merged.append(kept)
        }
        let newParentKeys = Set(fragment.children.keyRanges)
        merged += fragment.diagnostics.filter { !($0.code == duplicateCode && newParentKeys.contains($0.range)) }
        if let mapping = slot.newParent(in: newRoot)?.mapping {
            merged += duplicateKeys(of: mapping, source: source)
        }
        return merged.sorted()
    }

    /// `syntax/duplicate-key` for the keys of one mapping, as the parser reports them.
    private static func duplicateKeys(of mapping: SyntaxMapping, source: SourceFile) -> [Diagnostic] {
        var first: [String: TextRange] = [:]
        var found: [Diagnostic] = []
        for entry in mapping.entries where entry.colonRange != nil {
            guard let scalar = entry.key.scalar else { continue }
            let key = scalar.jsonKey
            guard let earlier = first[key] else { first[key] = entry.key.range; continue }
            let duplicate = KeyIndex.duplicate(key, at: entry.key.range, first: earlier,
                                               line: source.lineIndex.line(containing: earlier.start) + 1, documentName: source.name)
            found.append(Diagnostic(code: SyntaxRule.duplicateKey.id, severity: .error, message: duplicate.message,
                                    range: entry.key.range, related: duplicate.related))
        }
        return found
    }

    /// The duplicate-key message with its line number replaced.
    private static func renumbered(_ message: String, line: Int) -> String {
        guard let open = message.range(of: " (line ", options: .backwards),
              let close = message.range(of: ").", range: open.upperBound ..< message.endIndex) else { return message }
        return message.replacingCharacters(in: open.upperBound ..< close.lowerBound, with: String(line))
    }
}
