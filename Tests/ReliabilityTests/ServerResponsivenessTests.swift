import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import TestSupport
import Testing

/// Whatever the workspace holds — hostile ignore globs, thousands of files — workspace requests
/// answer, `$/cancelRequest` stops them, and `shutdown` is answered at once, through the built
/// server. The bounds are generous, against a relapse, not the targets: these take milliseconds
/// (figures in the commit messages).
@Suite("The server stays responsive, end to end")
struct ServerResponsivenessTests {
    static let bound = 2.0

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    static func hypothesisSet(_ number: Int, hypotheses: Int = 1) -> String {
        "kind: hypothesis-set\ntitle: Set \(number)\npopulation: Older people\nhypotheses:\n"
            + (0..<hypotheses).map { "  - id: H\(number)-\($0)\n    statement: If carers are asked early, more of them will keep caring (\($0)).\n" }.joined()
    }

    /// The answer to a request sent now, and how long it took.
    static func timed(_ client: LSPTestClient, _ method: String, _ params: JSONValue?) throws -> (answer: Message, seconds: Double) {
        let start = ContinuousClock.now
        let answer = try client.response(to: client.sendRequest(method, params), timeout: 60)
        return (answer, seconds(since: start))
    }

    static func isCancelled(_ answer: Message) -> Bool {
        if case let .errorResponse(_, error) = answer { return error.code == LSPErrorCode.requestCancelled.rawValue }
        return false
    }

    /// Each `**` used to multiply the work of matching a path by its depth: eight against a
    /// folder 30 deep took over a minute per file, and with twenty neither the request, its
    /// cancellation nor `shutdown` was ever answered.
    @Test("Twenty `**` in ignore globs, a document 30 folders deep: workspace/symbol, $/cancelRequest and shutdown answer at once")
    func hostileGlobs() throws {
        let folder = try TemporaryFolder()
        let stars = String(repeating: "**/", count: 20)
        let deep = (1...30).map { "f\($0)" }.joined(separator: "/")
        try folder.write(Self.hypothesisSet(1), to: deep + "/deep.hypotheses.yaml")
        try folder.write(Self.hypothesisSet(2), to: deep + "/old.hypotheses.yaml")
        try folder.write("ignore:\n  - \"\(stars)*.bak\"\n  - \"\(stars)f1/\(stars)f30/\(stars)old.hypotheses.yaml\"\n", to: ".commissioning.yaml")
        let client = try launchServer()
        let start = ContinuousClock.now
        try client.start(root: folder.workspace)
        #expect(Self.seconds(since: start) < Self.bound, "initialize")

        let symbols = try Self.timed(client, "workspace/symbol", ["query": "-0"])
        let names = try result(of: symbols.answer).arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        // The deep document is found; the one the second glob matches is ignored.
        #expect(names.count == 1 && names.first?.hasPrefix("H1-0") == true, "\(names)")
        #expect(symbols.seconds < Self.bound, "workspace/symbol took \(symbols.seconds) s")

        let cancelStart = ContinuousClock.now
        let cancelled = client.sendRequest("workspace/symbol", ["query": ""])
        client.notify("$/cancelRequest", ["id": cancelled.json])
        _ = try client.response(to: cancelled, timeout: 60)
        #expect(Self.seconds(since: cancelStart) < Self.bound, "the cancelled workspace/symbol")

        let running = client.sendRequest("workspace/symbol", ["query": ""])
        let shutdown = try Self.timed(client, "shutdown", nil)
        #expect(try result(of: shutdown.answer) == .null)
        #expect(shutdown.seconds < Self.bound, "shutdown took \(shutdown.seconds) s")
        _ = try client.response(to: running, timeout: 1)
        client.notify("exit")
        #expect(try client.waitForExit() == 0)
    }

    /// Reading every document of a large workspace takes seconds; that must not hold up a
    /// cancellation or `shutdown`, which stop it between two files.
    @Test("A workspace of 300 documents: a cancelled workspace/symbol stops between files; shutdown cancels it and answers at once")
    func largeWorkspace() throws {
        let folder = try TemporaryFolder()
        for number in 0..<300 {
            try folder.write(Self.hypothesisSet(number, hypotheses: 60), to: "sets/s\(number / 50)/set-\(number).hypotheses.yaml")
        }
        let client = try launchServer()
        try client.start(root: folder.workspace)
        // Uncancelled, for comparison: it reads and parses every file (the server keeps 256 of them).
        let whole = try Self.timed(client, "workspace/symbol", ["query": "Set 299"])
        #expect(try result(of: whole.answer).arrayValue?.isEmpty == false)
        // Long enough for the request to be under way, short enough for it to be far from done.
        let pause = min(0.2, whole.seconds / 10)

        let request = client.sendRequest("workspace/symbol", ["query": "Set"])
        Thread.sleep(forTimeInterval: pause)
        let cancelStart = ContinuousClock.now
        client.notify("$/cancelRequest", ["id": request.json])
        let cancelled = try client.response(to: request, timeout: 60)
        let cancelSeconds = Self.seconds(since: cancelStart)
        #expect(Self.isCancelled(cancelled), "\(cancelled)")
        #expect(cancelSeconds < Self.bound && cancelSeconds < whole.seconds / 2,
                "cancelled after \(cancelSeconds) s; the whole request takes \(whole.seconds) s")

        let running = client.sendRequest("workspace/symbol", ["query": "Set"])
        Thread.sleep(forTimeInterval: pause)
        let shutdown = try Self.timed(client, "shutdown", nil)
        #expect(try result(of: shutdown.answer) == .null)
        #expect(shutdown.seconds < Self.bound && shutdown.seconds < whole.seconds / 2,
                "shutdown took \(shutdown.seconds) s; the request it cancelled takes \(whole.seconds) s")
        // Answered before shutdown was, and as cancelled.
        #expect(Self.isCancelled(try client.response(to: running, timeout: 0.1)))
        client.notify("exit")
        #expect(try client.waitForExit() == 0)
    }
}
