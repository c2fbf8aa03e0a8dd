import Analysis
import Foundation
import JSONSupport
import SourceText
import Syntax

/// `commissioning-ls dump FILE|-`: the document's data as pretty JSON, in document order —
/// exactly what a YAML 1.2 (core schema) tool reads. If the document has syntax errors, they
/// are printed to standard error (one `path:line:col: error: message [code]` line each) and
/// nothing to standard output; the exit status is then 1. `.inf` and `.nan`, which JSON cannot
/// hold, are printed as `null`.
enum DumpCommand {
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 1, let path = arguments.first, path == "-" || !path.hasPrefix("-") else {
            return Output.usageError("dump: give one file, or '-' for standard input")
        }
        let bytes: [UInt8]
        let displayName: String
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            displayName = "<stdin>"
        } else {
            switch readFile(path) {
            case let .success(contents): bytes = contents
            case let .failure(message): return Output.usageError("dump: cannot read '\(path)': \(message)")
            }
            displayName = path
        }
        let source = SourceFile(name: displayName, bytes: bytes)
        let tree = Parser.parse(source)
        let errors = tree.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            Output.standardError(errors.map { DiagnosticLine.format($0, in: source, path: displayName) + "\n" }.joined())
            return ExitStatus.findings
        }
        Output.standardOutput(JSONWriter(pretty: true).string(tree.toJSON()) + "\n")
        return ExitStatus.success
    }

    private enum ReadResult {
        case success([UInt8])
        case failure(String)
    }

    /// Through `ContainedFile`: a named pipe or a device is refused, not waited on, and a link
    /// is followed no further than the folder the file is named in.
    private static func readFile(_ path: String) -> ReadResult {
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        switch ContainedFile.read(path, inside: ContainedFile.realPath(of: folder) ?? folder, maximumBytes: ParserLimits.default.maximumDocumentBytes) {
        case let .success(bytes): return .success(bytes)
        case .failure(.missing): return .failure("no such file")
        case let .failure(refusal): return .failure(refusal.reason)
        }
    }
}
