import Analysis
import Foundation
import JSONSupport
import SourceText
import TestSupport
import Testing

/// A symbolic link switched, by atomic rename, between a file inside the workspace and one
/// outside it, again and again while documents are checked: whatever moment a check reads the
/// link, nothing of the outside file (its marker id) ever appears — in the analysis, in `lint`'s
/// output, or in what the server publishes and answers. The checks look at the path, then read:
/// only reading from the descriptor that was checked makes this hold.
@Suite("Link swapped while it is read", .serialized)
struct LinkSwapTests {
    static let marker = "OUTSIDE-MARKER-7"
    static let inside = "kind: hypothesis-set\ntitle: Inside\npopulation: P\naims: [x]\nhypotheses:\n  - {id: INSIDE-1, statement: Inside.}\n"
    static let outside = "kind: hypothesis-set\ntitle: \(marker)\npopulation: P\naims: [x]\nhypotheses:\n  - {id: \(marker), statement: \(marker).}\n"
    /// `NOPE-1` is in neither set, so its finding lists the ids of whichever set was read.
    static let strategy = "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: flip.hypotheses.yaml\nfuture-services:\n  - {service: S, change: new, hypotheses: [NOPE-1]}\n"

    /// The workspace with `flip.hypotheses.yaml` switching between `real/inside.hypotheses.yaml`
    /// and `outside/secret.hypotheses.yaml`, and the strategy that names it.
    static func workspace() throws -> (folder: TemporaryFolder, flipper: LinkFlipper) {
        let folder = try TemporaryFolder()
        let inside = try folder.write(Self.inside, to: "real/inside.hypotheses.yaml")
        let outside = try folder.write(Self.outside, to: "secret.hypotheses.yaml", in: folder.outside)
        try folder.write(Self.strategy, to: "a.strategy.yaml")
        let flipper = try LinkFlipper(link: folder.workspace.appendingPathComponent("flip.hypotheses.yaml"), between: inside, and: outside)
        return (folder, flipper)
    }

    @Test("Analyses in process: thousands of checks, none sees the outside file")
    func analyses() throws {
        let (folder, flipper) = try Self.workspace()
        defer { flipper.stop() }
        let url = folder.workspace.appendingPathComponent("a.strategy.yaml")
        let analyzer = DocumentAnalyzer(workspace: Workspace(root: folder.workspace))
        var (readInside, refused) = (0, 0)
        for _ in 0..<3_000 {
            let analysis = analyzer.analyze(SourceFile(name: "a.strategy.yaml", text: Self.strategy), at: DocumentOrigin(displayPath: "a.strategy.yaml", fileURL: url))
            let messages = analysis.diagnostics.map(\.message).joined(separator: "\n")
            #expect(!messages.contains(Self.marker), "\(messages)")
            if messages.contains(Self.marker) { break }
            if messages.contains("INSIDE-1") { readInside += 1 }
            if analysis.diagnostics.contains(where: { $0.code == "reference/outside-workspace" }) { refused += 1 }
        }
        // Both states were met: the link really was switched while the checks ran.
        #expect(readInside > 0 && refused > 0, "inside \(readInside), refused \(refused), flips \(flipper.flips)")
    }

    @Test("lint runs: no output shows the outside file")
    func lintRuns() throws {
        let (folder, flipper) = try Self.workspace()
        defer { flipper.stop() }
        let binary = try #require(ExecutableLocator.locate("commissioning-ls"))
        var (readInside, refused) = (0, 0)
        for format in ["text", "github", "json"] {
            for _ in 0..<15 {
                let (output, error, _) = try runToEnd(binary, ["lint", "--format", format], in: folder.workspace)
                #expect(!output.contains(Self.marker) && !error.contains(Self.marker), "\(output)\n\(error)")
                if output.contains("INSIDE-1") { readInside += 1 }
                if error.contains("flip.hypotheses.yaml: leads outside the workspace") { refused += 1 }
            }
        }
        #expect(readInside > 0 && refused > 0, "inside \(readInside), refused \(refused), flips \(flipper.flips)")
    }

    @Test("The server: checks on every edit, completion and hover never show the outside file")
    func server() throws {
        let (folder, flipper) = try Self.workspace()
        defer { flipper.stop() }
        let uri = folder.workspace.appendingPathComponent("a.strategy.yaml").absoluteString
        let client = try launchServer()
        try client.start(root: folder.workspace)
        client.open(uri, Self.strategy)
        _ = try client.diagnostics(uri, version: 1)
        let document: JSONValue = ["uri": .string(uri)]
        var (readInside, refused) = (0, 0)
        for version in 2...2000 {
            // A real edit each time: a trailing comment that changes, so the strategy is checked again.
            client.notify("textDocument/didChange", [
                "textDocument": ["uri": .string(uri), "version": .int(version)],
                "contentChanges": [["text": .string(Self.strategy + "# \(version)\n")]],
            ])
            let published = JSONWriter().string(.array(try client.diagnostics(uri, version: version)))
            #expect(!published.contains(Self.marker), "\(published)")
            if published.contains("INSIDE-1") { readInside += 1 }
            if published.contains("reference/outside-workspace") { refused += 1 }
            if version % 50 == 0 {
                let completion = JSONWriter().string(try client.request("textDocument/completion", ["textDocument": document, "position": position(5, 43)]))
                let hover = JSONWriter().string(try client.request("textDocument/hover", ["textDocument": document, "position": position(5, 45)]))
                #expect(!completion.contains(Self.marker) && !hover.contains(Self.marker), "\(completion)\n\(hover)")
            }
        }
        #expect(readInside > 0 && refused > 0, "inside \(readInside), refused \(refused), flips \(flipper.flips)")
        try client.end()
    }
}

/// Switches `link` between two targets by atomic rename (a new link made beside it, then
/// renamed over it) on its own thread until stopped.
final class LinkFlipper: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var stopped = false
    private var count = 0
    private let finished = DispatchSemaphore(value: 0)

    init(link: URL, between first: URL, and second: URL) throws {
        let temporary = link.deletingLastPathComponent().appendingPathComponent(".flip-\(UUID().uuidString)").path
        #expect(symlink(first.path, link.path) == 0)
        let thread = Thread { [self] in
            var turn = 0
            while !lock.withLock({ stopped }) {
                turn += 1
                unlink(temporary)
                _ = symlink((turn % 2 == 0 ? first : second).path, temporary)
                _ = rename(temporary, link.path)
                lock.withLock { count += 1 }
            }
            unlink(temporary)
            finished.signal()
        }
        thread.start()
    }

    var flips: Int { lock.withLock { count } }

    func stop() {
        lock.withLock { stopped = true }
        finished.wait()
    }
}

/// Runs `binary` with `arguments` in `folder` and waits: standard output, standard error, status.
func runToEnd(_ binary: URL, _ arguments: [String], in folder: URL, timeout: TimeInterval = 60) throws -> (String, String, Int32) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let collected = ProcessOutput()
    let group = DispatchGroup()
    for (pipe, isOutput) in [(output, true), (error, false)] {
        group.enter()
        DispatchQueue.global().async {
            collected.store(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), isOutput: isOutput)
            group.leave()
        }
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
        process.terminate()
        Issue.record("\(arguments) did not finish within \(timeout) s")
    }
    process.waitUntilExit()
    return (collected.output, collected.error, process.terminationStatus)
}

private final class ProcessOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var texts = ("", "")

    func store(_ text: String, isOutput: Bool) {
        lock.withLock { if isOutput { texts.0 = text } else { texts.1 = text } }
    }

    var output: String { lock.withLock { texts.0 } }
    var error: String { lock.withLock { texts.1 } }
}
