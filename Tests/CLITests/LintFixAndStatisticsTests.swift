import Foundation
import Testing
@testable import CLI

/// `lint --statistics`, `--fix`, `--unsafe-fixes` and `--diff` through the built binary (issue 18).
@Suite struct LintFixAndStatisticsTests {
    /// The example strategy with three mistakes: a missing section (`rationale`, a safe fix:
    /// its skeleton), prose with a second `: ` (safe: quoted), and a misspelt approach (unsafe:
    /// replaced by the suggested term).
    static func brokenStrategy() throws -> String {
        let example = FixtureWorkspace.repositoryRoot.appendingPathComponent("Schemas/examples/older-people.strategy.yaml")
        var text = String(decoding: try Data(contentsOf: example), as: UTF8.self)
        text = text.replacingOccurrences(of: "approach: integrated\n", with: "approach: integratd\n")
        let rationale = try #require(text.range(of: "rationale:"))
        let aims = try #require(text.range(of: "aims:"))
        text.removeSubrange(rationale.lowerBound..<aims.lowerBound)
        text = text.replacingOccurrences(of: "owner: Northshire Joint Commissioning Board\n",
                                         with: "owner: Northshire Joint Commissioning Board\nsumary: Our aim: more people at home\n")
        return text
    }

    /// The `rationale` section as `commissioning-ls new strategy` writes it: what its fix inserts.
    private func rationaleSkeleton(in workspace: FixtureWorkspace) throws -> [String] {
        let new = try CLIProcess.run(["new", "strategy"], in: workspace.root)
        let lines = new.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("# Rationale:") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("# Aims:") })
        #expect(lines[start..<end].contains("rationale:") && lines[start..<end].contains("  market: TODO"))
        return Array(lines[start..<end])
    }

    private func workspace() throws -> (FixtureWorkspace, String) {
        let workspace = try FixtureWorkspace()
        let text = try Self.brokenStrategy()
        try workspace.write("plan.strategy.yaml", text)
        let hypotheses = FixtureWorkspace.repositoryRoot.appendingPathComponent("Schemas/examples/older-people.hypotheses.yaml")
        try workspace.write("older-people.hypotheses.yaml", try Data(contentsOf: hypotheses))
        return (workspace, text)
    }

    @Test func statisticsCountPerRuleSortedByCountWithFixable() throws {
        let (workspace, _) = try workspace()
        defer { workspace.remove() }
        let result = try workspace.lint(["--statistics"])
        #expect(result.status == 1)
        #expect(result.standardOutput == """
            count  rule                           severity  fixable
                1  schema/enum                    error     0 (+1 unsafe)
                1  schema/required                error     1
                1  schema/unknown-key             error     0
                1  syntax/collection-on-key-line  error     1

            4 findings; 2 fixable with --fix, 1 more with --unsafe-fixes.

            """)
        let json = try workspace.lint(["--statistics", "--format", "json"])
        let object = try #require(JSONSerialization.jsonObject(with: json.standardOutputBytes) as? [String: Any])
        let rows = try #require(object["statistics"] as? [[String: Any]])
        #expect(rows.map { $0["code"] as? String } == ["schema/enum", "schema/required", "schema/unknown-key", "syntax/collection-on-key-line"])
        #expect(rows.map { $0["fixable"] as? Int } == [0, 1, 0, 1])
        #expect(rows.map { $0["unsafeFixable"] as? Int } == [1, 0, 0, 0])
        #expect(rows.allSatisfy { $0["severity"] as? String == "error" && $0["count"] as? Int == 1 })
    }

    @Test func statisticsSortsByCountThenId() throws {
        let workspace = try FixtureWorkspace("configured")
        defer { workspace.remove() }
        let json = try workspace.lint(["--statistics", "--format", "json"])
        let object = try #require(JSONSerialization.jsonObject(with: json.standardOutputBytes) as? [String: Any])
        let rows = try #require(object["statistics"] as? [[String: Any]])
        let keys = rows.map { (($0["count"] as? Int) ?? 0, ($0["code"] as? String) ?? "") }
        #expect(keys.count > 1)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 <= $1.1) })
    }

    @Test func diffPrintsTheSafeFixesAndWritesNothing() throws {
        let (workspace, text) = try workspace()
        defer { workspace.remove() }
        let result = try workspace.lint(["--diff"])
        #expect(result.status == 1)
        #expect(try workspace.read("plan.strategy.yaml") == text)
        // The missing section comes whole, after a blank line, as `new` writes it.
        let rationale = try rationaleSkeleton(in: workspace)
        #expect(result.standardOutput == """
            --- a/plan.strategy.yaml
            +++ b/plan.strategy.yaml
            @@ -12,9 +12,\(9 + 1 + rationale.count) @@
             period: {from: 2026-04-01, to: 2029-03-31}
             status: agreed
             owner: Northshire Joint Commissioning Board
            -sumary: Our aim: more people at home
            +sumary: "Our aim: more people at home"
             commissioning-levels: [strategic, operational]
             commissioning-types: [area-based-joint]
            +

            """ + rationale.map { "+" + $0 + "\n" }.joined() + """
             
             aims:
               - statement: To reduce the number of older people who require acute hospital and residential care.

            """)
        #expect(result.standardError == "commissioning-ls: would apply 2 fixes in 1 file; 1 unsafe fix available with --unsafe-fixes\n")
        let unsafe = try workspace.lint(["--diff", "--unsafe-fixes"])
        #expect(unsafe.standardOutput.contains("-approach: integratd\n+approach: integrated\n"))
        #expect(unsafe.standardError == "commissioning-ls: would apply 3 fixes in 1 file\n")
    }

    @Test func fixWritesTheSafeFixesThenReportsWhatRemains() throws {
        let (workspace, text) = try workspace()
        defer { workspace.remove() }
        let result = try workspace.lint(["--fix"])
        let expected = try text
            .replacingOccurrences(of: "sumary: Our aim: more people at home\n", with: "sumary: \"Our aim: more people at home\"\n")
            .replacingOccurrences(of: "commissioning-types: [area-based-joint]\n",
                                  with: "commissioning-types: [area-based-joint]\n\n" + rationaleSkeleton(in: workspace).joined(separator: "\n") + "\n")
        #expect(try workspace.read("plan.strategy.yaml") == expected)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("[schema/enum]"))
        #expect(!result.standardOutput.contains("[syntax/collection-on-key-line]"))
        #expect(!result.standardOutput.contains("[schema/required]"))
        #expect(result.standardError == "commissioning-ls: applied 2 fixes in 1 file; 1 unsafe fix available with --unsafe-fixes\n")
        // No temporary file is left beside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted()
        #expect(names == ["older-people.hypotheses.yaml", "plan.strategy.yaml"])

        let unsafe = try workspace.lint(["--fix", "--unsafe-fixes"])
        #expect(try workspace.read("plan.strategy.yaml") == expected.replacingOccurrences(of: "approach: integratd\n", with: "approach: integrated\n"))
        #expect(unsafe.standardError == "commissioning-ls: applied 1 fix in 1 file\n")
        #expect(!unsafe.standardOutput.contains("[schema/enum]"))

        // Nothing left to fix: the file is not rewritten.
        let again = try workspace.lint(["--fix", "--unsafe-fixes"])
        #expect(again.standardError == "commissioning-ls: fixed nothing\n")
    }

    @Test func aCleanDocumentIsLeftByteForByte() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let example = FixtureWorkspace.repositoryRoot.appendingPathComponent("Schemas/examples/older-people.hypotheses.yaml")
        let bytes = try Data(contentsOf: example)
        try workspace.write("older-people.hypotheses.yaml", bytes)
        let diff = try workspace.lint(["--diff"])
        #expect(diff.status == 0)
        #expect(diff.standardOutput == "")
        let fix = try workspace.lint(["--fix"])
        #expect(fix.status == 0)
        #expect(try Data(contentsOf: workspace.url("older-people.hypotheses.yaml")) == bytes)
    }

    @Test(arguments: [
        (["--unsafe-fixes"], "--unsafe-fixes needs --fix or --diff"),
        (["--fix", "--diff"], "--diff shows the fixes without writing them: give --fix or --diff, not both"),
        (["--fix", "-"], "--fix and --diff change files: standard input ('-') cannot be fixed"),
        (["--statistics", "--format", "sarif"], "--statistics prints text or json, not sarif"),
        (["--fixx"], "unknown option '--fixx' (did you mean '--fix'?)"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let workspace = try FixtureWorkspace("warnings")
        defer { workspace.remove() }
        let result = try workspace.lint(arguments)
        #expect(result.status == 2)
        let suffix = message.hasPrefix("unknown option") ? "; run 'commissioning-ls lint --help'" : ""
        #expect(result.standardError == "commissioning-ls: lint: \(message)\(suffix)\n")
    }

    /// A file changed by someone else between `lint` reading it and writing it is left as they left it.
    @Test func aFileChangedSinceReadIsLeftAlone() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("a.strategy.yaml", "old\n")
        let url = workspace.url("a.strategy.yaml")
        try workspace.write("a.strategy.yaml", "changed meanwhile\n")
        let failure = AtomicFile.replace(url, expecting: Array("old\n".utf8), with: Array("fixed\n".utf8))
        #expect(failure == "changed since it was read; not fixed (run again)")
        #expect(try workspace.read("a.strategy.yaml") == "changed meanwhile\n")
        #expect(AtomicFile.replace(url, expecting: Array("changed meanwhile\n".utf8), with: Array("fixed\n".utf8)) == nil)
        #expect(try workspace.read("a.strategy.yaml") == "fixed\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path) == ["a.strategy.yaml"])
    }

    @Test func unifiedDiffMatchesDiffU() {
        let old = Array("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n".utf8)
        let new = Array("a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk".utf8)
        #expect(UnifiedDiff.text(from: old, to: new, path: "x") == """
            --- a/x
            +++ b/x
            @@ -1,5 +1,5 @@
             a
            -b
            +B
             c
             d
             e
            @@ -8,3 +8,4 @@
             h
             i
             j
            +k
            \\ No newline at end of file

            """)
        #expect(UnifiedDiff.text(from: old, to: old, path: "x") == "")
    }
}
