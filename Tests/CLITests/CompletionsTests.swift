import Foundation
import Testing

/// `commissioning-ls completions`: the bash script, loaded into a real bash, completes commands,
/// options, formats, kinds and rule ids (`complete -p` and the completion function via `compgen`).
@Suite struct CompletionsTests {
    private func complete(_ words: [String], script: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory
        let file = folder.appendingPathComponent("completion-\(UUID().uuidString).bash")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let command = "source '\(file.path)' && complete -p commissioning-ls && COMP_WORDS=(\(quoted)) && COMP_CWORD=\(words.count - 1) && _commissioning_ls && printf '%s\\n' \"${COMPREPLY[@]}\""
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
