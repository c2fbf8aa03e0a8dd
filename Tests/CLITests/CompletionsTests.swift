import Foundation
import Testing
@testable import CLI
import SourceText

/// `commissioning-ls completions`: the bash script, loaded into a real bash, completes commands,
/// options, formats, kinds and rule ids (`complete -p` and the completion function via `compgen`).
@Suite struct CompletionsTests {
    /// What the completion function offers for the last of `words`, run in `folder` (where file
    /// names come from).
    private func complete(_ words: [String], script: String, in folder: URL = FileManager.default.temporaryDirectory) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("completion-\(UUID().uuidString).bash")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let command = "source '\(file.path)' && complete -p commissioning-ls && COMP_WORDS=(\(quoted)) && COMP_CWORD=\(words.count - 1) && _commissioning_ls; [ ${#COMPREPLY[@]} -eq 0 ] || printf '%s\\n' \"${COMPREPLY[@]}\""
        let result = try CLIProcess.run(["-c", command], in: folder, binary: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "complete -o filenames -F _commissioning_ls commissioning-ls")
        return Array(lines.dropFirst())
    }

    @Test func bashCompletesCommandsOptionsFormatsKindsAndRuleIDs() throws {
        let script = try CLIProcess.run(["completions", "bash"], in: FileManager.default.temporaryDirectory)
        #expect(script.status == 0)
        let text = script.standardOutput
        #expect(try complete(["commissioning-ls", "ex"], script: text) == ["explain"])
        #expect(try complete(["commissioning-ls", "explain", "hypothesis/c"], script: text) == ["hypothesis/count"])
        #expect(try complete(["commissioning-ls", "lint", "--format", "s"], script: text) == ["sarif"])
        #expect(try complete(["commissioning-ls", "lint", "--severity", "w"], script: text) == ["warning"])
        #expect(try complete(["commissioning-ls", "lint", "--unsafe"], script: text) == ["--unsafe-fixes"])
        #expect(try complete(["commissioning-ls", "new", "commissioning-s"], script: text) == ["commissioning-strategy"])
        #expect(try complete(["commissioning-ls", "rules", "--format", "m"], script: text) == ["markdown"])
    }

    /// After an option that takes a value, only what the value can be, for every option of every
    /// command: nothing for a number or a title (`--max-warnings N`, `--title T`; not the file
    /// names), the option's own words, files for a file, folders for a folder.
    @Test func afterAnOptionOnlyWhatItsValueCanBe() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("a.strategy.yaml", "kind: commissioning-strategy\n")
        try workspace.write("site/index.html", "")
        let script = try CLIProcess.run(["completions", "bash"], in: workspace.root).standardOutput
        func after(_ command: String, _ option: String) throws -> [String] {
            try complete(["commissioning-ls", command, option, ""], script: script, in: workspace.root).sorted()
        }
        // Where file names are offered at all, as a check that the folder has some to offer.
        #expect(try complete(["commissioning-ls", "lint", ""], script: script, in: workspace.root).sorted() == ["a.strategy.yaml", "site"])
        #expect(try after("lint", "--max-warnings") == [])
        #expect(try after("new", "--title") == [])
        #expect(try after("render", "--out") == ["site"])
        #expect(try after("render", "--format") == ["csv", "html", "json"])
        #expect(try after("lint", "--config") == ["a.strategy.yaml", "site"])
        #expect(try complete(["commissioning-ls", "lint", "--max-warnings", "3", ""], script: script, in: workspace.root).sorted() == ["a.strategy.yaml", "site"])
        var seen: Set<String> = []
        for command in CommandHelp.all {
            for option in command.options {
                let offered = try after(command.name, option.name)
                switch option.value {
                case .none: continue
                case let .oneOf(choices): #expect(offered == choices.sorted(), "\(command.name) \(option.name)")
                case .file: #expect(offered == ["a.strategy.yaml", "site"], "\(command.name) \(option.name)")
                case .folder: #expect(offered == ["site"], "\(command.name) \(option.name)")
                case .typed: #expect(offered == [], "\(command.name) \(option.name)")
                }
                seen.insert("\(command.name) \(option.name)")
            }
        }
        #expect(seen.isSuperset(of: ["lint --max-warnings", "new --title", "new --population", "render --out", "explain --sources"]))
    }

    /// The words completed after lint's options are the ones its parser takes.
    @Test func lintOptionWordsAreTheOnesItAccepts() {
        func words(_ name: String) -> Set<String> {
            guard case let .oneOf(choices) = CommandHelp.lint.options.first(where: { $0.name == name })?.value else { return [] }
            return Set(choices)
        }
        #expect(words("--format") == Set(LintFormat.allCases.map(\.rawValue)))
        #expect(words("--severity") == Set(Severity.allCases.map(\.rawValue)))
        #expect(words("--position-encoding") == Set(PositionEncoding.allCases.map(\.rawValue)))
    }

    /// fish: an option taking a number or a title requires an argument and offers no file names
    /// (`-x`); one taking a file requires one and offers files (`-rF`). With fish installed, what
    /// `complete -C` offers in a folder with a file in it.
    @Test func fishOffersNoFilesAfterAnOptionTakingANumber() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("a.strategy.yaml", "kind: commissioning-strategy\n")
        let fish = try CLIProcess.run(["completions", "fish"], in: workspace.root).standardOutput
        let lines = Set(fish.split(separator: "\n").map(String.init))
        #expect(lines.contains("complete -c commissioning-ls -n '__fish_seen_subcommand_from lint' -l max-warnings -x"))
        #expect(lines.contains("complete -c commissioning-ls -n '__fish_seen_subcommand_from new' -l title -x"))
        #expect(lines.contains("complete -c commissioning-ls -n '__fish_seen_subcommand_from lint' -l config -rF"))
        #expect(lines.contains("complete -c commissioning-ls -n '__fish_seen_subcommand_from render' -l format -xa 'html csv json'"))
        let binary = ["/usr/bin/fish", "/usr/local/bin/fish"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let binary else { return }
        try workspace.write("completion.fish", fish)
        func offered(_ line: String) throws -> [String] {
            let result = try CLIProcess.run(["--no-config", "-c", "source completion.fish; complete -C'\(line)'"], in: workspace.root,
                                            binary: URL(fileURLWithPath: binary))
            #expect(result.status == 0, "\(result.standardError)")
            return result.standardOutput.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }.sorted()
        }
        #expect(try offered("commissioning-ls lint ").contains("a.strategy.yaml"))
        #expect(try offered("commissioning-ls lint --max-warnings ") == [])
        #expect(try offered("commissioning-ls lint --max-warnings=") == [])
        #expect(try offered("commissioning-ls new --title ") == [])
        #expect(try offered("commissioning-ls lint --config ").contains("a.strategy.yaml"))
        #expect(try offered("commissioning-ls render --format ") == ["csv", "html", "json"])
    }

    @Test func zshAndFishScriptsAndAnUnknownShell() throws {
        let here = FileManager.default.temporaryDirectory
        let zsh = try CLIProcess.run(["completions", "zsh"], in: here)
        #expect(zsh.status == 0)
        #expect(zsh.standardOutput.hasPrefix("autoload -U +X bashcompinit && bashcompinit\n"))
        let fish = try CLIProcess.run(["completions", "fish"], in: here)
        #expect(fish.status == 0)
        #expect(fish.standardOutput.contains("complete -c commissioning-ls -n '__fish_seen_subcommand_from explain' -xa '"))
        #expect(fish.standardOutput.contains("hypothesis/count"))
        let unknown = try CLIProcess.run(["completions", "tcsh"], in: here)
        #expect(unknown.status == 2)
        #expect(unknown.standardError == "commissioning-ls: completions: unknown shell 'tcsh'; choose bash, zsh or fish\n")
    }
}
