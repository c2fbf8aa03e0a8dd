import JSONRPC

/// The language server's own limits, in one place. Each layer keeps its own: the protocol reader
/// (`MessageFramer`: message and header size; `JSONParser.maximumDepth`), the parser
/// (`ParserLimits`: document size, line length, nesting, values, diagnostics) and references
/// (`Workspace.maximumReferencedFileBytes`). The README's "Limits" section lists them all.
public struct ServerLimits: Sendable, Hashable {
    /// Most documents open at once. A `didOpen` beyond it is refused with a warning to the client
    /// (`window/logMessage`) and the document is not tracked; the open ones are unaffected.
    /// Generous: an editor opens the files a person works on, not a whole archive.
    public var maximumOpenDocuments: Int
    /// Most diagnostics sent for one document, the first in document order; one more, at the
    /// first left out, says how many were. (The parser stops at 1,000 syntax errors on its own;
    /// this bounds the rest, say a pasted table of a million unknown keys.)
    public var maximumDiagnosticsPerDocument: Int
    /// Most entries in one outline (counting nested ones), one list of folding ranges or one
    /// workspace-symbol answer; the first in document order are kept. Half a million keys would
    /// otherwise make a 120 MB outline, more than a client reads in one message.
    public var maximumSymbolsPerAnswer: Int

    public init(maximumOpenDocuments: Int = 10_000, maximumDiagnosticsPerDocument: Int = 2_000, maximumSymbolsPerAnswer: Int = 20_000) {
        self.maximumOpenDocuments = maximumOpenDocuments
        self.maximumDiagnosticsPerDocument = maximumDiagnosticsPerDocument
        self.maximumSymbolsPerAnswer = maximumSymbolsPerAnswer
    }

    public static let `default` = ServerLimits()
}
