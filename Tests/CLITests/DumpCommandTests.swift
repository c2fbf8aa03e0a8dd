import Foundation
import JSONSupport
import Testing

/// `dump FILE|-` run as a user runs it: the data a YAML 1.2 tool reads, or every error with its place.
@Suite struct DumpCommandTests {
    @Test func poundsAFoldedBlockScalarAndAFlowMappingPrintTheirData() throws {
        let workspace = try FixtureWorkspace()
        try workspace.write("home-care.yaml", """
            title: Home care
            budget: £1.5m
            summary: >
              Folded lines
              join with spaces.

              A new paragraph.
            lead: {name: Adult social care, role: commissioner}

            """)
        let result = try CLIProcess.run(["dump", "home-care.yaml"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let expected: JSONValue = [
            "title": "Home care",
            "budget": "£1.5m",
            "summary": "Folded lines join with spaces.\nA new paragraph.\n",
            "lead": ["name": "Adult social care", "role": "commissioner"],
        ]
        #expect(try JSONParser.parse(result.standardOutput) == expected)
        #expect(result.standardOutput.contains("\"budget\": \"£1.5m\""), "keys in document order, £ as itself")
    }

    @Test func aTabIndentedLineAndAnAnchorAreBothNamedWithTheirPlaces() throws {
        let workspace = try FixtureWorkspace()
        try workspace.write("broken.yaml", "title: x\nbase: &b thing\nitems:\n\t- one\n")
        let result = try CLIProcess.run(["dump", "broken.yaml"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("broken.yaml:2:7: error: ") == true)
        #expect(lines.first?.hasSuffix("[syntax/anchor]") == true)
        #expect(lines.last?.hasPrefix("broken.yaml:4:1: error: ") == true)
        #expect(lines.last?.hasSuffix("[syntax/tab-indentation]") == true)
    }

    @Test func standardInputAndAMissingFile() throws {
        let workspace = try FixtureWorkspace()
        let piped = try CLIProcess.run(["dump", "-"], in: workspace.root, input: Data("ok: yes\nn: 0x1F\n".utf8))
        #expect(piped.status == 0)
        #expect(try JSONParser.parse(piped.standardOutput) == ["ok": "yes", "n": 31])
        let missing = try CLIProcess.run(["dump", "absent.yaml"], in: workspace.root)
        #expect(missing.status == 2)
        #expect(missing.standardError == "commissioning-ls: dump: cannot read 'absent.yaml': no such file\n")
    }
}
