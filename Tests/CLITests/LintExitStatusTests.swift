import Foundation
import Testing

/// Exit statuses: 0 no error shown, 1 an error shown or too many warnings, 2 usage errors and
/// paths that cannot be checked (with a one-line message on standard error).
@Suite struct LintExitStatusTests {
    @Test func warningsAloneExitZeroUnlessMoreThanMaxWarnings() throws {
        let workspace = try FixtureWorkspace("warnings")
        defer { workspace.remove() }
        #expect(try workspace.lint().status == 0)
        #expect(try workspace.lint(["--max-warnings", "1"]).status == 0)
        let strict = try workspace.lint(["--max-warnings", "0"])
        #expect(strict.status == 1)
        #expect(strict.standardError == "commissioning-ls: 1 warning, more than --max-warnings 0\n")
    }

    @Test func errorsExitOne() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let result = try workspace.lint()
        #expect(result.status == 1)
        #expect(result.standardError == "")
    }

    @Test(arguments: [
        (["--format", "xml"], "--format takes text, json, sarif, github, junit, not 'xml'"),
        (["--severity", "loud"], "--severity takes hint, info, warning, error, not 'loud'"),
        (["--max-warnings", "-1"], "--max-warnings takes a whole number of 0 or more, not '-1'"),
        (["--formt", "json"], "unknown option '--formt' (did you mean '--format'?)"),
        (["--format"], "--format needs a value"),
        (["--stdin-filename", "a.strategy.yaml"], "--stdin-filename names standard input: give '-' as a path too"),
        (["-", "-"], "'-' (standard input) can be given only once"),
        (["--position-encoding", "utf-7"], "--position-encoding takes utf-8, utf-16, utf-32, not 'utf-7'"),
    ])
    func usageErrorsExitTwoWithOneLine(arguments: [String], message: String) throws {
        let workspace = try FixtureWorkspace("warnings")
        defer { workspace.remove() }
        let result = try workspace.lint(arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("commissioning-ls: lint: \(message)"), "\(result.standardError)")
        #expect(result.standardError.filter { $0 == "\n" }.count == 1)
    }

    @Test func aMissingPathExitsTwoAndTheOtherFilesAreStillChecked() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let result = try workspace.lint(["no-such-folder", "unicode"])
        #expect(result.status == 2)
        #expect(result.standardError == "commissioning-ls: no-such-folder: no such file or folder\n")
        #expect(result.standardOutput.contains("unicode/unicode.hypotheses.yaml:5:10: error:"))
    }

    @Test func aFolderWithNoDocumentsSaysSoAndExitsZero() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("empty/readme.md", "# notes\n")
        let result = try workspace.lint(["empty"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "0 files: 0 errors, 0 warnings\n")
        #expect(result.standardError.hasPrefix("commissioning-ls: no documents in empty (looked for *."))
        #expect(result.standardError.contains("*.strategy.yaml"))
    }

    @Test func helpAndVersion() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let help = try workspace.lint(["--help"])
        #expect(help.status == 0)
        for option in ["--format", "--severity", "--max-warnings", "--config", "--stdin-filename", "--baseline", "--write-baseline", "--position-encoding", "--list-suppressions"] {
            #expect(help.standardOutput.contains(option))
        }
        let unknown = try CLIProcess.run(["lnt"], in: workspace.root)
        #expect(unknown.status == 2)
    }
}
