import Foundation
import TestSupport
import JSONSupport

/// Where the tests find the repository, `Schemas/` and the seeds (never copied in: read from
/// `../shared` beside the repository, as the team's rules say).
enum SchemaTestPaths {
    /// Tests/SchemaTests/ThisFile.swift → three levels up.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemas = repositoryRoot.appending(path: "Schemas")
    static let examples = schemas.appending(path: "examples")
    static let seeds = repositoryRoot.deletingLastPathComponent().appending(path: "shared/seeds")

    /// The schema files on disk, by path relative to `Schemas/` (top level only: examples are YAML).
    static func schemaFilesOnDisk() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: schemas.path) where name.hasSuffix(".json") {
            files[name] = try String(contentsOf: schemas.appending(path: name), encoding: .utf8)
        }
        return files
    }

    static func exampleFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    }
}

/// Seed text, line by line, with the normalisation used to compare quotations: curly quotes made
/// straight, HTML tags and bullets dropped, runs of white space made one space.
enum SeedText {
    static func lines(of file: String) -> [String]? {
        guard let text = try? String(contentsOf: SchemaTestPaths.seeds.appending(path: file), encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func normalise(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            .replacingOccurrences(of: "•", with: " ").replacingOccurrences(of: "·", with: " ")
        result = result.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return result.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}

/// Runs Python (with `jsonschema` and PyYAML) for the checks that need an independent JSON
/// Schema implementation: COMMISSIONING_PYTHON when set, else a virtual environment made once
/// from PyPI in `.build-python/venv` (git-ignored).
enum PythonChecker {
    typealias Result = PythonEnvironment.Result

    static let environment = PythonEnvironment(
        folder: SchemaTestPaths.repositoryRoot.appending(path: ".build-python/venv"), requirements: ["jsonschema>=4.18", "pyyaml"],
        imports: ["jsonschema", "yaml"],
        purpose: "The schema tests check Schemas/ with Python's jsonschema, independently of our own validator",
        overrideVariable: "COMMISSIONING_PYTHON")

    /// Runs `script` with `arguments`; standard error is merged into the output so failures explain themselves.
    static func run(_ script: String, arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try interpreter())
        process.arguments = ["-c", script] + arguments
        process.currentDirectoryURL = SchemaTestPaths.repositoryRoot
        return try PythonEnvironment.runToEnd(process)
    }

    static func interpreter() throws -> String { try provisioned.get() }

    /// Provisioned at most once per test process (a `static let` is initialised once, and other
    /// threads asking meanwhile wait for it); the file lock inside serialises test processes.
    private static let provisioned = Swift.Result<String, PythonEnvironment.Failure> { () throws(PythonEnvironment.Failure) -> String in
        try environment.interpreter()
    }
}

/// Walks a JSON value, calling `visit` with each object and the JSON Pointer to it.
func walkSchemaObjects(_ value: JSONValue, at pointer: String = "", _ visit: (JSONObject, String) -> Void) {
    switch value {
    case let .object(object):
        visit(object, pointer)
        for (key, member) in object { walkSchemaObjects(member, at: pointer + "/" + key, visit) }
    case let .array(items):
        for (index, item) in items.enumerated() { walkSchemaObjects(item, at: pointer + "/\(index)", visit) }
    default:
        break
    }
}
