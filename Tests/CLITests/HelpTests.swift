import Foundation
import Testing
@testable import CLI

/// `--help` after any command prints that command's own help and succeeds, as people type it;
/// the help, the manual page and the completions come from one list (`CommandHelp`), and the
/// list holds every option the commands accept.
@Suite struct HelpTests {
    @Test(arguments: CommandHelp.all.map(\.name))
    func eachCommandHasItsOwnHelpWithEveryOption(command: String) throws {
        let help = try #require(CommandHelp.named(command))
        for flag in ["--help", "-h"] {
            let result = try CLIProcess.run([command, flag], in: FixtureWorkspace.repositoryRoot, timeout: 60)
            #expect(result.status == 0, "\(command) \(flag): \(result.standardError)")
            #expect(result.standardError == "")
            #expect(result.standardOutput.hasPrefix("Usage: commissioning-ls \(help.synopsis)\n"), "\(result.standardOutput)")
            for option in help.options {
                #expect(result.standardOutput.contains(option.usage), "\(command) --help lacks \(option.usage)")
            }
        }
    }

    @Test func theTopLevelUsageListsEveryCommandAndItsSynopsis() throws {
        let result = try CLIProcess.run(["--help"], in: FixtureWorkspace.repositoryRoot, timeout: 60)
        #expect(result.status == 0)
        for command in CommandHelp.all {
            #expect(result.standardOutput.contains("commissioning-ls \(command.synopsis)"), "\(command.name)")
        }
        #expect(result.standardOutput.contains("commissioning-ls rules [--format text|markdown]"))
    }

    /// Every option `lint`'s parser accepts is in its help, and each documented one is accepted.
    @Test func lintsHelpAndParserAgree() {
        #expect(Set(CommandHelp.lint.optionNames).union(["--help"]) == LintOptions.knownOptions)
    }

    /// Each documented option of the other commands is one the command accepts: given with a
    /// plausible value, it never draws "unknown option".
    @Test func everyDocumentedOptionIsAccepted() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("a.hypotheses.yaml", "kind: hypothesis-set\ntitle: A\n")
        let values = ["--sources": "lines", "--format": "markdown", "--title": "T", "--population": "P", "--out": "site"]
        let runs: [(CommandHelp, [String])] = [
            (.explain, ["explain", "hypothesis/count"]), (.rules, ["rules"]), (.new, ["new", "hypothesis-set"]),
            (.render, ["render", "a.hypotheses.yaml"]), (.fmt, ["fmt", "a.hypotheses.yaml"]),
        ]
        for (help, command) in runs {
            for option in help.options {
                var arguments = command + [option.name]
                if option.usage.contains(" ") {
                    arguments.append(help.name == "render" && option.name == "--format" ? "json" : values[option.name] ?? "x")
                }
                let result = try CLIProcess.run(arguments, in: workspace.root, timeout: 60)
                #expect(!result.standardError.contains("unknown"), "\(arguments): \(result.standardError)")
                #expect(result.status != 2 || help.name == "fmt", "\(arguments): \(result.standardError)")
            }
        }
    }

    @Test func theManualPageHasEverySectionAndEveryOption() throws {
        let result = try CLIProcess.run(["man"], in: FixtureWorkspace.repositoryRoot, timeout: 60)
        #expect(result.status == 0)
        let page = result.standardOutput
        #expect(page.hasPrefix(".TH COMMISSIONING-LS 1 "))
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "FILES", "ENVIRONMENT", "SEE ALSO"] {
            #expect(page.contains(".SH \(section)\n"), "\(section)")
        }
        for command in CommandHelp.all {
            #expect(page.contains(".SS \(ManPage.escape(command.name))\n"))
            for option in command.options { #expect(page.contains(".B \(ManPage.escape(option.usage))\n"), "\(option.usage)") }
        }
        // No text line starts with a control character by accident.
        for line in page.split(separator: "\n") where line.hasPrefix("'") { Issue.record("line starts with ': \(line)") }
    }

    /// groff reads the page without a warning, when it is installed (`.ci/run` also renders it with `man -l`).
    @Test func groffReadsTheManualPageWithoutWarnings() throws {
        let groff = URL(fileURLWithPath: "/usr/bin/groff")
        guard FileManager.default.isExecutableFile(atPath: groff.path) else { return }
        let page = try CLIProcess.run(["man"], in: FixtureWorkspace.repositoryRoot, timeout: 60).standardOutputBytes
        let process = Process()
        process.executableURL = groff
        process.arguments = ["-man", "-ww", "-z", "-Tutf8"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(page)
        try input.fileHandleForWriting.close()
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings == "", "\(warnings)")
    }

    @Test func manTakesNoArguments() throws {
        let result = try CLIProcess.run(["man", "extra"], in: FixtureWorkspace.repositoryRoot, timeout: 60)
        #expect(result.status == 2)
        #expect(result.standardError == "commissioning-ls: man takes no arguments\n")
    }
}
