import Analysis
import Foundation
import Schema
import Testing
@testable import CLI

/// A commissioner has the book or the report, not our seed files: no output of the built tool
/// names a seed file (`001_b648799edb4670db.txt`) unless `explain --sources lines` is asked for
/// the seed lines, and even then it gives the short `001:216`.
@Suite struct SeedFileNameTests {
    static let here = FixtureWorkspace.repositoryRoot
    static var seedFileName: Regex<Substring> { #/\d{3}_[0-9a-f]{16}\.txt/# }

    /// Documents whose findings quote what an element holds, Table 2.1, a matrix cell's or a
    /// stage's example activities, and a missing section's description, each with a citation.
    static let faultyDocuments = [
        "faulty.strategy.yaml": """
            kind: commissioning-strategy
            title: Older people
            population: TODO
            guidance-and-research: TBC
            rationale:
              market: no
            """,
        "faulty.framework.yaml": """
            kind: commissioning-framework
            title: Northshire
            partners: [Northshire Council]
            approach: joint
            cycle:
              analyse: [Undertake a population needs assessment.]
              plan: [Write a joint commissioning strategy.]
              do: [Tender for services and let contracts.]
              review: []
            integration:
              contracting:
                current: joint
            """,
    ]

    private func expectNoSeedFileName(_ text: String, _ what: String) {
        let match = text.firstMatch(of: Self.seedFileName)
        #expect(match == nil, "\(what) names a seed file: …\(match.map { String(text[text.index($0.range.lowerBound, offsetBy: -min(60, text.distance(from: text.startIndex, to: $0.range.lowerBound)))..<$0.range.upperBound]) } ?? "")")
    }

    @Test func explainCitesEveryRulesSourcesAsAReaderFindsThem() throws {
        for entry in DiagnosticCatalog.entries {
            let text = ExplainCommand.text(for: entry)
            expectNoSeedFileName(text, "explain \(entry.id)")
            for source in entry.sources {
                #expect(text.contains(source.quote.split(separator: " ").prefix(4).joined(separator: " ")), "\(entry.id): the quote is missing")
            }
            let lines = ExplainCommand.text(for: entry, sources: .lines)
            expectNoSeedFileName(lines, "explain \(entry.id) --sources lines")
            for source in entry.sources {
                let reference = try #require(SourceReference(source.reference))
                #expect(lines.contains(Bibliography.lineReference(reference)), "\(entry.id): no seed lines with --sources lines")
            }
        }
        let run = try CLIProcess.run(["explain", "matrix/no-evidence"], in: Self.here)
        #expect(run.status == 0)
        expectNoSeedFileName(run.standardOutput, "the built explain")
        #expect(try CLIProcess.run(["explain", "matrix/no-evidence", "--sources", "pages"], in: Self.here).status == 2)
    }

    @Test func rulesAndEverySkeletonNameNoSeedFile() throws {
        for arguments in [["rules"], ["rules", "--format", "markdown"]] {
            let result = try CLIProcess.run(arguments, in: Self.here)
            #expect(result.status == 0)
            expectNoSeedFileName(result.standardOutput, arguments.joined(separator: " "))
        }
        for kind in Vocabulary.shared.kinds {
            let result = try CLIProcess.run(["new", kind.id], in: Self.here)
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("[IPC, "), "new \(kind.id) cites no source")
            expectNoSeedFileName(result.standardOutput, "new \(kind.id)")
        }
    }

    @Test func lintMessagesAndSARIFHelpNameNoSeedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seed-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.faultyDocuments { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let examples = Self.here.appendingPathComponent("Schemas/examples")
        for file in try FileManager.default.contentsOfDirectory(atPath: examples.path) {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        let text = try CLIProcess.run(["lint", "."], in: folder)
        // The faulty documents must really produce the cited messages this test is about.
        for code in ["content/placeholder", "strategy/rationale", "cycle/stage-missing", "matrix/no-evidence"] {
            #expect(text.standardOutput.contains(code), "\(code) did not fire: \(text.standardOutput)")
        }
        #expect(text.standardOutput.contains("[IPC, "))
        expectNoSeedFileName(text.standardOutput, "lint")
        for format in ["sarif", "json", "github", "junit"] {
            let result = try CLIProcess.run(["lint", ".", "--format", format], in: folder)
            expectNoSeedFileName(result.standardOutput, "lint --format \(format)")
        }
    }
}
