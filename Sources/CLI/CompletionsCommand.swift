import Analysis
import Schema
import SourceText

/// `commissioning-ls completions bash|zsh|fish`: a script completing commands, options, the value
/// after an option (its words, a file, a folder, or nothing for a number or a title), kinds after
/// `new` and `schema`, and rule ids after `explain`. The options and their values come from the
/// commands' help (`CommandHelp`), whose lists of words are those the commands accept.
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

    /// Each command's options that take a value, with the value.
    static var valueOptions: [(command: String, option: String, value: CommandHelp.Option.Value)] {
        CommandHelp.all.flatMap { command in
            command.options.compactMap { $0.value == .none ? nil : (command.name, $0.name, $0.value) }
        }
    }

    static func bash() -> String {
        func words(_ list: [String]) -> String { list.joined(separator: " ") }
        // After an option that takes a value, only what that value can be: its words, a file, a
        // folder, or nothing at all for a number or a title (never the file names).
        let values = valueOptions.map { command, option, value in
            let reply: String
            switch value {
            case let .oneOf(choices): reply = #"COMPREPLY=($(compgen -W "\#(words(choices))" -- "$cur")); "#
            case .file: reply = #"COMPREPLY=($(compgen -f -- "$cur")); "#
            case .folder: reply = #"COMPREPLY=($(compgen -d -- "$cur")); "#
            case .typed, .none: reply = ""
            }
            return "    '\(command) \(option)') \(reply)return ;;"
        }.joined(separator: "\n")
        return """
            # bash completion for commissioning-ls: source <(commissioning-ls completions bash)
            _commissioning_ls() {
              local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command=${COMP_WORDS[1]}
              COMPREPLY=()
              if [ "$COMP_CWORD" -eq 1 ]; then
                COMPREPLY=($(compgen -W "\(words(commands))" -- "$cur")); return
              fi
              case "$command $prev" in
            \(values)
              esac
              case "$command" in
                lint) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(lintOptions))" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
                fmt) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(fmtOptions))" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
                explain) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(CommandHelp.explain.optionNames))" -- "$cur")); else COMPREPLY=($(compgen -W "\(words(ruleIDs))" -- "$cur")); fi ;;
                new) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(CommandHelp.new.optionNames))" -- "$cur")); else COMPREPLY=($(compgen -W "\(words(kinds))" -- "$cur")); fi ;;
                schema) COMPREPLY=($(compgen -W "\(words(kinds))" -- "$cur")) ;;
                rules) COMPREPLY=($(compgen -W "\(words(CommandHelp.rules.optionNames))" -- "$cur")) ;;
                completions) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
                dump) COMPREPLY=($(compgen -f -- "$cur")) ;;
                render) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words(renderOptions))" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
              esac
            }
            complete -o filenames -F _commissioning_ls commissioning-ls

            """
    }

    /// Every option of every command, each with what its value can be: `-x` (an argument, no file
    /// names) for words and typed values, `-rF` for a file; a folder from the directories alone
    /// (its own token, so that `--out=` works too).
    static func fish() -> String {
        var lines = ["# fish completion for commissioning-ls: commissioning-ls completions fish | source",
                     "complete -c commissioning-ls -f"]
        let first = "__fish_use_subcommand"
        for command in commands where !command.hasPrefix("-") { lines.append("complete -c commissioning-ls -n \(first) -a \(command)") }
        func after(_ command: String) -> String { "'__fish_seen_subcommand_from \(command)'" }
        for command in CommandHelp.all {
            for option in command.options {
                let value: String
                switch option.value {
                case .none: value = ""
                case let .oneOf(choices): value = " -xa '\(choices.joined(separator: " "))'"
                case .file: value = " -rF"
                case .folder: value = #" -xa '(__fish_complete_directories (commandline -ct | string replace -r -- "^--[^=]*=" ""))'"#
                case .typed: value = " -x"
                }
                lines.append("complete -c commissioning-ls -n \(after(command.name)) -l \(option.name.dropFirst(2))\(value)")
            }
        }
        for command in ["lint", "fmt", "render"] { lines.append("complete -c commissioning-ls -n \(after(command)) -l help") }
        lines.append("complete -c commissioning-ls -n \(after("lint fmt dump render")) -F")
        lines.append("complete -c commissioning-ls -n \(after("explain")) -xa '\(ruleIDs.joined(separator: " "))'")
        lines.append("complete -c commissioning-ls -n \(after("new schema")) -xa '\(kinds.joined(separator: " "))'")
        lines.append("complete -c commissioning-ls -n \(after("completions")) -xa 'bash zsh fish'")
        return lines.joined(separator: "\n") + "\n"
    }
}
