/// The project's link graph: which documents link to which files, both ways — the paths each
/// checked document links to (its references: by document key, with the generation they were
/// read from), and the reverse, the documents linking to each path (its dependents). Both are
/// updated as each document is checked or closed, so that finding the documents to check again
/// after a change costs the same however many documents are open, rather than growing with the
/// square of their number as rebuilding the reverse on each change would.
public struct LinkGraph: Sendable {
    private var forward: [String: (generation: UInt64, paths: Set<String>)] = [:]
    private var reverse: [String: Set<String>] = [:]

    public init() {}

    /// The paths `uri` links to, if they were recorded for this generation.
    public func paths(of uri: String, generation: UInt64) -> Set<String>? {
        guard let entry = forward[uri], entry.generation == generation else { return nil }
        return entry.paths
    }

    /// The URIs whose recorded links include `path`.
    public func uris(linkingTo path: String) -> Set<String> { reverse[path] ?? [] }

    /// Records what a version links to; an older version than the one recorded is ignored.
    public mutating func record(_ uri: String, generation: UInt64, paths: Set<String>) {
        if let existing = forward[uri] {
            guard existing.generation <= generation else { return }
            unlink(uri, from: existing.paths.subtracting(paths))
            link(uri, to: paths.subtracting(existing.paths))
        } else {
            link(uri, to: paths)
        }
        forward[uri] = (generation, paths)
    }

    /// Forgets a document (closed).
    public mutating func remove(_ uri: String) {
        guard let existing = forward.removeValue(forKey: uri) else { return }
        unlink(uri, from: existing.paths)
    }

    /// Documents recorded (open or since closed).
    public var count: Int { forward.count }

    /// Forgets every document but those `isOpen` accepts.
    public mutating func keep(_ isOpen: (String) -> Bool) {
        for uri in forward.keys where !isOpen(uri) { remove(uri) }
    }

    private mutating func link(_ uri: String, to paths: Set<String>) {
        for path in paths { reverse[path, default: []].insert(uri) }
    }

    private mutating func unlink(_ uri: String, from paths: Set<String>) {
        for path in paths {
            reverse[path]?.remove(uri)
            if reverse[path]?.isEmpty == true { reverse.removeValue(forKey: path) }
        }
    }
}
