import Analysis
import Foundation
import Rules
import Schema
import SourceText
import Syntax

/// `commissioning-ls lint [PATH...] [options]` (README.md, "`lint`"): finds the workspace root and
/// its configuration (README.md, "Configuration"), discovers the documents, checks them on every core with the
/// one engine, applies the baseline and `--severity`, and prints the chosen format.
///
/// Exit status: 2 for a usage error or a path that could not be checked (one line each on
/// standard error; the other files are still checked and reported), else 1 when an error is
/// shown or more warnings than `--max-warnings`, else 0.
enum LintCommand {
    static func run(_ arguments: [String]) -> Int32 {
        let options: LintOptions
        switch LintOptions.parse(arguments) {
        case let .success(parsed): options = parsed
        case let .failure(problem): return Output.usageError("lint: \(problem.message)")
        }
        if options.showHelp {
            Output.standardOutput(LintOptions.help)
            return ExitStatus.success
        }
        let environment = ProcessInfo.processInfo.environment
        let colour = isatty(STDOUT_FILENO) != 0 && (environment["NO_COLOR"] ?? "").isEmpty
        let run = LintRun(options: options, workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                          colour: colour, readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) })
        let outcome = run.execute()
        if !outcome.standardOutput.isEmpty { Output.standardOutput(outcome.standardOutput) }
        if !outcome.standardError.isEmpty { Output.standardError(outcome.standardError) }
        return outcome.status
    }
}

/// One `lint` run, with its inputs explicit so that it can be tested in-process.
struct LintRun {
    let options: LintOptions
    let workingDirectory: URL
    let colour: Bool
    let readStandardInput: () -> [UInt8]

    /// `workingDirectory` is taken as a folder whatever its URL says: paths are resolved relative
    /// to it, and a URL without its trailing slash would resolve them against its parent.
    init(options: LintOptions, workingDirectory: URL, colour: Bool, readStandardInput: @escaping () -> [UInt8]) {
        self.options = options
        self.workingDirectory = URL(fileURLWithPath: workingDirectory.path, isDirectory: true)
        self.colour = colour
        self.readStandardInput = readStandardInput
    }

    struct Outcome {
        var standardOutput = ""
        var standardError = ""
        var status: Int32 = ExitStatus.success
    }

    func execute() -> Outcome {
        var outcome = Outcome()
        let vocabulary = Vocabulary.shared
        let root = Workspace.findRoot(from: workingDirectory, configurationFileNames: ConfigurationLoader.fileNames)
        let workspace = Workspace(root: root, referenceSummaries: ReferenceSummaryCache())

        // The configuration: a bad one is reported like a document, and the run goes on; one that
        // cannot be read at all stops it (below).
        var configuration = Configuration.default
        var files: [CheckedFile] = []
        var configurationPlace: (url: URL, shown: String, boundary: String)?
        if let path = options.configurationPath {
            let url = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
            configurationPlace = (url, path, workspace.boundary(forNamed: url, isFolder: false))
        } else if let url = ConfigurationLoader.file(in: workspace.root) {
            configurationPlace = (url, shownPath(url), workspace.realRoot)
        }
        let checker = FileChecker(analyzer: DocumentAnalyzer(workspace: workspace), withExcerpts: options.format == .text,
                                  positionEncoding: options.positionEncoding)
        if let place = configurationPlace {
            // A configuration that cannot be read stops the run: checking with other rules than
            // the workspace chose would report the wrong findings.
            let source: SourceFile
            switch ConfigurationFile.read(place.url, named: shownPath(place.url), inside: place.boundary) {
            case let .success(read): source = read
            case let .failure(refusal):
                outcome.standardError = "commissioning-ls: lint: \(ConfigurationFile.problem(refusal, shown: place.shown))\n"
                outcome.status = ExitStatus.usage
                return outcome
            }
            let loaded = ConfigurationLoader.load(source, knownCodes: DiagnosticCatalog.ids)
            configuration = ConfigurationPrecedence.effective(onDisk: loaded.configuration, openBuffer: nil)
            if !loaded.diagnostics.isEmpty {
                let workspacePath = workspace.relativePath(of: place.url) ?? place.url.path
                files.append(CheckedFile(displayPath: source.name, workspacePath: workspacePath, kind: nil,
                                         diagnostics: checker.report(loaded.diagnostics, in: loaded.tree, workspacePath: workspacePath),
                                         rulesRun: [], suppressions: []))
            }
        }
        // Every file `lint` is given or finds is offered as a commissioning document (`DocumentRole.of`).
        let analyzer = DocumentAnalyzer(configuration: configuration, workspace: workspace, rules: DocumentRole.commissioning.rules)
        let fileChecker = FileChecker(analyzer: analyzer, withExcerpts: checker.withExcerpts, positionEncoding: checker.positionEncoding)

        // Discovery, then checking on every core.
        let paths = options.paths.isEmpty ? ["."] : options.paths
        let discovery = FileDiscovery(workingDirectory: workingDirectory, workspace: workspace, configuration: configuration, vocabulary: vocabulary)
        let found = discovery.discover(paths.filter { $0 != "-" })
        var problems = found.problems
        var fixSummary = ""
        if options.fixes {
            // Its own workspace: the run's shared summaries must not keep texts from before the fixes.
            let fixing = FixPass(analyzer: DocumentAnalyzer(configuration: configuration, workspace: Workspace(root: workspace.root)),
                                 includeUnsafe: options.unsafeFixes, write: options.fix).run(found.targets, reader: fileChecker)
            problems += fixing.problems
            fixSummary = fixing.summary
            if options.diff {
                outcome.standardOutput = fixing.diff
                outcome.standardError = fixSummary + problems.map { $0.line + "\n" }.joined()
                outcome.status = !problems.isEmpty ? ExitStatus.usage : fixing.diff.isEmpty ? ExitStatus.success : ExitStatus.findings
                return outcome
            }
        }
        if paths.contains("-") {
            switch standardInputFile(checker: fileChecker, workspace: workspace) {
            case let .success(file): files.append(file)
            case let .failure(problem): problems.append(problem)
            }
        }
        for result in fileChecker.check(found.targets) {
            switch result {
            case let .success(file): files.append(file)
            case let .failure(problem): problems.append(problem)
            }
        }
        files.sort { $0.displayPath < $1.displayPath }

        // Baselines see every finding; `--severity` only decides what is shown.
        if let path = options.writeBaselinePath {
            let url = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
            if let failure = Baseline.write(Baseline.text(for: files), to: url) {
                problems.append(PathProblem(path: path, message: failure))
            } else {
                let count = files.reduce(0) { $0 + $1.diagnostics.count }
                outcome.standardError += "commissioning-ls: wrote \(TextFormatter.plural(count, "finding")) to the baseline \(path)\n"
            }
        }
        var report = LintReport(files: files, workspaceRoot: workspace.root.path, positionEncoding: options.positionEncoding)
        report.minimumSeverity = options.minimumSeverity
        if options.writeBaselinePath != nil {
            var baseline = Baseline(files: files)
            report.baselineMatches = baseline.filter(&report.files)
        } else if let path = options.baselinePath {
            let url = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
            switch Baseline.load(url, inside: workspace.boundary(forNamed: url, isFolder: false)) {
            case var .success(baseline): report.baselineMatches = baseline.filter(&report.files)
            case let .failure(problem):
                outcome.standardError += "commissioning-ls: lint: \(problem.message)\n"
                outcome.status = ExitStatus.usage
                return outcome
            }
        }
        for index in report.files.indices {
            report.files[index].diagnostics.removeAll { diagnostic in
                guard diagnostic.severity < options.minimumSeverity else { return false }
                report.hiddenBySeverity.add(diagnostic.severity)
                return true
            }
        }

        outcome.standardOutput = render(report)
        for folder in found.emptyFolders {
            let looked = discovery.suffixes.map { "*" + $0 }.joined(separator: ", ")
            outcome.standardError += "commissioning-ls: no documents in \(folder) (looked for \(looked))\n"
        }
        outcome.standardError += fixSummary + problems.map { $0.line + "\n" }.joined()
        outcome.status = status(of: report, problems: problems, messages: &outcome.standardError)
        return outcome
    }

    private func render(_ report: LintReport) -> String {
        if options.statistics {
            return options.format == .json ? StatisticsFormatter.json(report) : StatisticsFormatter.text(report)
        }
        if options.listSuppressions {
            return options.format == .json ? SuppressionListFormatter.json(report) : SuppressionListFormatter.text(report)
        }
        switch options.format {
        case .text: return TextFormatter.format(report, colour: colour)
        case .json: return JSONFormatter.format(report)
        case .sarif: return SARIFFormatter.format(report)
        case .github: return GitHubFormatter.format(report)
        case .junit: return JUnitFormatter.format(report)
        }
    }

    private func status(of report: LintReport, problems: [PathProblem], messages: inout String) -> Int32 {
        if !problems.isEmpty { return ExitStatus.usage }
        if options.listSuppressions { return ExitStatus.success }
        let counts = report.counts
        if counts.errors > 0 { return ExitStatus.findings }
        if let limit = options.maximumWarnings, counts.warnings > limit {
            messages += "commissioning-ls: \(TextFormatter.plural(counts.warnings, "warning")), more than --max-warnings \(limit)\n"
            return ExitStatus.findings
        }
        return ExitStatus.success
    }

    /// Standard input, checked as the file `--stdin-filename` names (for its suffix and its
    /// references), or as `<stdin>`.
    private func standardInputFile(checker: FileChecker, workspace: Workspace) -> Result<CheckedFile, PathProblem> {
        let name = options.standardInputName
        let url = name.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
        let shown = name.map(FileDiscovery.displayName) ?? "<stdin>"
        let bytes = readStandardInput()
        if bytes.count > FileChecker.maximumBytes {
            return .failure(PathProblem(path: shown, message: "is larger than \(FileChecker.maximumBytes >> 20) MB; not checked"))
        }
        if let problem = FileChecker.textProblem(in: bytes) { return .failure(PathProblem(path: shown, message: problem)) }
        let target = LintTarget(url: url, displayPath: shown, workspacePath: url.flatMap { workspace.relativePath(of: $0) } ?? shown)
        return .success(checker.check(bytes, as: target))
    }

    /// A path as shown for a file the run found itself (the configuration): relative to the
    /// current folder when inside it, else absolute.
    private func shownPath(_ url: URL) -> String {
        let base = workingDirectory.standardizedFileURL.pathComponents
        let components = url.standardizedFileURL.pathComponents
        if components.count > base.count, Array(components.prefix(base.count)) == base {
            return components.dropFirst(base.count).joined(separator: "/")
        }
        return url.path
    }
}
