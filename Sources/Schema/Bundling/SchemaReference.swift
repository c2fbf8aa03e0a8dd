import JSONSupport

/// A `$ref` between our schema files: an optional relative file name and a JSON Pointer,
/// e.g. `vocabulary.schema.json#/$defs/lever` or `#/$defs/area-assessment`. Network references
/// and anything else are not ours, and parse to nil.
public struct SchemaReference: Sendable, Hashable {
    /// nil for a reference inside the same file.
    public let file: String?
    /// Unescaped pointer tokens: `["$defs", "lever"]`.
    public let pointer: [String]

    public init(file: String?, pointer: [String]) {
        self.file = file
        self.pointer = pointer
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let file = parts.first.map(String.init) ?? ""
        // A scheme (`https:`, `file:`) or an absolute path would leave the set of files we ship.
        if file.contains(":") || file.hasPrefix("/") || file.contains("..") { return nil }
        let fragment = parts.count > 1 ? String(parts[1]) : ""
        guard fragment.isEmpty || fragment.hasPrefix("/") else { return nil }
        let tokens = fragment.isEmpty ? [] : fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        self.init(file: file.isEmpty ? nil : file, pointer: tokens)
    }

    /// The pointer written back as a fragment, `#/$defs/lever`.
    public var fragment: String {
        "#" + pointer.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }

    /// The value the reference points at, read from `documents` (keyed by file name), with
    /// `currentFile` standing in when the reference names no file.
    public func resolve(in documents: [String: JSONValue], from currentFile: String) -> JSONValue? {
        guard var value = documents[file ?? currentFile] else { return nil }
        for token in pointer {
            if let next = value[token] {
                value = next
            } else if let index = Int(token), let next = value[index] {
                value = next
            } else {
                return nil
            }
        }
        return value
    }
}
