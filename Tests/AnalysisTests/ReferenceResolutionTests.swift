import Foundation
import SourceText
import Testing
@testable import Analysis
@testable import Rules

/// References followed over real files: a missing target, a path that climbs out of the
/// workspace, a symbolic link inside it that leads out, and two documents that refer to each
/// other. Each is answered with a diagnostic (or none), and nothing outside the root is read.
@Suite struct ReferenceResolutionTests {
    /// A temporary folder holding `workspace/` (the root) and `outside/` beside it.
    final class Sandbox {
        let folder: URL
        let root: URL
        let outside: URL
        var plans: URL { root.appendingPathComponent("plans") }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-b-references-\(UUID().uuidString)")
                .resolvingSymlinksInPath()
            root = folder.appendingPathComponent("workspace")
            outside = folder.appendingPathComponent("outside")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("plans"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try write("kind: hypothesis-set\ntitle: Secret\npopulation: Nobody\nhypotheses:\n  - {id: H1, statement: Outside.}\n",
                      to: outside.appendingPathComponent("secret.hypotheses.yaml"))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func write(_ text: String, to url: URL) throws {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }

        /// Writes `text` to `plans/name` inside the workspace and analyses it there.
        func analyze(_ name: String, _ text: String, spy: RecordingOpenDocuments, rules: [any Rule] = RuleRegistry.rules) throws -> DocumentAnalysis {
            let url = root.appendingPathComponent("plans/" + name)
            try write(text, to: url)
            let workspace = Workspace(root: root, openDocuments: spy)
            return DocumentAnalyzer(workspace: workspace, rules: rules).analyze(SourceFile(name: name, text: text), at: DocumentOrigin(displayPath: "plans/" + name, fileURL: url))
        }
    }

    /// Records every file the resolver asks the editor for. The resolver asks only after checking
    /// that a target is inside the workspace, and before reading the disk, so a path outside that
    /// shows up here would have been read.
    final class RecordingOpenDocuments: OpenDocuments, @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [URL] = []

        func source(at url: URL) -> SourceFile? {
            lock.lock()
            defer { lock.unlock() }
            asked.append(url)
            return nil
        }

        var requested: [String] {
            lock.lock()
            defer { lock.unlock() }
            return asked.map { $0.standardizedFileURL.path }
        }
    }

    static func strategy(hypotheses: String) -> String {
        "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: \(hypotheses)\nfuture-services:\n  - {service: S, change: new, hypotheses: [H1]}\n"
    }

    static func references(_ analysis: DocumentAnalysis) -> [(code: String, text: String, message: String)] {
        analysis.diagnostics.filter { $0.code.hasPrefix("reference/") }.map { ($0.code, analysis.source.text(in: $0.range), $0.message) }
    }

    @Test func aMissingTargetIsUnresolved() throws {
        let sandbox = try Sandbox()
        let spy = RecordingOpenDocuments()
        let analysis = try sandbox.analyze("a.strategy.yaml", Self.strategy(hypotheses: "missing.hypotheses.yaml"), spy: spy)
        let found = Self.references(analysis)
        #expect(found.map(\.code) == ["reference/unresolved"])
        #expect(found.first?.text == "missing.hypotheses.yaml")
        #expect(found.first?.message.contains("plans/missing.hypotheses.yaml") == true)
    }

    @Test func aTargetBesideTheDocumentResolvesAndItsIdsAreChecked() throws {
        let sandbox = try Sandbox()
        try sandbox.write("kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses:\n  - {id: H2, statement: Something will happen.}\n",
                          to: sandbox.root.appendingPathComponent("plans/set.hypotheses.yaml"))
        let analysis = try sandbox.analyze("a.strategy.yaml", Self.strategy(hypotheses: "set.hypotheses.yaml"), spy: RecordingOpenDocuments())
        let found = Self.references(analysis)
        #expect(found.map(\.code) == ["reference/unresolved"])
        #expect(found.first?.text == "H1")
        #expect(found.first?.message.contains("(it has H2)") == true)
    }

    @Test func climbingOutOfTheRootIsRefusedUnread() throws {
        let sandbox = try Sandbox()
        let spy = RecordingOpenDocuments()
        let analysis = try sandbox.analyze("a.strategy.yaml", Self.strategy(hypotheses: "../../outside/secret.hypotheses.yaml"), spy: spy)
        let found = Self.references(analysis)
        #expect(found.map(\.code) == ["reference/outside-workspace"])
        #expect(found.first?.text == "../../outside/secret.hypotheses.yaml")
        #expect(found.first?.message.contains("it was not read") == true)
        // Where the path leads is not shown either.
        #expect(found.first?.message.contains(sandbox.outside.path) == false)
        #expect(!spy.requested.contains { $0.hasPrefix(sandbox.outside.path) })
        // An absolute path is outside too.
        let absolute = try sandbox.analyze("b.strategy.yaml", Self.strategy(hypotheses: sandbox.outside.appendingPathComponent("secret.hypotheses.yaml").path), spy: spy)
        #expect(Self.references(absolute).map(\.code) == ["reference/outside-workspace"])
        #expect(!spy.requested.contains { $0.hasPrefix(sandbox.outside.path) })
    }

    @Test func aSymbolicLinkInsideTheRootThatLeadsOutIsRefusedUnread() throws {
        let sandbox = try Sandbox()
        let plans = sandbox.root.appendingPathComponent("plans")
        try FileManager.default.createSymbolicLink(at: plans.appendingPathComponent("link.hypotheses.yaml"),
                                                   withDestinationURL: sandbox.outside.appendingPathComponent("secret.hypotheses.yaml"))
        try FileManager.default.createSymbolicLink(at: plans.appendingPathComponent("shared"), withDestinationURL: sandbox.outside)
        let spy = RecordingOpenDocuments()
        for target in ["link.hypotheses.yaml", "shared/secret.hypotheses.yaml"] {
            let analysis = try sandbox.analyze("a.strategy.yaml", Self.strategy(hypotheses: target), spy: spy)
            let found = Self.references(analysis)
            #expect(found.map(\.code) == ["reference/outside-workspace"], "\(target)")
            #expect(found.first?.text == target)
            // Had the set been read, its H1 would have been found; it is neither read nor looked up.
            #expect(!found.contains { $0.message.contains("Secret") })
        }
        #expect(!spy.requested.contains { $0.hasPrefix(sandbox.outside.path) })
        #expect(!spy.requested.contains { $0.hasSuffix("link.hypotheses.yaml") || $0.contains("/shared/") })
    }

    @Test func documentsThatReferToEachOtherAreEachAnsweredOnce() throws {
        let sandbox = try Sandbox()
        let spy = RecordingOpenDocuments()
        func framework(pointingAt other: String) -> String {
            "kind: commissioning-framework\ntitle: T\ndocuments:\n  - {title: Other, relates-to: Each names the other., path: \(other)}\n  - {title: Itself, relates-to: Names itself., path: ../plans/\(other == "b.framework.yaml" ? "a" : "b").framework.yaml}\n"
        }
        try sandbox.write(framework(pointingAt: "a.framework.yaml"), to: sandbox.root.appendingPathComponent("plans/b.framework.yaml"))
        let a = try sandbox.analyze("a.framework.yaml", framework(pointingAt: "b.framework.yaml"), spy: spy)
        let b = try sandbox.analyze("b.framework.yaml", framework(pointingAt: "a.framework.yaml"), spy: spy)
        #expect(Self.references(a).isEmpty)
        #expect(Self.references(b).isEmpty)
        // One level deep: with one reference rule, each analysis resolves its own two paths and
        // does not follow the paths of the documents it reaches.
        let counting = RecordingOpenDocuments()
        _ = try sandbox.analyze("a.framework.yaml", framework(pointingAt: "b.framework.yaml"), spy: counting, rules: [ReferenceUnresolvedRule()])
        #expect(counting.requested.count == 2)
        #expect(spy.requested.allSatisfy { $0.hasPrefix(sandbox.root.path) })
    }

    @Test func theExampleStrategysHypothesisIdsResolveAgainstTheExampleSet() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = repository.appendingPathComponent("Schemas/examples/older-people.strategy.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("hypotheses: [H1, H5]"))
        let analyzer = DocumentAnalyzer(workspace: Workspace(root: repository))
        let origin = DocumentOrigin(displayPath: "Schemas/examples/older-people.strategy.yaml", fileURL: file)
        #expect(Self.references(analyzer.analyze(SourceFile(name: file.lastPathComponent, text: text), at: origin)).isEmpty)
        let broken = text.replacingOccurrences(of: "hypotheses: [H1, H5]", with: "hypotheses: [H1, H9]")
        let found = Self.references(analyzer.analyze(SourceFile(name: file.lastPathComponent, text: broken), at: origin))
        #expect(found.map(\.code) == ["reference/unresolved"])
        #expect(found.first?.text == "H9")
        #expect(found.first?.message.contains("it has H1, H2, H3, H4, H5, H6") == true)
    }

    @Test func withoutAFileThereIsNothingToResolveAgainst() {
        let text = Self.strategy(hypotheses: "../../etc/passwd")
        let analysis = DocumentAnalyzer().analyze(SourceFile(name: "x.strategy.yaml", text: text), at: DocumentOrigin(displayPath: "x.strategy.yaml", fileURL: nil))
        #expect(Self.references(analysis).isEmpty)
    }

    /// `~` is a folder name like any other: a reference is relative to its document, never to the
    /// home folder (Foundation's `URL(fileURLWithPath:relativeTo:)` would expand it).
    @Test(arguments: [("~/t.yaml", "/w/plans/~/t.yaml"), ("~", "/w/plans/~"), ("./~user/t.yaml", "/w/plans/~user/t.yaml"),
                      ("../t.yaml", "/w/t.yaml"), ("/abs/~/t.yaml", "/abs/~/t.yaml"), ("a//./b/../t.yaml", "/w/plans/a/t.yaml")])
    func aReferenceIsRelativeToItsDocumentWhateverItStartsWith(reference: String, path: String) {
        #expect(Workspace.referencedURL(reference, from: URL(fileURLWithPath: "/w/plans")).path == path)
    }

    @Test func aTildeFolderInsideTheRootIsFollowed() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.plans.appendingPathComponent("~"), withIntermediateDirectories: true)
        try sandbox.write("kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses:\n  - {id: T-1, statement: S.}\n",
                          to: sandbox.plans.appendingPathComponent("~/t.hypotheses.yaml"))
        let workspace = Workspace(root: sandbox.root)
        guard case let .document(path, tree) = workspace.resolver(for: sandbox.plans.appendingPathComponent("a.strategy.yaml")).resolve("~/t.hypotheses.yaml") else {
            Issue.record("`~/t.hypotheses.yaml` was not followed inside the root")
            return
        }
        #expect(path == "plans/~/t.hypotheses.yaml")
        #expect(tree.source.text.contains("T-1"))
    }
}
