import Foundation
import Rules

/// Follows each reference once per analysis. `reference/unresolved` and
/// `reference/outside-workspace` both resolve every path a document names, and resolving reads
/// and parses the target; without this, each referenced document was read and parsed twice for
/// every check of the document that names it (measured: a third of `lint`'s time on a folder
/// of 10,000-line documents that refer to one another). The two rules may run at the same time
/// on two threads (`DocumentAnalyzer.validatesConcurrently`): the second to ask waits for the
/// first one's answer rather than following the reference again.
final class MemoizingReferenceResolver: ReferenceResolver, @unchecked Sendable {
    private let base: any ReferenceResolver
    private let resolved = ComputedOnce<ResolvedReference>()
    /// Internal for the tests, which watch two threads share an answer.
    let summarized = ComputedOnce<ReferenceSummary>()

    init(_ base: any ReferenceResolver) { self.base = base }

    func resolve(_ reference: String) -> ResolvedReference {
        resolved.value(for: reference) { base.resolve(reference) }
    }

    func summarize(_ reference: String) -> ReferenceSummary {
        summarized.value(for: reference) { base.summarize(reference) }
    }
}
