import Analysis
import Foundation
import Rules
import Schema

/// Finds the files `lint` checks (README.md, "`lint`"): a file named on the command line is checked whatever
/// its name; a folder is searched recursively for the file suffixes of the document kinds (read
/// from the schemas), leaving out what the configuration's `ignore:` globs match and hidden
/// folders (`.git`, `.build`…). Links to folders are not followed (so a link cannot make the
/// search loop); links to files are, but a file is read only if it lies inside the target's
/// `boundary` (`FileChecker.read`), so a link out of the workspace is reported, never read.
struct FileDiscovery {
    let workingDirectory: URL
    let workspace: Workspace
    let configuration: Configuration
    let vocabulary: Vocabulary

    struct Outcome {
        var targets: [LintTarget] = []
        var problems: [PathProblem] = []
        /// Folders searched that held no document, as typed.
        var emptyFolders: [String] = []
    }

    func discover(_ paths: [String]) -> Outcome {
        var outcome = Outcome()
        var seen: Set<String> = []
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
            let shown = Self.displayName(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                outcome.problems.append(PathProblem(path: shown, message: "no such file or folder"))
                continue
            }
            let boundary = workspace.boundary(forNamed: url, isFolder: isDirectory.boolValue)
            if !isDirectory.boolValue {
                add(url, shown: shown, boundary: boundary, to: &outcome, seen: &seen)
                continue
            }
            guard ContainedFile.realPath(of: url.path).map({ ContainedFile.isInside($0, boundary) }) ?? false else {
                outcome.problems.append(PathProblem(path: shown.isEmpty ? "." : shown, message: "leads outside the workspace (a symbolic link to a folder outside it); not searched"))
                continue
            }
            let before = outcome.targets.count
            walk(url, shown: shown, boundary: boundary, into: &outcome, seen: &seen)
            if outcome.targets.count == before { outcome.emptyFolders.append(shown.isEmpty ? "." : shown) }
        }
        return outcome
    }

    /// The suffixes a folder search looks for, from the schemas (`.strategy.yaml`, …).
    var suffixes: [String] { vocabulary.kinds.flatMap(\.fileSuffixes) }

    /// `relative`: `workspace.relativePath(of: url)` when the caller has it already (it resolves
    /// symbolic links, which is slow enough to matter once per file of a large folder).
    private func add(_ url: URL, shown: String, relative: String?? = nil, boundary: String, to outcome: inout Outcome, seen: inout Set<String>) {
        let key = url.resolvingSymlinksInPath().path
        guard seen.insert(key).inserted else { return }
        let workspacePath = relative ?? workspace.relativePath(of: url)
        outcome.targets.append(LintTarget(url: url, displayPath: shown, workspacePath: workspacePath ?? url.path, boundary: boundary))
    }

    private func walk(_ folder: URL, shown: String, boundary: String, into outcome: inout Outcome, seen: inout Set<String>) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            outcome.problems.append(PathProblem(path: shown.isEmpty ? "." : shown, message: "cannot read this folder: \(Self.reason(error))"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let childShown = shown.isEmpty ? name : shown + "/" + name
            let relative = workspace.relativePath(of: url)
            if let relative, configuration.isIgnored(relative) { continue }
            let type = (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) ?? nil
            switch type {
            case .typeDirectory?:
                walk(url, shown: childShown, boundary: boundary, into: &outcome, seen: &seen)
            case .typeRegular?, .typeSymbolicLink?:
                guard DocumentRole.isCommissioningFileName(name, vocabulary: vocabulary) else { continue }
                // A link to a folder is not followed, nor one to a named pipe or a device (reading it
                // would wait forever), as such entries are skipped themselves; a broken link is
                // reported when read.
                if type == .typeSymbolicLink,
                   let target = (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)[.type] as? FileAttributeType) ?? nil,
                   target != .typeRegular { continue }
                add(url, shown: childShown, relative: .some(relative), boundary: boundary, to: &outcome, seen: &seen)
            default:
                continue
            }
        }
    }

    /// A path as typed, tidied: `./plans/` → `plans`, `.` → empty (its files are shown bare).
    static func displayName(_ path: String) -> String {
        var shown = path
        while shown.hasPrefix("./") { shown.removeFirst(2) }
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        return shown == "." ? "" : shown
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           underlying.code == Int(EACCES) {
            return "permission denied"
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }
}
