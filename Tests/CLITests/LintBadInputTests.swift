import Foundation
import JSONSupport
import Testing

/// Bad input of every kind a new user might try: each gets a clear message, and the run goes
/// on with the other files.
@Suite struct LintBadInputTests {
    /// The unicode fixture is always there too, to show that the run went on.
    private func workspace() throws -> FixtureWorkspace { try FixtureWorkspace("unicode") }

    private func stillCheckedTheOthers(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.standardOutput.contains("unicode/unicode.hypotheses.yaml:5:10: error:"), sourceLocation: sourceLocation)
    }

    @Test func anEmptyFile() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("empty.strategy.yaml", "")
        let result = try workspace.lint()
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("empty.strategy.yaml:1:1: error: This document is empty."))
        stillCheckedTheOthers(result)
    }

    @Test func aBinaryFile() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("photo.mps.yaml", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0x00]))
        let result = try workspace.lint()
        #expect(result.status == 2)
        #expect(result.standardError == "commissioning-ls: photo.mps.yaml: is a binary file, not a text document (it contains NUL bytes); not checked\n")
        stillCheckedTheOthers(result)
    }

    @Test func invalidUTF8IsReportedInPlace() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        // "£1m" saved as Latin-1: the pound sign is the single byte 0xA3.
        try workspace.write("latin1.hypotheses.yaml", Data("kind: hypothesis-set\ntitle: Budget ".utf8) + Data([0xA3]) + Data("1m\npopulation: P\n".utf8))
        let result = try workspace.lint(["--format", "json"])
        #expect(result.status == 1)
        let json = try JSONParser.parse(result.standardOutput)
        let file = try #require(json["files"]?.arrayValue?.first { $0["path"]?.stringValue == "latin1.hypotheses.yaml" })
        let invalid = try #require(file["diagnostics"]?.arrayValue?.first { $0["code"]?.stringValue == "syntax/invalid-utf8" })
        #expect(invalid["range"]?["start"]?["line"]?.intValue == 1)
        let text = try workspace.lint()
        #expect(text.standardOutput.contains("latin1.hypotheses.yaml:2:"))
        #expect(text.standardOutput.contains("\u{FFFD}"), "the bad byte is shown as U+FFFD")
    }

    @Test func aFileWithNoKindAndNoKnownSuffixNamedExplicitly() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("notes.yaml", "title: Some notes\npopulation: Older people\n")
        let folder = try workspace.lint()
        #expect(!folder.standardOutput.contains("notes.yaml"), "a folder search looks only for the kinds' suffixes")
        let named = try workspace.lint(["notes.yaml", "unicode"])
        #expect(named.status == 1)
        #expect(named.standardOutput.contains("notes.yaml:1:1: error: "))
        #expect(named.standardOutput.contains("[kind/unknown]"))
        stillCheckedTheOthers(named)
    }

    @Test func aFolderWithoutPermission() throws {
        let workspace = try workspace()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.url("locked").path)
            workspace.remove()
        }
        try workspace.write("locked/secret.hypotheses.yaml", "kind: hypothesis-set\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.root.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: workspace.url("locked").path)
        // Root reads every folder, so as root the binary runs as `nobody`.
        let wrapper = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try workspace.lint([], wrapper: wrapper)
        #expect(result.status == 2)
        #expect(result.standardError.contains("commissioning-ls: locked: cannot read this folder: permission denied"), "\(result.standardError)")
        stillCheckedTheOthers(result)
    }

    @Test func aFiftyMegabyteFileIsChecked() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        var text = "kind: hypothesis-set\ntitle: Large\npopulation: Older people\nhypotheses:\n"
        // Long statements keep the node count under the parser's limit of a million values.
        let words = String(repeating: "in a locality where community support is thin and carers are stretched ", count: 12)
        let item = "  - id: H%d\n    statement: Investing in reablement %d \(words)will reduce admissions to residential care.\n    test: Compare admissions before and after.\n"
        var index = 0
        while text.utf8.count < 50 << 20 {
            index += 1
            text += String(format: item, index, index)
        }
        try workspace.write("large.hypotheses.yaml", text)
        let result = try workspace.lint(["--format", "json"])
        let json = try JSONParser.parse(result.standardOutput)
        let large = try #require(json["files"]?.arrayValue?.first { $0["path"]?.stringValue == "large.hypotheses.yaml" })
        let codes = Set(large["diagnostics"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? [])
        #expect(codes.contains("hypothesis/count"), "far more than eight hypotheses")
        #expect(!codes.contains { $0.hasPrefix("syntax/") })
        #expect(result.status == 1, "the unicode fixture has errors")
    }

    @Test func aFileOverTheSizeLimitIsNotReadButReported() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let url = workspace.url("huge.strategy.yaml")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(65 << 20)) // sparse: no 65 MB written
        try handle.close()
        let result = try workspace.lint()
        #expect(result.status == 2)
        #expect(result.standardError.contains("commissioning-ls: huge.strategy.yaml: is larger than 64 MB"))
        stillCheckedTheOthers(result)
    }

    @Test func standardInputWithAndWithoutAName() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let text = try workspace.read("unicode/unicode.hypotheses.yaml").replacingOccurrences(of: "kind: hypothesis-set\n", with: "")
        // Named: the suffix gives the kind, so only the unknown keys are errors.
        let named = try workspace.lint(["-", "--stdin-filename", "plans/piped.hypotheses.yaml"], input: Data(text.utf8))
        #expect(named.status == 1)
        #expect(named.standardOutput.contains("plans/piped.hypotheses.yaml:4:10: error: "))
        #expect(!named.standardOutput.contains("kind/unknown"))
        // Unnamed: no suffix and no `kind:`.
        let unnamed = try workspace.lint(["-"], input: Data(text.utf8))
        #expect(unnamed.standardOutput.contains("<stdin>:"))
        #expect(unnamed.standardOutput.contains("[kind/unknown]"))
        #expect(!unnamed.standardOutput.contains("unicode/"), "'-' alone reads only standard input")
    }
}
