import Foundation
import JSONSupport
import Schema
import Testing

/// The official JSON-Schema-Test-Suite (draft 2020-12), read from ../shared: every case of every
/// file in `JSONSchemaSuiteFiles.run` must give the expected validity, both from the quick check
/// (`isValid`) and from the full run that collects failures (which must agree).
@Suite struct JSONSchemaSuiteTests {
    static let suiteFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "shared/conformance/json-schema-test-suite/draft2020-12")

    struct Outcome {
        var passed = 0
        var skipped = 0
        var failures: [String] = []
    }

    static func run(file: String) throws -> Outcome {
        let data = try Data(contentsOf: suiteFolder.appending(path: file))
        guard case let .array(groups) = try JSONParser.parse(Array(data)) else { throw SuiteFileError(file: file) }
        var outcome = Outcome()
        for (number, group) in groups.enumerated() {
            let description = group["description"]?.stringValue ?? "group \(number)"
            guard let schemaJSON = group["schema"], let tests = group["tests"]?.arrayValue else { throw SuiteFileError(file: file) }
            let registry = SchemaRegistry(schemas: [(uri: "https://json-schema.test/\(file)/\(number)/schema.json", schema: schemaJSON)])
            let schema = registry.schema("https://json-schema.test/\(file)/\(number)/schema.json")
            let groupSkipped = JSONSchemaSuiteFiles.skippedCases.contains { $0.file == file && $0.group == description && $0.test == nil }
            if !registry.problems.isEmpty && !groupSkipped {
                // A case must not pass only because its schema failed to load.
                outcome.failures.append("\(file) / \(description): schema problems: \(registry.problems)")
            }
            for test in tests {
                let name = test["description"]?.stringValue ?? "?"
                if JSONSchemaSuiteFiles.skipReason(file: file, group: description, test: name) != nil {
                    outcome.skipped += 1
                    continue
                }
                guard let schema, let data = test["data"], let expected = test["valid"]?.boolValue else {
                    outcome.failures.append("\(file) / \(description) / \(name): schema did not load: \(registry.problems)")
                    continue
                }
                let quick = registry.isValid(data, against: schema)
                let failures = registry.validate(data, against: schema)
                if quick == expected && failures.isEmpty == expected {
                    outcome.passed += 1
                } else {
                    let problems = registry.problems.isEmpty ? "" : " (schema problems: \(registry.problems))"
                    outcome.failures.append("\(file) / \(description) / \(name): expected \(expected ? "valid" : "invalid"), isValid said \(quick), validate found \(failures.count) failure(s)\(problems)")
                }
            }
        }
        return outcome
    }

    struct SuiteFileError: Error, CustomStringConvertible {
        let file: String
        var description: String { "\(file) is not a test-suite file" }
    }

    @Test(arguments: JSONSchemaSuiteFiles.run)
    func suiteFile(_ file: String) throws {
        let outcome = try Self.run(file: file)
        let total = outcome.passed + outcome.failures.count
        print("JSON-Schema-Test-Suite draft2020-12/\(file): \(outcome.passed)/\(total) passed, \(outcome.skipped) skipped")
        #expect(total > 0, "no case was run from \(file)")
        for failure in outcome.failures {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test func everySkippedCaseExistsInItsFile() throws {
        for skipped in JSONSchemaSuiteFiles.skippedCases {
            let data = try Data(contentsOf: Self.suiteFolder.appending(path: skipped.file))
            let groups = try JSONParser.parse(Array(data)).arrayValue ?? []
            let group = groups.first { $0["description"]?.stringValue == skipped.group }
            #expect(group != nil, "skipped group not found: \(skipped.file) / \(skipped.group)")
            if let test = skipped.test {
                let found = group?["tests"]?.arrayValue?.contains { $0["description"]?.stringValue == test } ?? false
                #expect(found, "skipped case not found: \(skipped.file) / \(skipped.group) / \(test)")
            }
        }
    }

    @Test func everySuiteFileIsEitherRunOrSkipped() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.suiteFolder.path).filter { $0.hasSuffix(".json") }
        let accounted = Set(JSONSchemaSuiteFiles.run + JSONSchemaSuiteFiles.skipped.map(\.file))
        for name in names {
            #expect(accounted.contains(name), "\(name) is neither run nor listed as skipped with a reason")
        }
    }
}
