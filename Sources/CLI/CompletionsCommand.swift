import Analysis
import Schema
import SourceText

/// `commissioning-ls completions bash|zsh|fish`: a script completing commands, options, formats,
/// severities, kinds after `new` and `schema`, and rule ids after `explain`, built from the same
/// lists the commands check their arguments against.
enum CompletionsCommand {
    static let commands = CommandHelp.all.map(\.name) + ["--stdio", "--version", "--help"]
    static let lintOptions = CommandHelp.lint.optionNames + ["--help"]
    static let fmtOptions = CommandHelp.fmt.optionNames + ["--help"]
    static let renderOptions = CommandHelp.render.optionNames + ["--help"]

    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 1, let shell = arguments.first else {
            return Output.usageError("completions: give a shell: bash, zsh or fish")
        }
        switch shell {
        case "bash": Output.standardOutput(bash())
        case "zsh": Output.standardOutput("autoload -U +X bashcompinit && bashcompinit\n" + bash())
        case "fish": Output.standardOutput(fish())
        default: return Output.usageError("completions: unknown shell '\(shell)'; choose bash, zsh or fish")
        }
        return ExitStatus.success
    }

    static var kinds: [String] { Vocabulary.shared.kinds.map(\.id) }
    static var ruleIDs: [String] { DiagnosticCatalog.entries.map(\.id) }
    static var formats: [String] { LintFormat.allCases.map(\.rawValue) }
    static var severities: [String] { Severity.allCases.map(\.rawValue) }
    static var encodings: [String] { PositionEncoding.allCases.map(\.rawValue) }

    static func bash() -> String {
        func words(_ list: [String]) -> String { list.joined(separator: " ") }
        return """
            # bash completion for commissioning-ls: source <(commissioning-ls completions bash)
            _commissioning_ls() {
              local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command=${COMP_WORDS[1]}
              COMPREPLY=()
              if [ "$COMP_CWORD" -eq 1 ]; then
                COMPREPLY=($(compgen -W "\(words(commands))" -- "$cur")); return
              fi
              case "$prev" in
                --format) if [ "$command" = rules ]; then COMPREPLY=($(compgen -W "text markdown" -- "$cur")); else COMPREPLY=($(compgen -W "\(words(formats))" -- "$cur")); fi; return ;;
                --severity) COMPREPLY=($(compgen -W "\(words(severities))" -- "$cur")); return ;;
                --position-encoding) COMPREPLY=($(compgen -W "\(words(encodings))" -- "$cur")); return ;;
                --config|--baseline|--write-baseline|--stdin-filename) COMPREPLY=($(compgen -f -- "$cur")); return ;;
              esac
              case "$command" in
                lint) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(lintOptions))" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
                fmt) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(fmtOptions))" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
                explain) COMPREPLY=($(compgen -W "\(words(ruleIDs))" -- "$cur")) ;;
                new) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(CommandHelp.new.optionNames))" -- "$cur")); else COMPREPLY=($(compgen -W "\(words(kinds))" -- "$cur")); fi ;;
                schema) COMPREPLY=($(compgen -W "\(words(kinds))" -- "$cur")) ;;
                rules) COMPREPLY=($(compgen -W "--format" -- "$cur")) ;;
                completions) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
                dump) COMPREPLY=($(compgen -f -- "$cur")) ;;
                render) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(renderOptions))" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
              esac
            }
            complete -o filenames -F _commissioning_ls commissioning-ls

            """
    }

    static func fish() -> String {
        var lines = ["# fish completion for commissioning-ls: commissioning-ls completions fish | source",
                     "complete -c commissioning-ls -f"]
        let first = "__fish_use_subcommand"
        for command in commands where !command.hasPrefix("-") { lines.append("complete -c commissioning-ls -n \(first) -a \(command)") }
        func after(_ command: String) -> String { "'__fish_seen_subcommand_from \(command)'" }
        for option in lintOptions { lines.append("complete -c commissioning-ls -n \(after("lint")) -l \(option.dropFirst(2))") }
        lines.append("complete -c commissioning-ls -n \(after("lint")) -l format -xa '\(formats.joined(separator: " "))'")
        lines.append("complete -c commissioning-ls -n \(after("lint")) -l severity -xa '\(severities.joined(separator: " "))'")
        lines.append("complete -c commissioning-ls -n \(after("lint")) -l position-encoding -xa '\(encodings.joined(separator: " "))'")
        lines.append("complete -c commissioning-ls -n \(after("lint fmt dump render")) -F")
        for option in renderOptions { lines.append("complete -c commissioning-ls -n \(after("render")) -l \(option.dropFirst(2))") }
        for option in fmtOptions { lines.append("complete -c commissioning-ls -n \(after("fmt")) -l \(option.dropFirst(2))") }
        lines.append("complete -c commissioning-ls -n \(after("explain")) -xa '\(ruleIDs.joined(separator: " "))'")
        lines.append("complete -c commissioning-ls -n \(after("new schema")) -xa '\(kinds.joined(separator: " "))'")
        lines.append("complete -c commissioning-ls -n \(after("completions")) -xa 'bash zsh fish'")
        return lines.joined(separator: "\n") + "\n"
    }
}
