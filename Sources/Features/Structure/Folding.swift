import SourceText
import Syntax

/// A region the editor can fold: from the line of `range.start` to the line of `range.end`.
public struct FoldRegion: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case region
        case comment
    }

    public var range: TextRange
    public var kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// Folding ranges: every block mapping entry and list item whose value spans lines, every
/// multi-line scalar and flow collection, and every run of two or more comment lines.
public enum Folding {
    public static func regions(in tree: SyntaxTree) -> [FoldRegion] {
        let lines = tree.source.lineIndex
        var regions: [FoldRegion] = []
        func lastByte(_ range: TextRange) -> Int { max(range.start, range.end - 1) }
        func spansLines(_ range: TextRange) -> Bool { lines.line(containing: range.start) < lines.line(containing: lastByte(range)) }
        func add(_ range: TextRange) {
            guard spansLines(range) else { return }
            regions.append(FoldRegion(range: TextRange(start: range.start, end: lastByte(range)), kind: .region))
        }
        var stack: [SyntaxNode] = tree.root.map { [$0] } ?? []
        while let node = stack.popLast() {
            switch node.content {
            case let .mapping(mapping):
                if mapping.style == .flow { add(node.range) }
                for entry in mapping.entries {
                    add(entry.range)
                    if let value = entry.value { stack.append(value) }
                }
            case let .sequence(sequence):
                if sequence.style == .flow { add(node.range) }
                for item in sequence.items {
                    add(item.range)
                    stack.append(item.value)
                }
            case .scalar:
                break
            }
        }
        regions += commentRuns(tree)
        return regions.sorted { $0.range < $1.range }
    }

    /// Runs of consecutive lines that hold only a comment.
    static func commentRuns(_ tree: SyntaxTree) -> [FoldRegion] {
        let source = tree.source
        let lines = source.lineIndex
        var runs: [FoldRegion] = []
        var current: (start: Comment, end: Comment, line: Int)?
        for comment in tree.comments {
            let line = lines.line(containing: comment.range.start)
            let start = lines.lineStarts[line]
            guard source.bytes[start..<comment.range.start].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
            if let run = current, run.line + 1 == line {
                current = (run.start, comment, line)
            } else {
                if let run = current, run.start.range != run.end.range { runs.append(FoldRegion(range: TextRange(start: run.start.range.start, end: run.end.range.end), kind: .comment)) }
                current = (comment, comment, line)
            }
        }
        if let run = current, run.start.range != run.end.range { runs.append(FoldRegion(range: TextRange(start: run.start.range.start, end: run.end.range.end), kind: .comment)) }
        return runs
    }
}
