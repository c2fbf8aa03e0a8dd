import Features
import Foundation
import Schema

/// `commissioning-ls new KIND [--title T] [--population P]`: prints a skeleton of a kind (its
/// id or short name, as `schema` takes) with every required section and comments saying what
/// goes where (see `Features.DocumentSkeleton`). It lints without errors, as a to-do list: every `TODO` it
/// writes is one content/placeholder warning on its line, beside the warnings an empty draft
/// deserves (too few hypotheses, no evidence yet…).
enum NewCommand {
    static func run(_ arguments: [String]) -> Int32 {
        let vocabulary = Vocabulary.shared
        var kindName: String?
        var given: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            var option = argument
            var value: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                option = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            switch option {
            case "--title", "--population":
                if value == nil, index < arguments.count {
                    value = arguments[index]
                    index += 1
                }
                guard let text = value, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    return Output.usageError("new: \(option) needs a non-empty value")
                }
                given[String(option.dropFirst(2))] = text
            default:
                guard !argument.hasPrefix("-"), kindName == nil else {
                    return Output.usageError("new: unexpected '\(argument)'; usage: commissioning-ls new KIND [--title T] [--population P]")
                }
                kindName = argument
            }
        }
        let kinds = vocabulary.kinds.map { kind in kind.shortName.map { "\(kind.id) (\($0))" } ?? kind.id }.joined(separator: ", ")
        guard let name = kindName else { return Output.usageError("new: give a kind: \(kinds)") }
        guard let kind = vocabulary.kind(named: name) else {
            return Output.usageError("new: unknown kind '\(name)'; choose one of: \(kinds)")
        }
        Output.standardOutput(skeleton(of: kind, given: given))
        return ExitStatus.success
    }

    static func skeleton(of kind: DocumentKind, given: [String: String]) -> String {
        let suffix = kind.fileSuffixes.first ?? ".yaml"
        var lines = ExplainCommand.wrap("\(kind.title): \(kind.description)", width: 96).map { "# " + $0 }
        lines.append("#")
        let guide = "A skeleton from `commissioning-ls new \(kind.id)`. Save it as NAME\(suffix), fill in every to-do value "
            + "and replace the example values; `commissioning-ls lint NAME\(suffix)` lists each to-do still left "
            + "(content/placeholder). Keys shown as `# key:` comments "
            + "are optional: remove the `# ` to use them. Comments repeated for like items are written once."
        lines += ExplainCommand.wrap(guide, width: 96).map { "# " + $0 }
        lines += DocumentSkeleton.sections(of: kind, given: given).flatMap(\.lines)
        return lines.joined(separator: "\n") + "\n"
    }
}
