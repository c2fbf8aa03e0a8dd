/// Bounds that keep a hostile or broken document from exhausting time, memory or stack.
/// Each one, when exceeded, produces one clear diagnostic; the tree read so far is kept.
public struct ParserLimits: Sendable, Hashable {
    /// Deepest nesting of mappings and sequences (block and flow together). Deeper parts are
    /// skipped with `syntax/too-deep`. It also bounds the recursion of everything that walks the tree.
    public var maximumDepth: Int
    /// Largest document, in bytes; a larger one is not parsed (`syntax/too-large`).
    public var maximumDocumentBytes: Int
    /// Longest line, in bytes without its line break. A longer line is reported
    /// (`syntax/line-too-long`) and read as if it were blank; the rest of the document is read.
    public var maximumLineBytes: Int
    /// Most nodes (mappings, sequences, scalars) in one tree; parsing stops there (`syntax/too-many-nodes`).
    public var maximumNodes: Int
    /// Most diagnostics reported for one document; one `syntax/too-many-errors` follows the last.
    public var maximumDiagnostics: Int

    public init(
        maximumDepth: Int = 256, maximumDocumentBytes: Int = 64 << 20, maximumLineBytes: Int = 4 << 20, maximumNodes: Int = 1_000_000,
        maximumDiagnostics: Int = 1_000
    ) {
        self.maximumDepth = maximumDepth
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumLineBytes = maximumLineBytes
        self.maximumNodes = maximumNodes
        self.maximumDiagnostics = maximumDiagnostics
    }

    public static let `default` = ParserLimits()
}
