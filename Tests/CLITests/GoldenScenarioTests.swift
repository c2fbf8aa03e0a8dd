import Foundation
import Testing
@testable import CLI

/// Golden scenarios, as Spectral and Vale keep them: a folder per scenario under
/// `Fixtures/scenarios/` with its documents, perhaps a `.commissioning.yaml`, and `lint.expected` —
/// what `lint --severity hint` prints there, then its exit status. Each is run twice, through the
/// engine in this process and through the built binary, from a copy of the folder in a fresh
/// temporary directory (so that no configuration above it is found).
///
/// After a deliberate change of output, rewrite the expectations with
/// `COMMISSIONING_UPDATE_GOLDEN=1 swift test --filter GoldenScenarioTests`, and read the diff.
@Suite struct GoldenScenarioTests {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures/scenarios")
    static let expectationName = "lint.expected"
    static let arguments = ["lint", "--severity", "hint"]

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: scenarios.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// What a run shows, as the expectation file holds it.
    static func transcript(standardOutput: String, status: Int32) -> String {
        standardOutput + "# exit status: \(status)\n"
    }

    /// A copy of the scenario's documents (not its expectation) in a new temporary folder.
    static func copy(_ name: String) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appending(path: "golden-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        let source = scenarios.appending(path: name)
        for entry in try FileManager.default.contentsOfDirectory(atPath: source.path) where entry != expectationName {
            try FileManager.default.copyItem(at: source.appending(path: entry), to: copy.appending(path: entry))
        }
        return copy
    }

    static func expected(_ name: String) throws -> String {
        try String(contentsOf: scenarios.appending(path: "\(name)/\(expectationName)"), encoding: .utf8)
    }

    @Test func thereAreScenariosAndEachHasAnExpectation() throws {
        #expect(Self.names.count >= 6)
        for name in Self.names {
            #expect(FileManager.default.fileExists(atPath: Self.scenarios.appending(path: "\(name)/\(Self.expectationName)").path), "\(name)")
        }
    }

    @Test(arguments: GoldenScenarioTests.names)
    func throughTheEngine(_ name: String) throws {
        let folder = try Self.copy(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = try LintOptions.parse(Array(Self.arguments.dropFirst())).get()
        let outcome = LintRun(options: options, workingDirectory: folder, colour: false, readStandardInput: { [] }).execute()
        let shown = Self.transcript(standardOutput: outcome.standardOutput, status: outcome.status)
        if ProcessInfo.processInfo.environment["COMMISSIONING_UPDATE_GOLDEN"] == "1" {
            try shown.write(to: Self.scenarios.appending(path: "\(name)/\(Self.expectationName)"), atomically: true, encoding: .utf8)
            return
        }
        #expect(outcome.standardError == "")
        #expect(shown == (try Self.expected(name)))
    }

    @Test(arguments: GoldenScenarioTests.names)
    func throughTheBinary(_ name: String) throws {
        let folder = try Self.copy(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIProcess.run(Self.arguments, in: folder)
        #expect(result.standardError == "")
        #expect(Self.transcript(standardOutput: result.standardOutput, status: result.status) == (try Self.expected(name)))
    }
}
