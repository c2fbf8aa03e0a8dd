import Foundation

/// A document's identity in the project: its path relative to the workspace root, as rules name
/// documents in related places and as `lint` shows them. Front ends convert at their edges —
/// the server from and to URIs, `lint` from the paths it is given — and compare ids inside.
public struct DocumentID: Hashable, Sendable, CustomStringConvertible {
    /// Relative to the root, without a leading `/` (`plans/older-people.strategy.yaml`).
    public let workspacePath: String

    public init(workspacePath: String) { self.workspacePath = workspacePath }

    /// The id of the file at `path` when it is below `root` as written (both standardised by the
    /// caller or not: `.` and `..` are resolved here, symbolic links are not). Comparing written
    /// paths costs no file system call, which matters on every keystroke; what a reference may
    /// read is decided by `Workspace`, with links resolved.
    public init?(path: String, below root: String) {
        self.init(standardizedPath: URL(fileURLWithPath: path).standardizedFileURL.path,
                  below: URL(fileURLWithPath: root).standardizedFileURL.path)
    }

    /// `init(path:below:)` for paths the caller has standardised (`standardizedFileURL.path`).
    public init?(standardizedPath path: String, below root: String) {
        guard path.hasPrefix(root), path.count > root.count else { return nil }
        let rest = path.dropFirst(root.count)
        guard rest.hasPrefix("/") || root.hasSuffix("/") else { return nil }
        workspacePath = String(rest.drop { $0 == "/" })
    }

    /// Where the document is, below `root`.
    public func url(below root: URL) -> URL { root.appending(path: workspacePath).standardizedFileURL }

    public var description: String { workspacePath }
}
