import Foundation
import Rules

/// What each referenced document of a `lint` run resolved to, kept for the whole run and shared
/// by every thread, so a document named by several others (a hypothesis set named by a strategy
/// and by a framework) is read and parsed for resolution at most once; and not at all when
/// `lint` itself has already parsed it as one of the files it checks (`parse`). Only summaries
/// are kept, not trees, so the run's memory does not grow with the documents referenced.
///
/// Valid only while the files do not change and no editor holds newer text: the language server
/// does not use it. A summary depends only on the file's bytes and its path, so whichever thread
/// computes it first, every reader gets the same answer.
///
/// Which thread parses a file therefore depends on timing; what is found does not.
public final class ReferenceSummaryCache: Sendable {
    private let summaries = ComputedOnce<ReferenceSummary>()

    public init() {}

    /// The summary for the standardised absolute `path`, computed by `compute` only if no thread
    /// has computed or offered it yet.
    func summary(for path: String, compute: () -> ReferenceSummary) -> ReferenceSummary {
        summaries.value(for: path, compute: compute)
    }

    /// Parses a file `lint` checks (`parse`) and, unless the path is already known or being
    /// computed, records its summary (`summarize`) for the documents that refer to it. The path
    /// is claimed before parsing, so a reference followed meanwhile waits for this parse
    /// instead of making its own.
    func parse<Tree>(_ path: String, parse: () -> Tree, summarize: (Tree) -> ReferenceSummary) -> Tree {
        summaries.work(claiming: path, parse, value: summarize)
    }
}
