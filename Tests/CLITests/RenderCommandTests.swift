import Foundation
import TestSupport
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
    /// A Python with selenium and axe-core-python (which bundles axe-core 4): COMMISSIONING_AXE_PYTHON
    /// when set, else a virtual environment made once from PyPI in `.build-python/axe` (git-ignored).
    static let axe = PythonEnvironment(
        folder: FixtureWorkspace.repositoryRoot.appendingPathComponent(".build-python/axe"), requirements: ["selenium>=4.10", "axe-core-python"],
        imports: ["selenium", "axe_core_python"], purpose: "The render tests check every page with axe-core in Chromium",
        overrideVariable: "COMMISSIONING_AXE_PYTHON")
    static let hasBrowserAndDriver = chromium != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")

    /// axe-core, in headless Chromium at desktop and phone widths, finds no violation of WCAG 2.0
    /// or 2.1 at level A or AA (nor of its best practices) on any page of the examples or of the
    /// golden scenarios (`Fixtures/scenarios`).
    @Test(.enabled(if: hasBrowserAndDriver, "install chromium and chromium-driver (Debian) to run axe-core on the pages; skipped"))
    func axeFindsNoViolationOnAnyPage() throws {
        let python = try Self.axe.interpreter()
        let (workspace, result) = try Self.renderExamples()
        defer { workspace.remove() }
        #expect(result.status == 0)
        var sites = [workspace.url("site").path]
        let scenarios = FixtureWorkspace.fixtures.appendingPathComponent("scenarios")
        for name in try FileManager.default.contentsOfDirectory(atPath: scenarios.path).sorted() where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: scenarios.appendingPathComponent(name), to: workspace.url("scenarios/" + name))
            let rendered = try CLIProcess.run(["render", ".", "--out", "site"], in: workspace.url("scenarios/" + name))
            #expect(rendered.status == 0, "\(name): \(rendered.standardError)")
            sites.append(workspace.url("scenarios/\(name)/site").path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [FixtureWorkspace.fixtures.appendingPathComponent("render/axe_check.py").path] + sites
        let outcome = try PythonEnvironment.runToEnd(process)
        #expect(outcome.status == 0, "\(outcome.output)")
        let pageCount = try sites.map { try FileManager.default.contentsOfDirectory(atPath: $0).filter { $0.hasSuffix(".html") }.count }.reduce(0, +)
        #expect(pageCount > 6 + 8)
        #expect(outcome.output.contains("pages: \(pageCount) violations: 0"), "\(outcome.output)")
    }
}

private extension URL {
    /// The URL, after making its folder.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
