import Analysis
import Foundation
import JSONSupport

/// Findings a team has accepted for now (`--baseline FILE`), so that `lint` reports only new
/// ones: each recorded by the file's path relative to the workspace root, its code and its
/// `Fingerprint` (which survives edits elsewhere in the file). A finding recorded N times
/// hides at most N matching findings.
///
/// The file is JSON: `{"version": 1, "findings": [{"path", "code", "fingerprint", "message"}]}`.
/// `message` is for people reading the file; matching ignores it.
struct Baseline {
    struct Key: Hashable {
        let path: String
        let code: String
        let fingerprint: String
    }

    static let version = 1
    private(set) var remaining: [Key: Int] = [:]

    init(files: [CheckedFile]) {
        for file in files {
            for diagnostic in file.diagnostics {
                remaining[Key(path: file.workspacePath, code: diagnostic.code, fingerprint: diagnostic.fingerprint), default: 0] += 1
            }
        }
    }

    /// Reads a baseline file, which must lie inside the real folder `boundary`; a one-line reason
    /// when it cannot be used.
    static func load(_ url: URL, inside boundary: String?) -> Result<Baseline, LintUsageError> {
        let data: [UInt8]
        switch ContainedFile.read(url.path, inside: boundary, maximumBytes: FileChecker.maximumBytes) {
        case let .success(bytes): data = bytes
        case .failure(.missing): return .failure(LintUsageError("cannot read the baseline '\(url.path)'"))
        case let .failure(refusal): return .failure(LintUsageError("cannot read the baseline '\(url.path)': \(refusal.reason)"))
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(String(decoding: data, as: UTF8.self))
        } catch {
            return .failure(LintUsageError("the baseline '\(url.path)' is not JSON (\(error)); write a new one with --write-baseline"))
        }
        guard json["version"]?.intValue == version, let findings = json["findings"]?.arrayValue else {
            return .failure(LintUsageError("the baseline '\(url.path)' is not a version \(version) baseline; write a new one with --write-baseline"))
        }
        var baseline = Baseline(files: [])
        for finding in findings {
            guard let path = finding["path"]?.stringValue, let code = finding["code"]?.stringValue,
                  let fingerprint = finding["fingerprint"]?.stringValue else {
                return .failure(LintUsageError("the baseline '\(url.path)' has an entry without path, code and fingerprint"))
            }
            baseline.remaining[Key(path: path, code: code, fingerprint: fingerprint), default: 0] += 1
        }
        return .success(baseline)
    }

    /// Removes the findings the baseline holds; returns how many it removed.
    mutating func filter(_ files: inout [CheckedFile]) -> Int {
        var removed = 0
        for index in files.indices {
            let path = files[index].workspacePath
            files[index].diagnostics.removeAll { diagnostic in
                let key = Key(path: path, code: diagnostic.code, fingerprint: diagnostic.fingerprint)
                guard let count = remaining[key], count > 0 else { return false }
                remaining[key] = count - 1
                removed += 1
                return true
            }
        }
        return removed
    }

    /// The baseline of these findings as JSON text, sorted so that it diffs well.
    static func text(for files: [CheckedFile]) -> String {
        var entries: [(key: Key, message: String)] = []
        for file in files {
            for diagnostic in file.diagnostics {
                entries.append((Key(path: file.workspacePath, code: diagnostic.code, fingerprint: diagnostic.fingerprint), diagnostic.message))
            }
        }
        entries.sort { ($0.key.path, $0.key.code, $0.key.fingerprint, $0.message) < ($1.key.path, $1.key.code, $1.key.fingerprint, $1.message) }
        let findings: [JSONValue] = entries.map { entry in
            .object(["path": .string(entry.key.path), "code": .string(entry.key.code),
                     "fingerprint": .string(entry.key.fingerprint), "message": .string(entry.message)])
        }
        let document: JSONValue = .object(["version": .int(version), "tool": "commissioning-ls", "findings": .array(findings)])
        return JSONWriter(pretty: true).string(document) + "\n"
    }

    /// Writes atomically: a temporary file in the same folder, then a rename over the target, so
    /// a reader never sees half a baseline.
    static func write(_ text: String, to url: URL) -> String? {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            return "cannot write the baseline in '\(folder.path)'"
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            return "cannot write the baseline '\(url.path)': \(reason)"
        }
        return nil
    }
}
