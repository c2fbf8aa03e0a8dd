import Analysis
import Features
import Foundation
import Rules
import Schema
import SourceText
import Syntax

/// `commissioning-ls render [PATH...] [--out DIR] [--strict]` (issue 19): one self-contained HTML
/// page per document and an `index.html`, for publishing. Documents are found and read as `lint`
/// finds and reads them (`FileDiscovery`, `FileChecker.read` through `ContainedFile`), so nothing
/// outside the workspace is read; the pages are drawn by `Features/Rendering`, this only writes them.
///
/// Exit status: 2 for a usage error or a path that could not be read or written; 1 with
/// `--strict` when a document has errors (it is not rendered); else 0.
enum RenderCommand {
    static var help: String { CommandHelp.render.helpText }

    static func run(_ arguments: [String]) -> Int32 {
        var paths: [String] = []
        var outputFolder = "site"
        var strict = false
        var format = "html"
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--out", "-o":
                guard index + 1 < arguments.count else { return Output.usageError("render: --out needs a folder") }
                outputFolder = arguments[index + 1]
                index += 1
            case "--strict": strict = true
            case "--format":
                guard index + 1 < arguments.count, ["html", "csv", "json"].contains(arguments[index + 1]) else {
                    return Output.usageError("render: --format needs html, csv or json")
                }
                format = arguments[index + 1]
                index += 1
            case "--help", "-h":
                Output.standardOutput(help)
                return ExitStatus.success
            default:
                if argument.hasPrefix("-"), argument != "-" { return Output.usageError("render: unknown option '\(argument)'") }
                if argument == "-" { return Output.usageError("render: reads files, not standard input") }
                paths.append(argument)
            }
            index += 1
        }
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let outcome = RenderRun(paths: paths.isEmpty ? ["."] : paths, workingDirectory: workingDirectory, strict: strict).documents()
        var status = outcome.problems.isEmpty ? ExitStatus.success : ExitStatus.usage
        for problem in outcome.problems { Output.standardError(problem.line + "\n") }
        var rendered = outcome.documents
        if strict {
            let refused = rendered.filter { $0.errorCount > 0 }
            for document in refused {
                Output.standardError("commissioning-ls: render: \(document.workspacePath) has \(ProblemBannerText.count(document.errorCount, "error")); not rendered (--strict)\n")
            }
            if !refused.isEmpty, status == ExitStatus.success { status = ExitStatus.findings }
            rendered.removeAll { $0.errorCount > 0 }
        }
        let folder = URL(fileURLWithPath: outputFolder, relativeTo: workingDirectory).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let site = RenderSite(documents: rendered)
            if format == "json" {
                try Data(SiteData.json(site).utf8).write(to: folder.appendingPathComponent("workspace.json"), options: .atomic)
                Output.standardError("commissioning-ls: wrote workspace.json (\(ProblemBannerText.count(rendered.count, "document"))) into \(outputFolder)\n")
                return status
            }
            if format == "csv" {
                for (name, text) in SiteData.csv(site) {
                    try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
                }
                Output.standardError("commissioning-ls: wrote matrix, forecasts, money, hypotheses and timetable CSV files into \(outputFolder)\n")
                return status
            }
            for document in rendered {
                try Data(DocumentPage.render(document, in: site).utf8).write(to: folder.appendingPathComponent(document.pageName), options: .atomic)
            }
            try Data(IndexPage.render(site).utf8).write(to: folder.appendingPathComponent("index.html"), options: .atomic)
        } catch {
            return Output.usageError("render: cannot write into \(outputFolder): \(error.localizedDescription)")
        }
        Output.standardError("commissioning-ls: rendered \(ProblemBannerText.count(rendered.count, "document")) and index.html into \(outputFolder)\n")
        return status
    }
}

enum ProblemBannerText {
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}

/// Finds, reads and analyses the documents to render, as `lint` does.
struct RenderRun {
    let paths: [String]
    let workingDirectory: URL
    let strict: Bool

    struct Outcome {
        var documents: [RenderInput] = []
        var problems: [PathProblem] = []
    }

    func documents() -> Outcome {
        let vocabulary = Vocabulary.shared
        let root = Workspace.findRoot(from: workingDirectory, configurationFileNames: ConfigurationLoader.fileNames)
        let workspace = Workspace(root: root, referenceSummaries: ReferenceSummaryCache())
        var configuration = Configuration.default
        if let url = ConfigurationLoader.file(in: workspace.root),
           case let .success(source) = ConfigurationFile.read(url, named: url.lastPathComponent, inside: workspace.realRoot) {
            configuration = ConfigurationLoader.load(source, knownCodes: DiagnosticCatalog.ids).configuration
        }
        let analyzer = DocumentAnalyzer(configuration: configuration, workspace: workspace)
        let checker = FileChecker(analyzer: analyzer, withExcerpts: false, positionEncoding: .utf16)
        let found = FileDiscovery(workingDirectory: workingDirectory, workspace: workspace, configuration: configuration, vocabulary: vocabulary).discover(paths)
        var outcome = Outcome(problems: found.problems)
        for target in found.targets {
            switch checker.read(target) {
            case let .failure(problem): outcome.problems.append(problem)
            case let .success(bytes):
                let source = SourceFile(name: target.displayPath, bytes: bytes)
                let tree = Parser.parse(source)
                let analysis = analyzer.analyze(tree, at: DocumentOrigin(displayPath: target.workspacePath, fileURL: target.url))
                outcome.documents.append(RenderInput(workspacePath: target.workspacePath, kind: analysis.kind, tree: tree, source: source,
                                                     diagnostics: analysis.diagnostics))
            }
        }
        return outcome
    }
}
