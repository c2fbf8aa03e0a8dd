/// What each command is for and every option it takes: the one source of `--help`, of each
/// command's own `COMMAND --help`, of the manual page (`commissioning-ls man`) and of the
/// options the shell completions offer, so that none of them can drift from the others.
struct CommandHelp: Sendable {
    struct Option: Sendable {
        /// As typed, with its value's shape: `--format text|json|sarif|github|junit`.
        let usage: String
        let text: String

        /// The option's name alone: `--format`.
        var name: String { String(usage.prefix { $0 != " " }) }

        /// What follows the option, as its usage shows it: nothing (a flag), one of the words
        /// between '|', a file (`FILE`, `NAME`), a folder (`DIR`), or anything else (`N`, `T`):
        /// a number or a title, which the shell completions leave to be typed.
        enum Value: Equatable, Sendable {
            case none, oneOf([String]), file, folder, typed
        }

        var value: Value {
            guard let space = usage.firstIndex(of: " ") else { return .none }
            let shape = usage[usage.index(after: space)...]
            if shape.contains("|") { return .oneOf(shape.split(separator: "|").map(String.init)) }
            switch shape {
            case "FILE", "NAME": return .file
            case "DIR": return .folder
            default: return .typed
            }
        }
    }

    let name: String
    /// What follows `commissioning-ls` on the usage line.
    let synopsis: String
    /// One line for the list of commands.
    let summary: String
    /// Paragraphs, each a string.
    let description: [String]
    let options: [Option]
    /// Paragraphs after the options.
    let notes: [String]
    let exitStatus: String?

    init(_ name: String, synopsis: String, summary: String, description: [String] = [], options: [Option] = [],
         notes: [String] = [], exitStatus: String? = nil) {
        self.name = name
        self.synopsis = synopsis
        self.summary = summary
        self.description = description
        self.options = options
        self.notes = notes
        self.exitStatus = exitStatus
    }

    var optionNames: [String] { options.map(\.name) }

    static func named(_ name: String) -> CommandHelp? {
        all.first { $0.name == name || ($0.name == "serve" && name == "--stdio") }
    }
}

extension CommandHelp.Option {
    init(_ usage: String, _ text: String) { self.init(usage: usage, text: text) }
}

extension CommandHelp {
    static let all: [CommandHelp] = [serve, lint, fmt, explain, rules, new, render, schema, dump, completions, man]

    static let serve = CommandHelp(
        "serve", synopsis: "--stdio | serve", summary: "run the language server over standard input/output",
        description: ["Speaks the Language Server Protocol (3.17) over standard input and output, for an editor to start. Its log lines go to the editor as window/logMessage; errors also to standard error."])

    static let lint = CommandHelp(
        "lint", synopsis: "lint [PATH...] [options]", summary: "check files and folders (default: .)",
        description: [
            "Checks commissioning documents. Folders are searched recursively for the file suffixes of the four kinds; a file named here is checked whatever its name (it then needs `kind:`). With no PATH, the current folder is checked. '-' reads standard input.",
        ],
        options: [
            .init("--format text|json|sarif|github|junit", "output format (default text)"),
            .init("--severity hint|info|warning|error", "lowest severity shown (default info)"),
            .init("--max-warnings N", "fail (exit 1) when more than N warnings are shown"),
            .init("--config FILE", "use this configuration instead of the workspace's"),
            .init("--stdin-filename NAME", "the file name standard input stands for ('-')"),
            .init("--baseline FILE", "report only findings that are not in FILE"),
            .init("--write-baseline FILE", "record every current finding in FILE"),
            .init("--position-encoding utf-16|utf-8|utf-32", "column unit of json and sarif (default utf-16)"),
            .init("--list-suppressions", "list suppression comments and their reasons"),
            .init("--statistics", "a count per rule id with its severity and how many are fixable, most frequent first (text, json)"),
            .init("--fix", "apply every safe fix, then report what remains"),
            .init("--unsafe-fixes", "with --fix or --diff, apply the unsafe fixes too"),
            .init("--diff", "print the fixes as a unified diff; write nothing"),
        ],
        notes: [
            "A safe fix means what you meant (a missing section inserted, text with a colon quoted); an unsafe one changes what the document says (a term replaced by the one suggested). A fix whose result would have a new error is not applied. Files are written whole (a new file moved into place), and only if unchanged since they were read.",
        ],
        exitStatus: "0 no error shown, 1 an error shown (or too many warnings; with --diff, a fix to show), 2 a usage error or a path that cannot be read.")

    static let fmt = CommandHelp(
        "fmt", synopsis: "fmt [PATH...|-] [--check | --diff]", summary: "format documents (in place; '-': stdin to stdout)",
        description: [
            "Formats commissioning documents: trailing spaces removed and one final line break, one space after a key's ':' and a list item's '-', flow mappings as {a: 1, b: 2}, indentation in steps of two. Comments and block text are kept; the data never changes (each change is checked by parsing). Folders are searched for the four kinds' suffixes. '-' reads standard input and writes standard output. A document with syntax errors is left as it is.",
        ],
        options: [
            .init("--check", "write nothing; list the files that would change (exit 1 if any)"),
            .init("--diff", "write nothing; print the changes as a unified diff (exit 1 if any)"),
        ],
        exitStatus: "0 formatted (or nothing to change), 1 with --check/--diff a file would change, 2 a usage error or a file that cannot be read or formatted.")

    static let explain = CommandHelp(
        "explain", synopsis: "explain RULE-ID [--sources citations|lines]", summary: "a rule's explanation, its sources and its examples",
        description: ["What a rule id means and what to do: its explanation, the sources it rests on as the bibliography names them, an example that fires it and one that does not, and whether its fix is safe."],
        options: [.init("--sources citations|lines", "cite the sources by book and section (default), or also by seed file and line, for checking")],
        exitStatus: "0 explained, 2 an unknown rule id or a usage error.")

    static let rules = CommandHelp(
        "rules", synopsis: "rules [--format text|markdown]", summary: "list every rule with its default severity",
        options: [.init("--format text|markdown", "a plain list (default), or the Markdown table the README holds")])

    static let new = CommandHelp(
        "new", synopsis: "new KIND [--title T] [--population P]", summary: "print a skeleton document",
        description: ["Prints a document of KIND (commissioning-framework, commissioning-strategy, market-position-statement, hypothesis-set) with every required section, each under a comment saying what it holds and where the sources say so, and TODO where you write."],
        options: [
            .init("--title T", "the document's title instead of TODO"),
            .init("--population P", "the population it is about instead of TODO"),
        ])

    static let render = CommandHelp(
        "render", synopsis: "render [PATH...] [--out DIR] [--strict] [--format html|csv|json]", summary: "write accessible HTML pages to publish",
        description: ["Writes one HTML page per document found (default: .) and an index.html into DIR. Each page is one file: no scripts, no network, prints to A4."],
        options: [
            .init("--out DIR", "where the pages go (default: site)"),
            .init("--strict", "refuse to render a document that has errors (exit 1)"),
            .init("--format html|csv|json", "html (default); csv: the tables (matrix, forecasts, money, hypotheses, timetable) as CSV files; json: workspace.json, every document's data"),
        ],
        exitStatus: "0 rendered, 1 with --strict a document has errors, 2 a usage error or a path that cannot be read or written.")

    static let schema = CommandHelp(
        "schema", synopsis: "schema KIND", summary: "print the JSON Schema of a kind")

    static let dump = CommandHelp(
        "dump", synopsis: "dump FILE|-", summary: "print the document's data as JSON, or its errors",
        description: ["Prints the document's data as JSON in document order, exactly what a YAML 1.2 (core schema) tool reads; with syntax errors, prints them to standard error instead."],
        exitStatus: "0 printed, 1 the document has syntax errors, 2 a usage error or a file that cannot be read.")

    static let completions = CommandHelp(
        "completions", synopsis: "completions bash|zsh|fish", summary: "print a shell completion script",
        description: ["E.g. source <(commissioning-ls completions bash)."])

    static let man = CommandHelp(
        "man", synopsis: "man", summary: "print this manual as a man page (roff)",
        description: ["E.g. commissioning-ls man | man -l -"])
}
