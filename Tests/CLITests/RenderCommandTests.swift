import Foundation
import Testing

/// `commissioning-ls render` end to end with the built binary, and the pages in a real browser
/// (headless Chromium: screenshot and PDF) when one is installed.
@Suite struct RenderCommandTests {
    /// Renders the examples into a fresh folder; returns the folder (the caller removes it).
    static func renderExamples(_ extra: [String] = []) throws -> (FixtureWorkspace, CLIResult) {
        let workspace = try FixtureWorkspace()
        for name in try FileManager.default.contentsOfDirectory(atPath: FixtureWorkspace.repositoryRoot.appendingPathComponent("Schemas/examples").path)
        where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: FixtureWorkspace.repositoryRoot.appendingPathComponent("Schemas/examples/" + name), to: workspace.url("examples/" + name).creatingFolder())
        }
        let result = try CLIProcess.run(["render", "examples", "--out", "site"] + extra, in: workspace.root)
        return (workspace, result)
    }

    static let pages = ["examples--home-care.mps.html", "examples--northshire.framework.html", "examples--older-people.hypotheses.html",
                        "examples--older-people.strategy.html", "examples--send.hypotheses.html", "index.html"]

    @Test func rendersEveryExampleAndAnIndex() throws {
        let (workspace, result) = try Self.renderExamples()
        defer { workspace.remove() }
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("rendered 5 documents and index.html into site"))
        let written = try FileManager.default.contentsOfDirectory(atPath: workspace.url("site").path).sorted()
        #expect(written == Self.pages)
        let index = try workspace.read("site/index.html")
        for page in Self.pages.dropLast() { #expect(index.contains(#"href="\#(page)""#)) }
        let framework = try workspace.read("site/examples--northshire.framework.html")
        #expect(framework.contains(#"<table class="matrix">"#))
        // The framework's key documents link to the pages rendered beside it.
        #expect(framework.contains(#"<a href="examples--older-people.strategy.html">"#))
    }

    @Test func strictRefusesADocumentWithErrors() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("bad.framework.yaml", "kind: commissioning-framework\ntitle: Bad\nperiod: {from: 2027-01-01, to: 2026-01-01}\napproach: sideways\n")
        let loose = try CLIProcess.run(["render", ".", "--out", "site"], in: workspace.root)
        #expect(loose.status == 0)
        #expect(try workspace.read("site/bad.framework.html").contains("Draft — "))
        let strict = try CLIProcess.run(["render", ".", "--out", "strict", "--strict"], in: workspace.root)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("bad.framework.yaml has"))
        #expect(!FileManager.default.fileExists(atPath: workspace.url("strict/bad.framework.html").path))
    }

    @Test func aPathOutsideTheWorkspaceThroughALinkIsNotRead() throws {
        let outside = try FixtureWorkspace()
        let workspace = try FixtureWorkspace()
        defer { outside.remove(); workspace.remove() }
        try workspace.write(".commissioning.yaml", "rules: {}\n")
        try outside.write("secret.framework.yaml", "kind: commissioning-framework\ntitle: Secret\n")
        try FileManager.default.createSymbolicLink(at: workspace.url("leak.framework.yaml"), withDestinationURL: outside.url("secret.framework.yaml"))
        let result = try CLIProcess.run(["render", ".", "--out", "site"], in: workspace.root)
        #expect(result.status == 2)
        #expect(!((try? workspace.read("site/leak.framework.html")) ?? "").contains("Secret"))
    }

    @Test func csvAndJSONFormatsWriteTheTablesAndTheModel() throws {
        let (workspace, _) = try Self.renderExamples()
        defer { workspace.remove() }
        let csv = try CLIProcess.run(["render", "examples", "--out", "data", "--format", "csv"], in: workspace.root)
        #expect(csv.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url("data").path).sorted()
                == ["forecasts.csv", "hypotheses.csv", "matrix.csv", "money.csv", "timetable.csv"])
        #expect(try workspace.read("data/money.csv").hasPrefix("document,service,change,investment,hypotheses\r\n"))
        let json = try CLIProcess.run(["render", "examples", "--out", "data", "--format", "json"], in: workspace.root)
        #expect(json.status == 0)
        #expect(try workspace.read("data/workspace.json").contains(#""page": "examples--northshire.framework.html""#))
    }

    @Test func usageErrors() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        #expect(try CLIProcess.run(["render", "--out"], in: workspace.root).status == 2)
        #expect(try CLIProcess.run(["render", "--bogus"], in: workspace.root).status == 2)
        #expect(try CLIProcess.run(["render", "--format", "pdf"], in: workspace.root).status == 2)
    }

    // MARK: In a real browser

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func browser(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium); the browser check is skipped"))
    func everyPagePaintsInChromiumAndPrintsToPDF() throws {
        let (workspace, result) = try Self.renderExamples()
        defer { workspace.remove() }
        #expect(result.status == 0)
        for page in Self.pages {
            let url = workspace.url("site/" + page)
            let shot = workspace.url("shots/" + page + ".png")
            try FileManager.default.createDirectory(at: shot.deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(try Self.browser(["--screenshot=\(shot.path)", "--window-size=1280,2000", url.absoluteString]) == 0)
            // A blank page compresses to a few kilobytes; painted headings and tables do not.
            let size = try FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int ?? 0
            #expect(size > 20_000, "\(page): screenshot of \(size) bytes")
            let pdf = workspace.url("shots/" + page + ".pdf")
            #expect(try Self.browser(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", url.absoluteString]) == 0)
            let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
            let pageCount = text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
            #expect(text.hasPrefix("%PDF"), "\(page)")
            #expect(pageCount > 0, "\(page): \(pageCount) pages")
        }
    }
}

extension RenderCommandTests {
    /// A Python with selenium and axe-selenium-python, named by COMMISSIONING_AXE_PYTHON.
    static let axePython = ProcessInfo.processInfo.environment["COMMISSIONING_AXE_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }

    @Test(.enabled(if: chromium != nil && axePython != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"),
                   "set COMMISSIONING_AXE_PYTHON to a Python with selenium and axe-selenium-python, and install chromium and chromium-driver, to run axe-core; skipped"))
    func axeFindsNoViolationOnAnyPage() throws {
        let (workspace, result) = try Self.renderExamples()
        defer { workspace.remove() }
        #expect(result.status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.axePython))
        process.arguments = [FixtureWorkspace.fixtures.appendingPathComponent("render/axe_check.py").path, workspace.url("site").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("pages: 6 violations: 0"), "\(text)")
    }
}

private extension URL {
    /// The URL, after making its folder.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
