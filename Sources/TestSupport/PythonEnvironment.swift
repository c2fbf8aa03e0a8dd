import Foundation

/// A Python virtual environment with the packages a check needs, made on first use from PyPI in
/// a git-ignored folder, so that a fresh clone needs only the toolchain and `python3`. A file
/// lock serialises test processes; a marker written last makes an interrupted pip start again.
public struct PythonEnvironment: Sendable {
    public let folder: URL
    public let requirements: [String]
    /// Modules imported to check the environment works.
    public let imports: [String]
    /// What the packages are for, and the variable that names a ready Python instead, for the failure message.
    public let purpose: String
    public let overrideVariable: String

    public init(folder: URL, requirements: [String], imports: [String], purpose: String, overrideVariable: String) {
        self.folder = folder
        self.requirements = requirements
        self.imports = imports
        self.purpose = purpose
        self.overrideVariable = overrideVariable
    }

    public struct Result: Sendable {
        public let status: Int32
        public let output: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public let step: String
        public let output: String
        let environment: PythonEnvironment
        public var description: String {
            """
            \(environment.purpose), and could not set up Python for it: \(step) failed.
            \(output)
            Either make `python3 -m venv` and `pip install` from PyPI work on this machine (on Debian: \
            apt-get install python3-venv), or point \(environment.overrideVariable) at a Python that has \
            \(environment.requirements.map { "'\($0)'" }.joined(separator: " and ")) installed.
            """
        }
    }

    private var python: URL { folder.appending(path: "bin/python") }
    private var readyMarker: URL { folder.appending(path: "commissioning-ready") }

    /// The interpreter: the override variable's when set, else this environment, made if needed.
    public func interpreter() throws(Failure) -> String {
        if let path = ProcessInfo.processInfo.environment[overrideVariable], !path.isEmpty { return path }
        return try provision()
    }

    public func provision() throws(Failure) -> String {
        let lock = folder.deletingLastPathComponent().appending(path: folder.lastPathComponent + ".lock")
        try? FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(lock.path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw Failure(step: "opening \(lock.path)", output: String(cString: strerror(errno)), environment: self) }
        defer { close(descriptor) }
        // Another test process may be making the environment: wait for it, then find it ready.
        guard flock(descriptor, LOCK_EX) == 0 else { throw Failure(step: "locking \(lock.path)", output: String(cString: strerror(errno)), environment: self) }
        defer { flock(descriptor, LOCK_UN) }
        if FileManager.default.fileExists(atPath: readyMarker.path) { return python.path }
        try? FileManager.default.removeItem(at: folder)
        try step("python3 -m venv \(folder.path)", "/usr/bin/env", ["python3", "-m", "venv", folder.path])
        try step("pip install " + requirements.joined(separator: " "), python.path,
                 ["-m", "pip", "install", "--quiet", "--disable-pip-version-check"] + requirements)
        try step("importing " + imports.joined(separator: " and "), python.path, ["-c", "import " + imports.joined(separator: ", ")])
        guard FileManager.default.createFile(atPath: readyMarker.path, contents: Data()) else {
            throw Failure(step: "writing \(readyMarker.path)", output: "", environment: self)
        }
        return python.path
    }

    private func step(_ name: String, _ executable: String, _ arguments: [String]) throws(Failure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        do {
            let result = try Self.runToEnd(process)
            guard result.status == 0 else { throw Failure(step: name, output: result.output, environment: self) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(step: name, output: "\(error)", environment: self)
        }
    }

    /// Runs `process` with standard error merged into the output, and waits for it.
    public static func runToEnd(_ process: Process) throws -> Result {
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
