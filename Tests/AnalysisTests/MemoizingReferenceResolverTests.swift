import Dispatch
import Foundation
import Testing
@testable import Analysis
@testable import Rules

/// Two rules may follow the same reference at the same moment on two threads; it is followed
/// once, and both get that answer.
@Suite struct MemoizingReferenceResolverTests {
    /// Counts what it is asked, and holds the first answer until `release` is signalled.
    final class SlowResolver: ReferenceResolver, @unchecked Sendable {
        let release = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var asked: [String] = []

        var requests: [String] { lock.withLock { asked } }

        func resolve(_ reference: String) -> ResolvedReference {
            let first = lock.withLock { () -> Bool in
                asked.append(reference)
                return asked.count == 1
            }
            if first { release.wait() }
            return .missing(path: reference)
        }
    }

    @Test func aReferenceAskedForByTwoThreadsAtOnceIsFollowedOnce() {
        let base = SlowResolver()
        let memo = MemoizingReferenceResolver(base)
        let answers = ResultSlots<ReferenceSummary>(count: 2)
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        // Threads of their own, so that both are surely running (a busy dispatch pool might run
        // the second only after the first has finished, and the test would prove nothing).
        for index in 0..<2 {
            Thread.detachNewThread {
                started.signal()
                answers[index] = memo.summarize("plans/a.hypotheses.yaml")
                finished.signal()
            }
        }
        started.wait()
        started.wait()
        // The first thread is following the reference (held by `release`); the answer is released
        // only once the second has asked too and is waiting for it.
        let deadline = Date().addingTimeInterval(30)
        while memo.summarized.sharedClaims < 1, Date() < deadline { sched_yield() }
        #expect(memo.summarized.sharedClaims == 1, "the second thread asked while the first was following the reference")
        base.release.signal()
        finished.wait()
        finished.wait()
        #expect(base.requests == ["plans/a.hypotheses.yaml"])
        #expect(answers[0] != nil && answers[0] == answers[1])
        #expect(memo.summarize("plans/a.hypotheses.yaml") == answers[0])
        #expect(base.requests.count == 1)
    }
}
