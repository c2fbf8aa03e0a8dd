import Foundation
import TestSupport
import Testing

/// What one run of the built `commissioning-ls` produced.
struct CLIResult {
    let status: Int32
    let standardOutput: String
    let standardError: String
    let standardOutputBytes: Data
}

enum CLIProcessError: Error, CustomStringConvertible {
    case notFound
    case timedOut([String])

    var description: String {
        switch self {
        case .notFound: "the commissioning-ls executable was not found next to the tests (run `swift build` first, or set COMMISSIONING_LS_BINARY)"
        case let .timedOut(arguments): "commissioning-ls \(arguments.joined(separator: " ")) did not finish within the time limit"
        }
    }
}

/// Runs the executable SwiftPM built next to the tests (the test target depends on it, so
/// `swift test` builds it first), in a given folder, with a given standard input and
/// environment. `NO_COLOR` is not set unless asked, and standard output is a pipe (not a terminal).
enum CLIProcess {
    static func executable() throws -> URL {
        guard let url = ExecutableLocator.locate("commissioning-ls") else { throw CLIProcessError.notFound }
        return url
    }

    /// `wrapper` (e.g. `["setpriv", "--reuid=65534", …]`) wraps the command, for permission tests;
    /// `binary` runs another copy of the executable instead of the one SwiftPM built.
    static func run(_ arguments: [String], in folder: URL, input: Data = Data(), environment: [String: String] = [:],
                    wrapper: [String] = [], binary: URL? = nil, timeout: TimeInterval = 300) throws -> CLIResult {
        let process = Process()
        let binary = try binary ?? executable()
        if wrapper.isEmpty {
            process.executableURL = binary
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: wrapper[0])
            process.arguments = Array(wrapper.dropFirst()) + [binary.path] + arguments
        }
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = inputPipe
        try process.run()

        // Read both pipes while the process runs, so that a full pipe cannot block it.
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isOutput) in [(outputPipe, true), (errorPipe, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.store(data, isOutput: isOutput)
                group.leave()
            }
        }
        DispatchQueue.global().async {
            inputPipe.fileHandleForWriting.write(input)
            try? inputPipe.fileHandleForWriting.close()
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw CLIProcessError.timedOut(arguments)
        }
        process.waitUntilExit()
        let output = collected.output
        return CLIResult(status: process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
                         standardError: String(decoding: collected.error, as: UTF8.self), standardOutputBytes: output)
    }
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var outputData = Data()
    private var errorData = Data()

    func store(_ data: Data, isOutput: Bool) {
        lock.lock()
        if isOutput { outputData = data } else { errorData = data }
        lock.unlock()
    }

    var output: Data { lock.lock(); defer { lock.unlock() }; return outputData }
    var error: Data { lock.lock(); defer { lock.unlock() }; return errorData }
}

/// A fresh temporary folder holding copies of fixture folders (from `Tests/CLITests/Fixtures`),
/// so that each test has its own workspace: no `.git` or `.commissioning.yaml` above it, and
/// files it may change or lock.
struct FixtureWorkspace {
    let root: URL

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Copies `folders` (names under `Fixtures/`) into a new temporary folder.
    init(_ folders: String...) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in folders {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = url(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: url(relative)), as: UTF8.self)
    }

    func lint(_ arguments: [String] = [], input: Data = Data(), environment: [String: String] = [:], wrapper: [String] = []) throws -> CLIResult {
        try CLIProcess.run(["lint"] + arguments, in: root, input: input, environment: environment, wrapper: wrapper)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
