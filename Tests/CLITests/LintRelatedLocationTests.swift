import Foundation
import JSONSupport
import Testing

/// The places a diagnostic points to ("'H1' first used here") reach every format, whether `lint`
/// runs at the workspace root or in a folder below it: rules name the document by its path below
/// the root, and `lint` shows it as it shows the file.
@Suite struct LintRelatedLocationTests {
    static let duplicateIds = """
        kind: hypothesis-set
        title: Older people
        population: Older people in Northshire
        hypotheses:
          - id: H1
            statement: There is not enough home care in the north of the county.
            test: Count unmet packages each month.
          - id: H1
            statement: Investing more in reablement will reduce admissions.
            test: Compare admissions before and after.

        """

    /// A workspace whose root is marked by its configuration, so that `plans/` is no root of its own.
    private func workspace() throws -> FixtureWorkspace {
        let workspace = try FixtureWorkspace()
        try workspace.write(".commissioning.yaml", "rules: {hypothesis/count: off}\n")
        try workspace.write("plans/a.hypotheses.yaml", Self.duplicateIds)
        return workspace
    }

    /// `lint` run at the root (`.`), and in `plans/`, with the path each shows the document by.
    private func runs(_ workspace: FixtureWorkspace) -> [(folder: URL, shown: String)] {
        [(workspace.root, "plans/a.hypotheses.yaml"), (workspace.url("plans"), "a.hypotheses.yaml")]
    }

    @Test func textShowsTheNoteFromAnyFolder() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        for (folder, shown) in runs(workspace) {
            let result = try CLIProcess.run(["lint"], in: folder)
            #expect(result.status == 1, "\(result.standardError)")
            let lines = result.standardOutput.split(separator: "\n").map(String.init)
            let error = try #require(lines.firstIndex { $0.hasPrefix("\(shown):8:9: error:") && $0.hasSuffix("[hypothesis/duplicate-id]") }, "\(result.standardOutput)")
            // The diagnostic, its source line and underline, then the note.
            #expect(lines.dropFirst(error + 3).first == "\(shown):5:9: note: 'H1' first used here", "\(result.standardOutput)")
        }
    }

    @Test func jsonCarriesARelatedArray() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        for (folder, shown) in runs(workspace) {
            let json = try JSONParser.parse(try CLIProcess.run(["lint", "--format", "json"], in: folder).standardOutput)
            let file = try #require(json["files"]?.arrayValue?.first)
            #expect(file["path"]?.stringValue == shown)
            let duplicate = try #require(file["diagnostics"]?.arrayValue?.first { $0["code"]?.stringValue == "hypothesis/duplicate-id" })
            let related: JSONValue = .array([.object([
                "path": .string(shown),
                "range": .object(["start": .object(["line": 4, "character": 8]), "end": .object(["line": 4, "character": 10])]),
                "message": "'H1' first used here",
            ])])
            #expect(duplicate["related"] == related)
            // Diagnostics without related places have no `related` member.
            #expect(file["diagnostics"]?.arrayValue?.filter { $0["related"] != nil }.count == 1)
        }
    }

    @Test func sarifCarriesRelatedLocationsBelowTheRoot() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        for (folder, _) in runs(workspace) {
            let log = try JSONParser.parse(try CLIProcess.run(["lint", "--format", "sarif"], in: folder).standardOutput)
            let results = try #require(log["runs"]?[0]?["results"]?.arrayValue)
            let duplicate = try #require(results.first { $0["ruleId"]?.stringValue == "hypothesis/duplicate-id" })
            let related = try #require(duplicate["relatedLocations"]?.arrayValue)
            #expect(related.count == 1)
            let location = related.first?["physicalLocation"]
            #expect(location?["artifactLocation"] == .object(["uri": "plans/a.hypotheses.yaml", "uriBaseId": "%SRCROOT%"]))
            #expect(location?["region"] == .object(["startLine": 5, "startColumn": 9, "endLine": 5, "endColumn": 11]))
            #expect(related.first?["message"]?["text"]?.stringValue == "'H1' first used here")
            #expect(related.first?["id"]?.intValue == 0)
        }
    }

    @Test func githubAndJUnitNameTheRelatedPlace() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        for (folder, shown) in runs(workspace) {
            let github = try CLIProcess.run(["lint", "--format", "github"], in: folder).standardOutput
            let annotation = try #require(github.split(separator: "\n").first { $0.contains("title=hypothesis/duplicate-id") })
            #expect(annotation.hasSuffix("%0Aplans/a.hypotheses.yaml:5:9: 'H1' first used here"), "\(annotation)")
            let junit = try CLIProcess.run(["lint", "--format", "junit"], in: folder).standardOutput
            #expect(junit.contains("[hypothesis/duplicate-id]\n\(shown):5:9: note: &apos;H1&apos; first used here</failure>"), "\(junit)")
        }
    }
}
