import Foundation
import JSONSupport
import Testing

/// `--baseline`, `--write-baseline`, the workspace configuration and `--list-suppressions`.
@Suite struct LintBaselineAndConfigurationTests {
    @Test func aBaselineHidesKnownFindingsEvenAfterEditsElsewhere() throws {
        let workspace = try FixtureWorkspace("unicode", "warnings")
        defer { workspace.remove() }
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path)
        #expect(!before.contains("baseline.json"), "no baseline unless asked")

        let written = try workspace.lint(["--write-baseline", "baseline.json"])
        #expect(written.status == 0, "every finding is now in the baseline")
        #expect(written.standardError.contains("wrote 6 findings to the baseline baseline.json"), "\(written.standardError)")
        let baseline = try JSONParser.parse(try workspace.read("baseline.json"))
        #expect(baseline["version"]?.intValue == 1)
        let entries = try #require(baseline["findings"]?.arrayValue)
        #expect(entries.count == 6, "the hint (unused suppression) is recorded too")
        #expect(entries.allSatisfy { $0["path"]?.stringValue != nil && $0["code"]?.stringValue != nil && $0["fingerprint"]?.stringValue?.count == 16 })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "the temporary file was renamed into place")

        let quiet = try workspace.lint(["--baseline", "baseline.json"])
        #expect(quiet.status == 0)
        #expect(quiet.standardOutput == "2 files: 0 errors, 0 warnings (not shown: 6 findings in the baseline)\n")

        // Lines added above move every finding; the baseline still holds them.
        let path = "unicode/unicode.hypotheses.yaml"
        let edited = try workspace.read(path).replacingOccurrences(of: "kind: hypothesis-set\n", with: "kind: hypothesis-set\n# a new comment\n# and another\n")
        try workspace.write(path, edited)
        #expect(try workspace.lint(["--baseline", "baseline.json"]).status == 0)

        // A new finding is reported, and only it.
        try workspace.write(path, edited + "🎯🎯: 3\n")
        let fresh = try workspace.lint(["--baseline", "baseline.json", "--format", "json"])
        #expect(fresh.status == 1)
        let json = try JSONParser.parse(fresh.standardOutput)
        let reported = json["files"]?.arrayValue?.flatMap { $0["diagnostics"]?.arrayValue ?? [] } ?? []
        #expect(reported.count == 1)
        #expect(reported.first?["message"]?.stringValue?.contains("🎯🎯") == true)
    }

    @Test func aBadBaselineIsAUsageError() throws {
        let workspace = try FixtureWorkspace("warnings")
        defer { workspace.remove() }
        try workspace.write("baseline.json", "{not json")
        let result = try workspace.lint(["--baseline", "baseline.json"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("commissioning-ls: lint: the baseline"))
        let missing = try workspace.lint(["--baseline", "nowhere.json"])
        #expect(missing.status == 2)
    }

    @Test func theWorkspaceConfigurationSetsSeveritiesAndIgnoresAndIsItselfChecked() throws {
        let workspace = try FixtureWorkspace("configured")
        defer { workspace.remove() }
        let folder = workspace.url("configured")
        let result = try CLIProcess.run(["lint"], in: folder)
        #expect(result.status == 0, "\(result.standardOutput)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == ".commissioning.yaml:4:3: warning: There is no rule 'hypothesis/cuont'. Did you mean 'hypothesis/count'? `commissioning-ls rules` lists them. [config/unknown-rule]")
        #expect(!result.standardOutput.contains("[hypothesis/count]"), "switched off")
        #expect(!result.standardOutput.contains("drafts/"), "ignored")
        #expect(lines.last?.hasPrefix("2 files: 0 errors, 1 warning") == true)

        // From a subfolder the root is still the folder holding `.commissioning.yaml`.
        let sub = try CLIProcess.run(["lint", "."], in: folder.appendingPathComponent("plans"))
        #expect(!sub.standardOutput.contains("[hypothesis/count]"))
        #expect(sub.standardOutput.contains("/.commissioning.yaml:4:3: warning:"))

        // --config replaces it; a broken configuration is reported with a range and the run goes on.
        try workspace.write("configured/other.yaml", "rules:\n  hypothesis/count: [error\n")
        let broken = try CLIProcess.run(["lint", "--config", "other.yaml", "plans"], in: folder)
        #expect(broken.standardOutput.contains("other.yaml:2:"))
        #expect(broken.standardOutput.contains("[hypothesis/count]"), "the workspace's `off` no longer applies")
        #expect(broken.status == 1)
        let missing = try CLIProcess.run(["lint", "--config", "absent.yaml"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.standardError == "commissioning-ls: lint: cannot read the configuration 'absent.yaml'\n")
    }

    @Test func suppressionsAreListedWithTheirReasons() throws {
        let workspace = try FixtureWorkspace("warnings")
        defer { workspace.remove() }
        let text = try workspace.lint(["--list-suppressions"])
        #expect(text.status == 0)
        #expect(text.standardOutput == """
            warnings/few.hypotheses.yaml:8:3: disable hypothesis/no-test -- tested through the pilot evaluation report [silenced 1]
            warnings/few.hypotheses.yaml:12:68: disable hypothesis/duplicate-id -- kept while the ids are renumbered [silences nothing]
            2 suppressions in 1 file (of 1 checked)

            """)
        let json = try JSONParser.parse(try workspace.lint(["--list-suppressions", "--format", "json"]).standardOutput)
        let entries = try #require(json["suppressions"]?.arrayValue)
        #expect(entries.map { $0["reason"]?.stringValue } == ["tested through the pilot evaluation report", "kept while the ids are renumbered"])
        #expect(entries.map { $0["silenced"]?.intValue } == [1, 0])
        #expect(entries.map { $0["scope"]?.stringValue } == ["line", "line"])
        #expect(try workspace.lint(["--list-suppressions", "--format", "sarif"]).status == 2)
    }
}
