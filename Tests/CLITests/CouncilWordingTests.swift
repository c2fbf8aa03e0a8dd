import Foundation
import Testing

/// Documents worded as published council strategies word them (issue 13): money in millions and a
/// year, financial years, a market that is both contracted and self-funded, services to redevelop
/// and re-commission, budget arrangements. The binary must find nothing to report in them.
@Suite struct CouncilWordingTests {
    @Test func documentsInCouncilWordingLintClean() throws {
        let workspace = try FixtureWorkspace("council-wording")
        defer { workspace.remove() }
        let result = try workspace.lint(["--format", "json"])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 3)
        for file in files {
            let diagnostics = try #require(file["diagnostics"] as? [Any])
            #expect(diagnostics.isEmpty, "\(file["path"] ?? "?"): \(diagnostics)")
        }
    }

    /// The fixture does hold the wording it is meant to prove is accepted.
    @Test func theFixtureHoldsTheWording() throws {
        let folder = FixtureWorkspace.fixtures.appendingPathComponent("council-wording")
        let text = try ["strategy", "mps", "framework"].map {
            try String(contentsOf: folder.appendingPathComponent("council-wording.\($0).yaml"), encoding: .utf8)
        }.joined()
        for wording in ["£184 million", "£1.2 million", "£38.5 million", "£3.5m p.a.", "£1.5m per year", "£250k a year",
                        "£83,000 per annum", "£4m pa", "£1/4m", "£650 a week", "£21.50 an hour", "£18m a year",
                        "year: 2028/29", "year: 2034-35", "year: 2028/2029", "when: 2028/29",
                        "market-situation: [multiple-contracted-providers, personal-budgets-self-funders]",
                        "change: redevelop", "change: re-commission", "group: independent-providers",
                        "budget-arrangements: [pooled-budget, section-75-agreement]"] {
            #expect(text.contains(wording), "\(wording)")
        }
    }
}
