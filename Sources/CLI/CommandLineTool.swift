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
        // `lint` has its own, longer help; the other commands' usage lines are all in `usage`.
        if command != "lint", command != "fmt", rest.contains("--help") || rest.contains("-h"), Self.commands.contains(command) {
            Output.standardOutput(usage)
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
        default:
            return Output.usageError("unknown command '\(command)'; run 'commissioning-ls --help' for the list")
        }
    }

    static let commands: Set<String> = ["serve", "--stdio", "dump", "schema", "lint", "fmt", "completions", "explain", "rules", "new", "render"]

    static let usage = """
        commissioning-ls — checks public-care commissioning documents, in your editor and in CI.

        Usage:
          commissioning-ls --stdio | serve          run the language server over standard input/output
          commissioning-ls lint [PATH...] [options]  check files and folders (default: .)
          commissioning-ls fmt PATH...|- [--check|--diff]   format documents (in place; '-': stdin to stdout)
          commissioning-ls explain RULE-ID [--sources lines]   a rule's explanation and sources (with seed lines)
          commissioning-ls rules                     list every rule with its default severity
          commissioning-ls new KIND [--title T] [--population P]   print a skeleton document
          commissioning-ls render [PATH...] [--out DIR] [--strict]   write accessible HTML pages to publish
          commissioning-ls schema KIND               print the JSON Schema of a kind
          commissioning-ls dump FILE|-               print the document's data as JSON, or its errors
          commissioning-ls completions bash|zsh|fish   print a shell completion script
          commissioning-ls --version | --help

        """
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
