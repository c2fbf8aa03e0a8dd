import Foundation
import Testing

/// `lint --format text` (the default), run on the built binary.
@Suite struct LintTextOutputTests {
    @Test func theExamplesLintCleanFromTheRepositoryRoot() throws {
        let examples = FixtureWorkspace.repositoryRoot.appendingPathComponent("Schemas/examples")
        let count = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }.count
        let result = try CLIProcess.run(["lint", "Schemas/examples"], in: FixtureWorkspace.repositoryRoot)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput == "\(count) files: 0 errors, 0 warnings\n")
        #expect(result.standardError == "")
    }

    @Test func linesColumnsAndUnderlinesAreRightAfterPoundSignsAndEmoji() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let result = try workspace.lint()
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let periodLine = "period: {🎯: 1, from: 2026-04-01, to: 2029-03-31, £x: 2}"

        // `🎯` is one character (column 10) and two terminal columns wide.
        let emojiKey = try #require(lines.firstIndex { $0.hasPrefix("unicode/unicode.hypotheses.yaml:5:10: error: ") })
        #expect(lines[emojiKey].hasSuffix("[schema/unknown-key]"))
        #expect(lines[emojiKey + 1] == periodLine)
        #expect(lines[emojiKey + 2] == String(repeating: " ", count: 9) + "^~")

        // After the emoji: 49 characters before `£x`, which take 50 terminal columns.
        let poundKey = try #require(lines.firstIndex { $0.hasPrefix("unicode/unicode.hypotheses.yaml:5:50: error: ") })
        #expect(lines[poundKey + 1] == periodLine)
        #expect(lines[poundKey + 2] == String(repeating: " ", count: 50) + "^~")

        // Lines that start with `£` or an emoji.
        let pound = try #require(lines.firstIndex { $0.hasPrefix("unicode/unicode.hypotheses.yaml:6:1: error: ") })
        #expect(lines[pound + 1] == "£budget: 1")
        #expect(lines[pound + 2] == "^~~~~~~")
        let emoji = try #require(lines.firstIndex { $0.hasPrefix("unicode/unicode.hypotheses.yaml:7:1: error: ") })
        #expect(lines[emoji + 1] == "🎯: 2")
        #expect(lines[emoji + 2] == "^~")

        #expect(lines.dropLast().last?.hasPrefix("1 file: 4 errors") == true)
        #expect(!result.standardOutput.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let binary = try CLIProcess.executable().path
        // `script` gives the command a terminal as standard output.
        let terminal = try runOnTerminal("\(binary) lint unicode", in: workspace.root, environment: [:])
        #expect(terminal.contains("\u{1B}[1;31merror:\u{1B}[0m"), "\(terminal)")
        let plain = try runOnTerminal("\(binary) lint unicode", in: workspace.root, environment: ["NO_COLOR": "1"])
        #expect(!plain.contains("\u{1B}["), "\(plain)")
        #expect(plain.contains("error: Unknown key"))
    }

    @Test func theSummaryCountsFilesAndSeverities() throws {
        let workspace = try FixtureWorkspace("warnings", "unicode")
        defer { workspace.remove() }
        let result = try workspace.lint()
        let summary = try #require(result.standardOutput.split(separator: "\n").last)
        #expect(summary.hasPrefix("2 files: 4 errors, 1 warning"), "\(summary)")
        // The unused suppression is a hint, below the default `--severity info`.
        #expect(summary.contains("1 finding below --severity info"))
        let withHints = try workspace.lint(["--severity", "hint"])
        #expect(withHints.standardOutput.contains("[suppression/unused]"))
        let errorsOnly = try workspace.lint(["--severity", "error"])
        #expect(!errorsOnly.standardOutput.contains("warning:"))
        #expect(errorsOnly.standardOutput.contains("error:"))
    }

    @Test func outputIsSortedByPathAndTheSameFromRunToRun() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let text = try workspace.read("unicode/unicode.hypotheses.yaml")
        for name in ["b", "a", "c/d", "c/a", "z"] {
            try workspace.write("many/\(name).hypotheses.yaml", text)
        }
        let first = try workspace.lint(["many"])
        let paths = first.standardOutput.split(separator: "\n").filter { $0.contains(": error: ") }.map { String($0.split(separator: ":")[0]) }
        #expect(paths == paths.sorted())
        #expect(Set(paths) == ["many/a.hypotheses.yaml", "many/b.hypotheses.yaml", "many/c/a.hypotheses.yaml", "many/c/d.hypotheses.yaml", "many/z.hypotheses.yaml"])
        for _ in 0..<3 {
            #expect(try workspace.lint(["many"]).standardOutput == first.standardOutput)
        }
    }

    /// Runs a shell command with a terminal as its standard output (through `script`).
    private func runOnTerminal(_ command: String, in folder: URL, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
