import Analysis
import Features
import Foundation
import SourceText
import Syntax

/// `lint --fix` / `--diff`: fixes each discovered document with the engine the server's code
/// actions use (`DocumentFixes`), one document after another, each seeing the others as they are
/// on disk by then. `--fix` writes each changed document atomically, only if unchanged since
/// read; `--diff` only collects a unified diff.
struct FixPass {
    let analyzer: DocumentAnalyzer
    let includeUnsafe: Bool
    let write: Bool

    struct Result {
        var diff = ""
        var fixesApplied = 0
        var filesChanged = 0
        var unsafeAvailable = 0
        var refused = 0
        var problems: [PathProblem] = []

        /// One line for standard error.
        var summary: String {
            let verb = fixesApplied == 0 ? "fixed nothing" : "\(write ? "applied" : "would apply") \(fixes(fixesApplied)) in \(TextFormatter.plural(filesChanged, "file"))"
            var parts = ["commissioning-ls: \(verb)"]
            if unsafeAvailable > 0 { parts.append("\(fixes(unsafeAvailable, "unsafe ")) available with --unsafe-fixes") }
            if refused > 0 { parts.append("\(fixes(refused)) not applied because the result would have a new error") }
            return parts.joined(separator: "; ") + "\n"
        }

        fileprivate var write = true

        private func fixes(_ count: Int, _ adjective: String = "") -> String {
            "\(count) \(adjective)\(count == 1 ? "fix" : "fixes")"
        }
    }

    func run(_ targets: [LintTarget], reader: FileChecker) -> Result {
        var result = Result()
        result.write = write
        var diffs: [(path: String, text: String)] = []
        // The order `lint` checks in: documents named by others are fixed before those naming them.
        for index in reader.checkingOrder(targets) {
            let target = targets[index]
            guard let url = target.url else { continue }
            let original: [UInt8]
            switch reader.read(target) {
            case let .success(bytes): original = bytes
            case .failure: continue // `lint` itself reports it when checking.
            }
            let origin = DocumentOrigin(displayPath: target.workspacePath, fileURL: url)
            let outcome = DocumentFixes.fix(original, includeUnsafe: includeUnsafe) { bytes in
                analyzer.analyze(SourceFile(name: target.displayPath, bytes: bytes), at: origin)
            }
            result.unsafeAvailable += outcome.unsafeAvailable
            result.refused += outcome.refused.count
            guard outcome.bytes != original else { continue }
            if write {
                if let failure = AtomicFile.replace(url, expecting: original, with: outcome.bytes) {
                    result.problems.append(PathProblem(path: target.displayPath, message: failure))
                    continue
                }
            } else {
                diffs.append((target.displayPath, UnifiedDiff.text(from: original, to: outcome.bytes, path: target.displayPath)))
            }
            result.fixesApplied += outcome.applied.count
            result.filesChanged += 1
        }
        result.diff = diffs.sorted { $0.path < $1.path }.map(\.text).joined()
        return result
    }
}

/// Replaces a file's bytes the way an editor's safe save does: a new file beside it (with its
/// permissions) moved into place by `rename`, so that a reader sees the old text or the new,
/// never half; and only if the file still holds what was read.
enum AtomicFile {
    /// Nil when written; else why not, as a message.
    static func replace(_ url: URL, expecting original: [UInt8], with bytes: [UInt8]) -> String? {
        let path = url.path
        guard let now = FileManager.default.contents(atPath: path), [UInt8](now) == original else {
            return "changed since it was read; not fixed (run again)"
        }
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".commissioning-ls-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            return "could not write beside it in \(folder); not fixed"
        }
        if let permissions = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        // Checked again just before the move, to keep the window for a lost change small.
        guard let still = FileManager.default.contents(atPath: path), [UInt8](still) == original else {
            unlink(temporary)
            return "changed since it was read; not fixed (run again)"
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return "could not be replaced (\(String(cString: strerror(errno)))); not fixed"
        }
        return nil
    }
}
