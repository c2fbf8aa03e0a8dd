import SourceText

/// The output formats of `lint` (README, "`lint`").
enum LintFormat: String, CaseIterable {
    case text
    case json
    case sarif
    case github
    case junit
}

/// What `lint` was asked to do, read from its arguments. Options take their value as the next
/// argument or after `=` (`--format json`, `--format=json`); `--` ends the options.
struct LintOptions {
    /// Files and folders as typed; `-` is standard input. Empty means the current folder.
    var paths: [String] = []
    var format: LintFormat = .text
    /// The lowest severity shown. Hints (unused suppressions) are hidden unless asked for.
    var minimumSeverity: Severity = .info
    var configurationPath: String?
    var standardInputName: String?
    var baselinePath: String?
    var writeBaselinePath: String?
    var maximumWarnings: Int?
    /// The unit of `json` and `sarif` columns.
    var positionEncoding: PositionEncoding = .utf16
    var listSuppressions = false
    /// `--statistics`: a count per rule instead of each finding.
    var statistics = false
    /// `--fix`: apply the safe fixes, then report what remains.
    var fix = false
    /// `--unsafe-fixes`: with `--fix` or `--diff`, apply the unsafe fixes too.
    var unsafeFixes = false
    /// `--diff`: print the fixes as a unified diff and write nothing.
    var diff = false
    var showHelp = false

    /// Whether the run changes (or shows changes to) the documents.
    var fixes: Bool { fix || diff }

    /// The options, or a one-line message saying what is wrong.
    static func parse(_ arguments: [String]) -> Result<LintOptions, LintUsageError> {
        var options = LintOptions()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                options.paths.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            // Flags first: they take no value.
            switch name {
            case "--list-suppressions":
                options.listSuppressions = true
                continue
            case "--statistics":
                options.statistics = true
                continue
            case "--fix":
                options.fix = true
                continue
            case "--unsafe-fixes":
                options.unsafeFixes = true
                continue
            case "--diff":
                options.diff = true
                continue
            case "--help", "-h":
                options.showHelp = true
                continue
            default:
                break
            }
            guard valueOptions.contains(name) else {
                let nearest = valueOptions.union(flagOptions).sorted()
                    .map { (option: $0, distance: editDistance($0, name)) }.filter { $0.distance <= 3 }
                    .min { $0.distance < $1.distance }?.option
                let hint = nearest.map { " (did you mean '\($0)'?)" } ?? ""
                return .failure(LintUsageError("unknown option '\(name)'\(hint); run 'commissioning-ls lint --help'"))
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                return .failure(LintUsageError("\(name) needs a value"))
            }
            if let problem = options.set(name, to: value) { return .failure(problem) }
        }
        if options.paths.filter({ $0 == "-" }).count > 1 {
            return .failure(LintUsageError("'-' (standard input) can be given only once"))
        }
        if options.standardInputName != nil, !options.paths.contains("-") {
            return .failure(LintUsageError("--stdin-filename names standard input: give '-' as a path too"))
        }
        if options.listSuppressions, ![.text, .json].contains(options.format) {
            return .failure(LintUsageError("--list-suppressions prints text or json, not \(options.format.rawValue)"))
        }
        if options.statistics, ![.text, .json].contains(options.format) {
            return .failure(LintUsageError("--statistics prints text or json, not \(options.format.rawValue)"))
        }
        if options.statistics, options.listSuppressions {
            return .failure(LintUsageError("--statistics and --list-suppressions cannot be combined"))
        }
        if options.unsafeFixes, !options.fixes {
            return .failure(LintUsageError("--unsafe-fixes needs --fix or --diff"))
        }
        if options.fix, options.diff {
            return .failure(LintUsageError("--diff shows the fixes without writing them: give --fix or --diff, not both"))
        }
        if options.fixes, options.paths.contains("-") {
            return .failure(LintUsageError("--fix and --diff change files: standard input ('-') cannot be fixed"))
        }
        return .success(options)
    }

    /// Every option the parser accepts (`-h` aside): the help lists exactly these.
    static var knownOptions: Set<String> { valueOptions.union(flagOptions) }

    private static let flagOptions: Set<String> = ["--list-suppressions", "--statistics", "--fix", "--unsafe-fixes", "--diff", "--help"]

    private static let valueOptions: Set<String> = [
        "--format", "--severity", "--config", "--stdin-filename", "--baseline", "--write-baseline",
        "--max-warnings", "--position-encoding",
    ]

    /// Sets one option; a message when the value is not one it takes.
    private mutating func set(_ name: String, to value: String) -> LintUsageError? {
        switch name {
        case "--format":
            guard let format = LintFormat(rawValue: value) else {
                return LintUsageError("--format takes \(LintFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
            }
            self.format = format
        case "--severity":
            guard let severity = Severity(rawValue: value) else {
                return LintUsageError("--severity takes \(Severity.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
            }
            minimumSeverity = severity
        case "--max-warnings":
            guard let number = Int(value), number >= 0 else {
                return LintUsageError("--max-warnings takes a whole number of 0 or more, not '\(value)'")
            }
            maximumWarnings = number
        case "--position-encoding":
            guard let encoding = PositionEncoding(rawValue: value) else {
                return LintUsageError("--position-encoding takes \(PositionEncoding.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
            }
            positionEncoding = encoding
        default:
            guard !value.isEmpty else { return LintUsageError("\(name) needs a value") }
            switch name {
            case "--config": configurationPath = value
            case "--stdin-filename": standardInputName = value
            case "--baseline": baselinePath = value
            default: writeBaselinePath = value
            }
        }
        return nil
    }

    static var help: String { CommandHelp.lint.helpText }
}

/// A mistake in how `lint` was called, said in one line.
struct LintUsageError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Levenshtein distance, for "did you mean" on a mistyped option.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
