import Dispatch
import Foundation
import SourceText
import Syntax
import Testing
@testable import Analysis
@testable import Rules

/// The summaries a `lint` run shares between documents: a referenced file is read and parsed
/// once for the whole run (or not at all when the run has parsed it as a file it checks), the
/// answers are the ones resolving afresh gives, and the workspace boundary is checked first.
@Suite struct ReferenceSummaryCacheTests {
    typealias Sandbox = ReferenceResolutionTests.Sandbox

    static func set(_ id: String) -> String {
        "kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses:\n  - {id: \(id), statement: Something will happen.}\n"
    }

    static func strategy(hypotheses: String, ids: String = "H1") -> String {
        "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: \(hypotheses)\nfuture-services:\n  - {service: S, change: new, hypotheses: [\(ids)]}\n"
    }

    @Test func aSetNamedByTwoDocumentsIsReadOnceInARun() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.write(Self.set("H1"), to: "set.hypotheses.yaml")
        let run = Workspace(root: sandbox.root, referenceSummaries: ReferenceSummaryCache())
        #expect(try sandbox.references("a.strategy.yaml", Self.strategy(hypotheses: "set.hypotheses.yaml"), in: run).isEmpty)
        // The set changes on disk; the run still answers from the one reading it made.
        _ = try sandbox.write(Self.set("H2"), to: "set.hypotheses.yaml")
        #expect(try sandbox.references("b.strategy.yaml", Self.strategy(hypotheses: "set.hypotheses.yaml"), in: run).isEmpty)
        // Without a shared cache each document reads it afresh, and sees the change.
        let fresh = Workspace(root: sandbox.root)
        #expect(try sandbox.references("b.strategy.yaml", Self.strategy(hypotheses: "set.hypotheses.yaml"), in: fresh) == ["reference/unresolved H1"])
    }

    @Test func aFileTheRunParsedIsNotReadAgainAndAnswersAsResolvingWould() throws {
        let sandbox = try Sandbox()
        let text = Self.set("H7")
        let url = try sandbox.write(text, to: "set.hypotheses.yaml")
        // As the analyzer makes it: the folder of a document in `plans/`.
        let folder = url.deletingLastPathComponent()
        let expected = FileSystemReferenceResolver(workspace: Workspace(root: sandbox.root), documentFolder: folder).summarize("set.hypotheses.yaml")
        guard case let .document(path, document) = expected else {
            Issue.record("the set did not resolve: \(expected)")
            return
        }
        #expect(path == "plans/set.hypotheses.yaml")
        #expect(document.hypothesisIDs == ["H7"])
        #expect(document.declaredKind == "hypothesis-set")

        let run = Workspace(root: sandbox.root, referenceSummaries: ReferenceSummaryCache())
        // `lint` names the file as the user wrote it; the tree it gets is the ordinary parse.
        let tree = run.parseCheckedFile(SourceFile(name: "elsewhere/set.hypotheses.yaml", text: text), at: url)
        #expect(tree.root?.mapping?["kind"]?.scalar?.text == "hypothesis-set")
        try FileManager.default.removeItem(at: url)
        // Gone from disk, yet a reference to it is answered from the parse the run made, exactly
        // as resolving it would have answered (the path is the workspace's, not the name lint used).
        let resolver = FileSystemReferenceResolver(workspace: run, documentFolder: folder)
        #expect(resolver.summarize("set.hypotheses.yaml") == expected)
        #expect(resolver.summarize("../plans/./set.hypotheses.yaml") == expected)
    }

    @Test func outsideTheRootIsRefusedEvenWhenTheRunParsedTheFile() throws {
        let sandbox = try Sandbox()
        let outside = sandbox.folder.appendingPathComponent("outside")
        let secret = try sandbox.write(Self.set("H1"), to: "secret.hypotheses.yaml", in: outside)
        try FileManager.default.createSymbolicLink(at: sandbox.plans.appendingPathComponent("link.hypotheses.yaml"), withDestinationURL: secret)
        let run = Workspace(root: sandbox.root, referenceSummaries: ReferenceSummaryCache())
        // As if `lint` had been asked to check the file outside, and the link to it.
        _ = run.parseCheckedFile(SourceFile(name: "secret.hypotheses.yaml", text: Self.set("H1")), at: secret)
        _ = run.parseCheckedFile(SourceFile(name: "link.hypotheses.yaml", text: Self.set("H1")), at: sandbox.plans.appendingPathComponent("link.hypotheses.yaml"))
        for target in ["link.hypotheses.yaml", "../../outside/secret.hypotheses.yaml", secret.path] {
            #expect(try sandbox.references("a.strategy.yaml", Self.strategy(hypotheses: target), in: run) == ["reference/outside-workspace \(target)"])
        }
    }

    @Test func theEditorsDocumentsAreNeverAnsweredFromTheCache() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.write(Self.set("H1"), to: "set.hypotheses.yaml")
        let editor = CountingOpenDocuments()
        let workspace = Workspace(root: sandbox.root, openDocuments: editor, referenceSummaries: ReferenceSummaryCache())
        for name in ["a.strategy.yaml", "b.strategy.yaml"] {
            #expect(try sandbox.references(name, Self.strategy(hypotheses: "set.hypotheses.yaml"), in: workspace).isEmpty)
        }
        #expect(editor.asked == 2)
    }

    @Test func threadsAskingForOnePathAtOnceComputeItOnce() {
        let cache = ReferenceSummaryCache()
        let computed = Counter()
        let answers = Answers(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let path = index.isMultiple(of: 2) ? "/w/a.yaml" : "/w/b.yaml"
            answers.set(index, cache.summary(for: path) {
                computed.increment()
                return .missing(path: path)
            })
        }
        #expect(computed.value == 2)
        #expect(answers.values.enumerated().allSatisfy { index, answer in
            answer == .missing(path: index.isMultiple(of: 2) ? "/w/a.yaml" : "/w/b.yaml")
        })
    }

    final class CountingOpenDocuments: OpenDocuments, @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func source(at url: URL) -> SourceFile? {
            lock.withLock { count += 1 }
            return nil
        }
        var asked: Int { lock.withLock { count } }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    final class Answers: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [ReferenceSummary?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: ReferenceSummary) { lock.withLock { storage[index] = value } }
        var values: [ReferenceSummary?] { lock.withLock { storage } }
    }
}

extension ReferenceResolutionTests.Sandbox {
    /// Writes `text` as `name` in `base` (default `plans/`) and returns its URL.
    func write(_ text: String, to name: String, in base: URL? = nil) throws -> URL {
        let url = (base ?? plans).appendingPathComponent(name)
        try write(text, to: url)
        return url
    }

    /// Writes and analyses `text` as `plans/name` in `workspace`; the `reference/…` findings.
    func references(_ name: String, _ text: String, in workspace: Workspace) throws -> [String] {
        let url = try write(text, to: name)
        let analysis = DocumentAnalyzer(workspace: workspace).analyze(SourceFile(name: name, text: text), at: DocumentOrigin(displayPath: "plans/" + name, fileURL: url))
        return analysis.diagnostics.filter { $0.code.hasPrefix("reference/") }.map { "\($0.code) \(analysis.source.text(in: $0.range))" }
    }
}
