import Foundation
import TestSupport
import Testing

/// `lint` writes only what it is asked to: nothing at all, or the baseline file named by
/// `--write-baseline`, replaced whole (a temporary file renamed over it), never half-written.
@Suite("What the command line writes")
struct CommandLineWriteTests {
    /// Runs `commissioning-ls lint ARGUMENTS` in `folder`; a run that does not end within
    /// `timeout` seconds is killed and reported as a hang.
    static func lint(_ arguments: [String], in folder: URL, timeout: Double = 60) throws -> (status: Int32, errors: String) {
        let executable = try #require(ExecutableLocator.locate("commissioning-ls"), "the commissioning-ls executable was not found next to the tests")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["lint"] + arguments
        process.currentDirectoryURL = folder
        let errors = try TemporaryFolder("lint-errors")
        let errorFile = errors.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        if ended.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            ended.wait()
            throw LSPTestClientError.timeout("lint \(arguments) to end", stderr: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
        }
        return (process.terminationStatus, (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }

    static func inode(_ url: URL) throws -> Int {
        try #require((FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.intValue)
    }

    @Test("lint writes nothing; --write-baseline writes the one file, atomically, and nothing else")
    func writesOnlyTheBaseline() throws {
        let folder = try TemporaryFolder()
        try folder.write("kind: hypothesis-set\ntitle: T\npopulation: P\naims: [x]\nhypotheses:\n  - {id: H1, statement: To reduce demand.}\n",
                         to: "plans/few.hypotheses.yaml")
        try folder.write("rules:\n  hypothesis/count: warning\n", to: ".commissioning.yaml")
        let before = try folder.inventory()
        #expect(try Self.lint(["."], in: folder.workspace).status == 0)
        #expect(try folder.inventory() == before, "a plain lint wrote something")

        let written = try Self.lint(["--write-baseline", "baseline.json", "."], in: folder.workspace)
        #expect(written.status == 0, "\(written.errors)")
        var after = try folder.inventory()
        let added = Set(after.keys).subtracting(before.keys)
        #expect(added == ["workspace/baseline.json"], "\(added)")
        // Everything else is as it was (the folder holding the baseline has a new entry, so a new date).
        #expect(after.filter { !added.contains($0.key) && $0.key != "workspace" } == before.filter { $0.key != "workspace" })
        let baseline = folder.workspace.appendingPathComponent("baseline.json")
        let firstText = try String(contentsOf: baseline, encoding: .utf8)
        #expect(firstText.contains("hypothesis/count"))

        // Writing it again with other findings replaces the file by a new one: a reader holding
        // the old one still reads it whole, and nobody ever sees a half-written baseline.
        let firstInode = try Self.inode(baseline)
        let reader = try FileHandle(forReadingFrom: baseline)
        try folder.write("kind: hypothesis-set\ntitle: T\npopulation: P\naims: [x]\nhypotheses: []\nextra-key: 1\n", to: "plans/more.hypotheses.yaml")
        let again = try Self.lint(["--write-baseline", "baseline.json", "."], in: folder.workspace)
        #expect(again.status == 0, "\(again.errors)")
        #expect(try Self.inode(baseline) != firstInode, "the baseline was rewritten in place")
        #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == firstText)
        try reader.close()
        #expect(try String(contentsOf: baseline, encoding: .utf8).contains("extra-key"))
        after = try folder.inventory()
        #expect(Set(after.keys).subtracting(before.keys) == ["workspace/baseline.json", "workspace/plans/more.hypotheses.yaml"])
    }

    @Test("A baseline that cannot be written is a usage error, and nothing is left behind")
    func unwritableBaseline() throws {
        let folder = try TemporaryFolder()
        try folder.write("kind: hypothesis-set\ntitle: T\npopulation: P\naims: [x]\nhypotheses: []\n", to: "a.hypotheses.yaml")
        let before = try folder.inventory()
        let result = try Self.lint(["--write-baseline", "no/such/folder/baseline.json", "."], in: folder.workspace)
        #expect(result.status == 2)
        #expect(result.errors.contains("baseline"), "\(result.errors)")
        #expect(try folder.inventory() == before)
    }

    @Test("A folder holding a link to a named pipe is checked without waiting on the pipe")
    func linkToNamedPipe() throws {
        let folder = try TemporaryFolder()
        let pipe = folder.outside.appendingPathComponent("pipe")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(at: folder.workspace.appendingPathComponent("x.hypotheses.yaml"), withDestinationURL: pipe)
        try folder.write("kind: hypothesis-set\ntitle: T\npopulation: P\naims: [x]\nhypotheses: []\n", to: "a.hypotheses.yaml")
        let result = try Self.lint(["--format", "json", "."], in: folder.workspace, timeout: 30)
        #expect(result.status == 0 || result.status == 1, "\(result.errors)")
    }
}
