import Analysis
import Features
import Foundation
import Schema

/// `commissioning-ls fmt [--check|--diff] PATH…|-`: the editor's formatting (`DocumentFormatter`)
/// from the command line. Rewrites files in place (atomically, only if unchanged since read);
/// `--check` lists the files that would change; `--diff` shows the changes; `-` reads standard
/// input and writes the formatted text to standard output.
///
/// Exit status: 2 for a usage error or a file that cannot be read or formatted (syntax errors),
/// else with `--check` or `--diff` 1 when a file would change, else 0.
enum FmtCommand {
    static var help: String { CommandHelp.fmt.helpText }

    static func run(_ arguments: [String]) -> Int32 {
        var check = false, diff = false
        var paths: [String] = []
        for argument in arguments {
            switch argument {
            case "--check": check = true
            case "--diff": diff = true
            case "--help", "-h":
                Output.standardOutput(help)
                return ExitStatus.success
            default:
                if argument.hasPrefix("-"), argument != "-" {
                    return Output.usageError("fmt: unknown option '\(argument)'; run 'commissioning-ls fmt --help'")
                }
                paths.append(argument)
            }
        }
        if check && diff { return Output.usageError("fmt: give --check or --diff, not both") }
        if paths.isEmpty { return Output.usageError("fmt: name the files or folders to format, or '-' for standard input") }
        if paths.contains("-") {
            guard paths == ["-"] else { return Output.usageError("fmt: '-' (standard input) cannot be combined with paths") }
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            switch DocumentFormatter.format(bytes, name: "<stdin>") {
            case let .formatted(result):
                if check { return result == bytes ? ExitStatus.success : ExitStatus.findings }
                if diff {
                    Output.standardOutput(UnifiedDiff.text(from: bytes, to: result, path: "<stdin>"))
                    return result == bytes ? ExitStatus.success : ExitStatus.findings
                }
                FileHandle.standardOutput.write(Data(result))
                return ExitStatus.success
            case let .refused(reason):
                // The text unchanged on standard output, so a pipe loses nothing.
                if !check && !diff { FileHandle.standardOutput.write(Data(bytes)) }
                return Output.usageError("<stdin>: \(reason)")
            }
        }

        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let root = Workspace.findRoot(from: here, configurationFileNames: ConfigurationLoader.fileNames)
        let workspace = Workspace(root: root)
        let discovery = FileDiscovery(workingDirectory: here, workspace: workspace, configuration: .default, vocabulary: .shared)
        let found = discovery.discover(paths)
        let reader = FileChecker(analyzer: DocumentAnalyzer(workspace: workspace), withExcerpts: false, positionEncoding: .utf16)
        var problems = found.problems
        var changed: [String] = []
        for target in found.targets.sorted(by: { $0.displayPath < $1.displayPath }) {
            guard let url = target.url else { continue }
            let bytes: [UInt8]
            switch reader.read(target) {
            case let .success(read): bytes = read
            case let .failure(problem): problems.append(problem); continue
            }
            switch DocumentFormatter.format(bytes, name: target.displayPath) {
            case let .refused(reason):
                problems.append(PathProblem(path: target.displayPath, message: reason))
            case let .formatted(result):
                guard result != bytes else { continue }
                changed.append(target.displayPath)
                if diff {
                    Output.standardOutput(UnifiedDiff.text(from: bytes, to: result, path: target.displayPath))
                } else if !check, let failure = AtomicFile.replace(url, expecting: bytes, with: result) {
                    problems.append(PathProblem(path: target.displayPath, message: failure))
                }
            }
        }
        if check { Output.standardOutput(changed.map { "would reformat \($0)\n" }.joined()) }
        Output.standardError(problems.map { $0.line + "\n" }.joined())
        if !problems.isEmpty { return ExitStatus.usage }
        if check || diff { return changed.isEmpty ? ExitStatus.success : ExitStatus.findings }
        if !changed.isEmpty { Output.standardError("commissioning-ls: formatted \(TextFormatter.plural(changed.count, "file"))\n") }
        return ExitStatus.success
    }
}
