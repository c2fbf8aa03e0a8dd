import Foundation
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
/// Schema implementation. The interpreter is COMMISSIONING_PYTHON when set; otherwise a virtual
/// environment this file provisions once, from PyPI, in `.build-python/venv` (git-ignored), so a
/// fresh clone needs only the toolchain and `python3`.
enum PythonChecker {
    struct Result {
        let status: Int32
        let output: String
    }

    /// Runs `script` with `arguments`; standard error is merged into the output so failures explain themselves.
    static func run(_ script: String, arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try interpreter())
        process.arguments = ["-c", script] + arguments
        process.currentDirectoryURL = SchemaTestPaths.repositoryRoot
        return try PythonEnvironment.runToEnd(process)
    }

    static func interpreter() throws -> String {
        if let path = ProcessInfo.processInfo.environment["COMMISSIONING_PYTHON"], !path.isEmpty { return path }
        return try provisioned.get()
    }

    /// Provisioned at most once per test process (a `static let` is initialised once, and other
    /// threads asking meanwhile wait for it); the file lock inside serialises test processes.
    private static let provisioned = Swift.Result<String, PythonEnvironment.Failure> { () throws(PythonEnvironment.Failure) -> String in
        try PythonEnvironment(folder: SchemaTestPaths.repositoryRoot.appending(path: ".build-python/venv")).provision()
    }
}

/// A virtual environment with `jsonschema` and PyYAML, made on first use.
struct PythonEnvironment {
    let folder: URL
    static let requirements = ["jsonschema>=4.18", "pyyaml"]

    struct Failure: Error, CustomStringConvertible {
        let step: String
        let output: String
        var description: String {
            """
            The schema tests check Schemas/ with Python's jsonschema, independently of our own validator, \
            and could not set up Python for it: \(step) failed.
            \(output)
            Either make `python3 -m venv` and `pip install` from PyPI work on this machine (on Debian: \
            apt-get install python3-venv), or point COMMISSIONING_PYTHON at a Python that has \
            \(PythonEnvironment.requirements.map { "'\($0)'" }.joined(separator: " and ")) installed.
            """
        }
    }

    private var python: URL { folder.appending(path: "bin/python") }
    /// Written last, so a half-made environment (an interrupted pip) is made again next time.
    private var readyMarker: URL { folder.appending(path: "commissioning-ready") }

    func provision() throws(Failure) -> String {
        let lock = folder.deletingLastPathComponent().appending(path: folder.lastPathComponent + ".lock")
        try? FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(lock.path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw Failure(step: "opening \(lock.path)", output: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // Another test process may be making the environment: wait for it, then find it ready.
        guard flock(descriptor, LOCK_EX) == 0 else { throw Failure(step: "locking \(lock.path)", output: String(cString: strerror(errno))) }
        defer { flock(descriptor, LOCK_UN) }
        if FileManager.default.fileExists(atPath: readyMarker.path) { return python.path }
        try? FileManager.default.removeItem(at: folder)
        try step("python3 -m venv \(folder.path)", "/usr/bin/env", ["python3", "-m", "venv", folder.path])
        try step("pip install " + Self.requirements.joined(separator: " "), python.path,
                 ["-m", "pip", "install", "--quiet", "--disable-pip-version-check"] + Self.requirements)
        try step("importing jsonschema and yaml", python.path, ["-c", "import jsonschema, yaml"])
        guard FileManager.default.createFile(atPath: readyMarker.path, contents: Data()) else {
            throw Failure(step: "writing \(readyMarker.path)", output: "")
        }
        return python.path
    }

    private func step(_ name: String, _ executable: String, _ arguments: [String]) throws(Failure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        do {
            let result = try Self.runToEnd(process)
            guard result.status == 0 else { throw Failure(step: name, output: result.output) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(step: name, output: "\(error)")
        }
    }

    /// Runs `process` with standard error merged into the output, and waits for it.
    static func runToEnd(_ process: Process) throws -> PythonChecker.Result {
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PythonChecker.Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
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
