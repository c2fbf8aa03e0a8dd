import Foundation
import Testing

/// `commissioning-ls fmt` through the built binary (issue 18 item 2).
@Suite struct FmtCommandTests {
    static let messy = "kind:   hypothesis-set\ntitle: Older people   \nperiod: { from: 2026-04-01 ,to: 2029-03-31 }\n"
    static let tidy = "kind: hypothesis-set\ntitle: Older people\nperiod: {from: 2026-04-01, to: 2029-03-31}\n"

    @Test func rewritesInPlaceAndLeavesTidyFilesAlone() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("plans/a.hypotheses.yaml", Self.messy)
        try workspace.write("plans/b.hypotheses.yaml", Self.tidy)
        let result = try CLIProcess.run(["fmt", "plans"], in: workspace.root)
        #expect(result.status == 0)
        #expect(try workspace.read("plans/a.hypotheses.yaml") == Self.tidy)
        #expect(try workspace.read("plans/b.hypotheses.yaml") == Self.tidy)
        #expect(result.standardError == "commissioning-ls: formatted 1 file\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url("plans").path).sorted() == ["a.hypotheses.yaml", "b.hypotheses.yaml"])
    }

    @Test func checkListsWhatWouldChangeAndWritesNothing() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("a.hypotheses.yaml", Self.messy)
        try workspace.write("b.hypotheses.yaml", Self.tidy)
        let result = try CLIProcess.run(["fmt", "--check", "."], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.standardOutput == "would reformat a.hypotheses.yaml\n")
        #expect(try workspace.read("a.hypotheses.yaml") == Self.messy)
        let clean = try CLIProcess.run(["fmt", "--check", "b.hypotheses.yaml"], in: workspace.root)
        #expect(clean.status == 0)
        #expect(clean.standardOutput == "")
    }

    @Test func diffShowsTheChanges() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("a.hypotheses.yaml", Self.messy)
        let result = try CLIProcess.run(["fmt", "--diff", "a.hypotheses.yaml"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.standardOutput == """
            --- a/a.hypotheses.yaml
            +++ b/a.hypotheses.yaml
            @@ -1,3 +1,3 @@
            -kind:   hypothesis-set
            -title: Older people   
            -period: { from: 2026-04-01 ,to: 2029-03-31 }
            +kind: hypothesis-set
            +title: Older people
            +period: {from: 2026-04-01, to: 2029-03-31}

            """)
        #expect(try workspace.read("a.hypotheses.yaml") == Self.messy)
    }

    @Test func standardInputToStandardOutput() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let result = try CLIProcess.run(["fmt", "-"], in: workspace.root, input: Data(Self.messy.utf8))
        #expect(result.status == 0)
        #expect(result.standardOutput == Self.tidy)
        let broken = try CLIProcess.run(["fmt", "-"], in: workspace.root, input: Data("title: [a, b\n".utf8))
        #expect(broken.status == 2)
        #expect(broken.standardOutput == "title: [a, b\n")
        #expect(broken.standardError.contains("has syntax errors"))
    }

    @Test func aFileWithSyntaxErrorsIsLeftAndReported() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("a.hypotheses.yaml", "title:   [a, b\n")
        let result = try CLIProcess.run(["fmt", "a.hypotheses.yaml"], in: workspace.root)
        #expect(result.status == 2)
        #expect(result.standardError == "commissioning-ls: a.hypotheses.yaml: has syntax errors; correct them first ('commissioning-ls lint' shows them)\n")
        #expect(try workspace.read("a.hypotheses.yaml") == "title:   [a, b\n")
    }

    @Test(arguments: [
        (["fmt"], "fmt: name the files or folders to format, or '-' for standard input"),
        (["fmt", "--check", "--diff", "."], "fmt: give --check or --diff, not both"),
        (["fmt", "--write", "."], "fmt: unknown option '--write'; run 'commissioning-ls fmt --help'"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let result = try CLIProcess.run(arguments, in: workspace.root)
        #expect(result.status == 2)
        #expect(result.standardError == "commissioning-ls: \(message)\n")
    }
}
