import Foundation
import Testing

/// `--help` after any command prints help and succeeds, as people type it.
@Suite struct HelpTests {
    @Test(arguments: ["dump", "schema", "explain", "rules", "new", "serve"])
    func helpAfterACommandPrintsTheUsage(command: String) throws {
        for flag in ["--help", "-h"] {
            let result = try CLIProcess.run([command, flag], in: FixtureWorkspace.repositoryRoot, timeout: 60)
            #expect(result.status == 0, "\(command) \(flag): \(result.standardError)")
            #expect(result.standardError == "")
            #expect(result.standardOutput.contains("commissioning-ls \(command == "serve" ? "--stdio | serve" : command)"))
        }
    }

    @Test func lintKeepsItsOwnHelp() throws {
        let result = try CLIProcess.run(["lint", "--help"], in: FixtureWorkspace.repositoryRoot)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Usage: commissioning-ls lint [PATH...] [options]"))
    }
}
