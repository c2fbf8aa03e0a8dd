import Analysis
import Foundation
import JSONSupport
import Testing

/// `lint --format sarif`: SARIF 2.1.0 with what GitHub code scanning requires (its documented
/// required properties: `$schema`, `version`, a run whose `tool.driver` has a `name`; rules with
/// short and full descriptions and help; results with `message.text`, a `locations` entry whose
/// `physicalLocation` has a relative `artifactLocation.uri` and a `region.startLine`, and
/// `partialFingerprints`).
@Suite struct LintSARIFOutputTests {
    private func sarif(_ arguments: [String] = [], workspace: FixtureWorkspace) throws -> JSONValue {
        let result = try workspace.lint(["--format", "sarif"] + arguments)
        #expect(result.status == 1)
        return try JSONParser.parse(result.standardOutput)
    }

    @Test func logRunDriverAndRules() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let log = try sarif(workspace: workspace)
        #expect(log["version"]?.stringValue == "2.1.0")
        #expect(log["$schema"]?.stringValue?.hasPrefix("https://") == true)
        let runs = try #require(log["runs"]?.arrayValue)
        #expect(runs.count == 1)
        let driver = try #require(runs[0]["tool"]?["driver"])
        #expect(driver["name"]?.stringValue == "commissioning-ls")
        #expect(driver["version"]?.stringValue?.isEmpty == false)
        #expect(URL(string: driver["informationUri"]?.stringValue ?? "")?.scheme == "https")

        let rules = try #require(driver["rules"]?.arrayValue)
        let ids = rules.compactMap { $0["id"]?.stringValue }
        #expect(ids.count == Set(ids).count, "one rule per id")
        #expect(Set(DiagnosticCatalog.entries.map(\.id)).isSubset(of: Set(ids)))
        for rule in rules {
            #expect(rule["shortDescription"]?["text"]?.stringValue?.isEmpty == false)
            #expect(rule["fullDescription"]?["text"]?.stringValue?.isEmpty == false)
            #expect(rule["help"]?["text"]?.stringValue?.isEmpty == false)
            #expect(["note", "warning", "error"].contains(rule["defaultConfiguration"]?["level"]?.stringValue ?? ""))
        }
        let countRule = try #require(rules.first { $0["id"]?.stringValue == "hypothesis/count" })
        #expect(countRule["defaultConfiguration"]?["level"]?.stringValue == "warning")
        let countHelp = try #require(countRule["help"]?["text"]?.stringValue)
        #expect(countHelp.contains("IPC, Commissioning for Health and Social Care, ch. 2"))
        #expect(countHelp.contains("five to eight hypotheses"))
        #expect(!countHelp.contains("001_b648799edb4670db.txt"))
    }

    @Test func resultsPointAtRulesAndRegionsAreOneBasedUTF16() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let log = try sarif(workspace: workspace)
        let run = try #require(log["runs"]?[0])
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.arrayValue)
        let results = try #require(run["results"]?.arrayValue)
        #expect(!results.isEmpty)
        for result in results {
            let index = try #require(result["ruleIndex"]?.intValue)
            #expect(rules[index]["id"] == result["ruleId"])
            #expect(["note", "warning", "error"].contains(result["level"]?.stringValue ?? ""))
            #expect(result["message"]?["text"]?.stringValue?.isEmpty == false)
            let location = try #require(result["locations"]?[0]?["physicalLocation"])
            #expect(location["artifactLocation"]?["uri"]?.stringValue == "unicode/unicode.hypotheses.yaml")
            #expect(location["artifactLocation"]?["uriBaseId"]?.stringValue == "%SRCROOT%")
            #expect((location["region"]?["startLine"]?.intValue ?? 0) >= 1)
            #expect(result["partialFingerprints"]?.objectValue?.isEmpty == false)
        }
        let base = try #require(run["originalUriBaseIds"]?["%SRCROOT%"]?["uri"]?.stringValue)
        #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
        #expect(URL(string: base)?.standardizedFileURL.resolvingSymlinksInPath().path == workspace.root.resolvingSymlinksInPath().path)
        #expect(run["columnKind"]?.stringValue == "utf16CodeUnits")

        let regions = results.filter { $0["ruleId"]?.stringValue == "schema/unknown-key" }.map { result in
            let region = result["locations"]?[0]?["physicalLocation"]?["region"]
            return ["startLine", "startColumn", "endLine", "endColumn"].map { region?[$0]?.intValue }
        }
        #expect(regions == [[5, 10, 5, 12], [5, 51, 5, 53], [6, 1, 6, 8], [7, 1, 7, 3]])
    }

    @Test func byteOffsetsWithUTF8AndCodePointsWithUTF32() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let bytes = try sarif(["--position-encoding", "utf-8"], workspace: workspace)
        let first = try #require(bytes["runs"]?[0]?["results"]?.arrayValue?.first { $0["ruleId"]?.stringValue == "schema/unknown-key" })
        let region = first["locations"]?[0]?["physicalLocation"]?["region"]
        let text = try workspace.read("unicode/unicode.hypotheses.yaml")
        let period = try #require(text.range(of: "period: {"))
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: period.upperBound) // the first byte of 🎯 on line 5
        #expect(region?["byteOffset"]?.intValue == offset)
        #expect(region?["byteLength"]?.intValue == 4)

        let points = try sarif(["--position-encoding", "utf-32"], workspace: workspace)
        #expect(points["runs"]?[0]?["columnKind"]?.stringValue == "unicodeCodePoints")
        let pound = points["runs"]?[0]?["results"]?.arrayValue?.filter { $0["ruleId"]?.stringValue == "schema/unknown-key" }[1]
        #expect(pound?["locations"]?[0]?["physicalLocation"]?["region"]?["startColumn"]?.intValue == 50)
    }

    @Test func pathsAreURIs() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("my plans/bad#1.hypotheses.yaml", "kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses: []\nextra: 1\n")
        let log = try sarif(workspace: workspace)
        let uri = log["runs"]?[0]?["results"]?[0]?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue
        #expect(uri == "my%20plans/bad%231.hypotheses.yaml")
    }
}
