import Foundation

/// The `commissioning-ls` command line: picks a command and returns the process's exit status.
/// Exit status: 0 success / no error-level finding, 1 findings (or a document with errors),
/// 2 usage errors and unreadable paths (with a one-line message on standard error).
public enum CommandLineTool {
    public static let version = "0.1.0"
    /// Where people read about the tool (SARIF's `informationUri`).
    public static let informationURI = "https://github.com/commissioning-ls/commissioning-ls"

    public static func run(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else {
            Output.standardOutput(usage)
            return ExitStatus.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h"), let help = CommandHelp.named(command) {
            Output.standardOutput(help.helpText)
            return ExitStatus.success
        }
        switch command {
        case "--version", "-V", "version":
            Output.standardOutput("commissioning-ls \(version)\n")
            return ExitStatus.success
        case "--help", "-h", "help":
            Output.standardOutput(usage)
            return ExitStatus.success
        case "--stdio", "serve":
            return ServeCommand.run(rest)
        case "dump":
            return DumpCommand.run(rest)
        case "schema":
            return SchemaCommand.run(rest)
        case "lint":
            return LintCommand.run(rest)
        case "completions":
            return CompletionsCommand.run(rest)
        case "fmt":
            return FmtCommand.run(rest)
        case "explain":
            return ExplainCommand.run(rest)
        case "rules":
            return RulesCommand.run(rest)
        case "new":
            return NewCommand.run(rest)
        case "render":
            return RenderCommand.run(rest)
        case "man":
            guard rest.isEmpty else { return Output.usageError("man takes no arguments") }
            Output.standardOutput(ManPage.roff(version: version))
            return ExitStatus.success
        default:
            return Output.usageError("unknown command '\(command)'; run 'commissioning-ls --help' for the list")
        }
    }

    static var commands: Set<String> { Set(CommandHelp.all.map(\.name) + ["--stdio"]) }

    static var usage: String { CommandHelp.usage }
}

/// Exit statuses shared by every command.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let findings: Int32 = 1
    public static let usage: Int32 = 2
}

/// Everything the CLI writes goes through here, so that nothing else prints.
enum Output {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Reports a usage error on one line of standard error and gives the usage exit status.
    static func usageError(_ message: String) -> Int32 {
        standardError("commissioning-ls: \(message)\n")
        return ExitStatus.usage
    }
}
