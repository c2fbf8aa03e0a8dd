import Foundation
import Testing

/// Every rendered page parses as HTML without a single parse error (html5lib, which follows the
/// WHATWG parsing algorithm browsers use): a stray or unclosed tag, a missing doctype or a bad
/// character reference fails. Runs when a Python with html5lib is found (Debian's
/// python3-html5lib, which `.ci/run` installs); else skipped with the reason.
extension RenderCommandTests {
    static let validator = FixtureWorkspace.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/render/validate_html.py")

    /// COMMISSIONING_HTML_PYTHON, else Debian's Python 3, when it can import html5lib.
    static let html5libPython: String? = {
        let candidates = [ProcessInfo.processInfo.environment["COMMISSIONING_HTML_PYTHON"], "/usr/bin/python3"].compactMap { $0 }
        return candidates.first { path in
            guard FileManager.default.isExecutableFile(atPath: path) else { return false }
            return (try? run(path, ["-c", "import html5lib"]).status) == 0
        }
    }()

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test(.enabled(if: html5libPython != nil, "no Python with html5lib (apt-get install python3-html5lib, or set COMMISSIONING_HTML_PYTHON); HTML validity is not checked"))
    func everyPageParsesWithoutAnHTMLError() throws {
        let (workspace, result) = try Self.renderExamples()
        defer { workspace.remove() }
        #expect(result.status == 0)
        // A draft with errors and markup in its text: the banner and the escaping are parsed too.
        try workspace.write("drafts/bad.framework.yaml",
                            "kind: commissioning-framework\ntitle: <script>alert(1)</script> & \"Falls\"\nperiod: {from: 2027-01-01, to: 2026-01-01}\napproach: sideways\n")
        #expect(try CLIProcess.run(["render", "drafts", "--out", "drafts-site"], in: workspace.root).status == 0)
        let pages = Self.pages.map { workspace.url("site/" + $0).path } + [workspace.url("drafts-site/drafts--bad.framework.html").path]
        for page in pages { #expect(FileManager.default.fileExists(atPath: page), "\(page) was rendered") }
        let python = try #require(Self.html5libPython)
        let check = try Self.run(python, [Self.validator.path] + pages)
        #expect(check.status == 0, "HTML parse errors:\n\(check.output)")
    }

    @Test(.enabled(if: html5libPython != nil, "no Python with html5lib; the validator is not checked"))
    func theValidatorReportsBrokenHTML() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.html", "<!DOCTYPE html><html lang=\"en\"><title>x</title><p>a</b></html>")
        let check = try Self.run(try #require(Self.html5libPython), [Self.validator.path, workspace.url("broken.html").path])
        #expect(check.status == 1)
        #expect(check.output.contains("unexpected-end-tag"), "\(check.output)")
    }
}
