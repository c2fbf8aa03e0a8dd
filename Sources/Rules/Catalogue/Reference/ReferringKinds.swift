/// The kinds of document that name other documents by path (see `DocumentReferences.paths`).
/// `lint` checks documents of these kinds after the others, so that a document they name has
/// usually been parsed already when the reference is followed, and is not parsed a second time
/// for it (see `ReferenceSummaryCache` in Analysis).
public enum ReferringKinds {
    /// True when a document of kind `kindID` may name other documents by path.
    public static func mayReferToOtherDocuments(_ kindID: String) -> Bool {
        kindID == DocumentReferences.strategyKind || kindID == DocumentReferences.frameworkKind
    }
}
