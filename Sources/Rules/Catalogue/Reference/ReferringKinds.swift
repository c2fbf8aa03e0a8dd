/// Which kinds of document name other documents by path (see `DocumentReferences.paths`), for
/// `lint` to check the documents a reference may lead to before the documents that refer to
/// them: a document named by others has then usually been parsed already when the reference
/// is followed, and is not parsed a second time for it (see `ReferenceSummaryCache` in Analysis).
public enum ReferringKinds {
    /// 0 for a kind that names no other document; 1 for a strategy, which names only a
    /// hypothesis set; 2 for a framework, which may name documents of any kind, strategies too.
    /// Checking in rising rank puts each document before the documents that may name it.
    public static func checkingRank(_ kindID: String) -> Int {
        switch kindID {
        case DocumentReferences.frameworkKind: 2
        case DocumentReferences.strategyKind: 1
        default: 0
        }
    }
}
