import Foundation
import JSONSupport
import Testing

/// `lint --format json`: the shape of SPEC §7, with 0-based UTF-16 ranges (or bytes).
@Suite struct LintJSONOutputTests {
    private func diagnostics(_ json: JSONValue, path: String) -> [JSONValue] {
        json["files"]?.arrayValue?.first { $0["path"]?.stringValue == path }?["diagnostics"]?.arrayValue ?? []
    }

    private func range(_ diagnostic: JSONValue) -> [Int?] {
        [diagnostic["range"]?["start"]?["line"]?.intValue, diagnostic["range"]?["start"]?["character"]?.intValue,
         diagnostic["range"]?["end"]?["line"]?.intValue, diagnostic["range"]?["end"]?["character"]?.intValue]
    }

    @Test func shapeAndUTF16Positions() throws {
        let workspace = try FixtureWorkspace("unicode", "warnings")
        defer { workspace.remove() }
        let result = try workspace.lint(["--format", "json"])
        #expect(result.status == 1)
        let json = try JSONParser.parse(result.standardOutput)
        #expect(json["version"]?.intValue == 1)
        let files = try #require(json["files"]?.arrayValue)
        #expect(files.compactMap { $0["path"]?.stringValue } == ["unicode/unicode.hypotheses.yaml", "warnings/few.hypotheses.yaml"])
        #expect(files.allSatisfy { $0["kind"]?.stringValue == "hypothesis-set" })

        let unicode = diagnostics(json, path: "unicode/unicode.hypotheses.yaml").filter { $0["code"]?.stringValue == "schema/unknown-key" }
        #expect(unicode.count == 4)
        #expect(unicode.allSatisfy { $0["severity"]?.stringValue == "error" && !($0["message"]?.stringValue ?? "").isEmpty })
        // 🎯 is two UTF-16 code units; `£` is one.
        #expect(unicode.map(range) == [[4, 9, 4, 11], [4, 50, 4, 52], [5, 0, 5, 7], [6, 0, 6, 2]])

        let summary = try #require(json["summary"])
        #expect(summary["files"]?.intValue == 2)
        #expect(summary["errors"]?.intValue == 4)
        #expect(summary["warnings"]?.intValue == 1)
        #expect(summary["infos"]?.intValue == 0)
        #expect(summary["hints"]?.intValue == 0)
        #expect(summary.objectValue?.keys == ["files", "errors", "warnings", "infos", "hints"])
        #expect(json.objectValue?.keys == ["version", "files", "summary"])
    }

    @Test func byteColumnsWithUTF8() throws {
        let workspace = try FixtureWorkspace("unicode")
        defer { workspace.remove() }
        let json = try JSONParser.parse(try workspace.lint(["--format", "json", "--position-encoding", "utf-8"]).standardOutput)
        let unicode = diagnostics(json, path: "unicode/unicode.hypotheses.yaml").filter { $0["code"]?.stringValue == "schema/unknown-key" }
        // 🎯 is four bytes, `£` two.
        #expect(unicode.map(range) == [[4, 9, 4, 13], [4, 52, 4, 55], [5, 0, 5, 8], [6, 0, 6, 4]])
    }

    @Test func aFolderWithoutDocumentsGivesAnEmptyReport() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("notes/readme.txt", "nothing here")
        let result = try workspace.lint(["notes", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(result.standardOutput)
        #expect(json["files"]?.arrayValue?.isEmpty == true)
        #expect(json["summary"]?["files"]?.intValue == 0)
        #expect(result.standardError.contains("no documents in notes"))
    }
}
