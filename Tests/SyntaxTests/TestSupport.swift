import JSONSupport
import SourceText
import Syntax

/// Small helpers shared by the parser tests.
func parse(_ text: String, limits: ParserLimits = .default) -> SyntaxTree {
    Parser.parse(SourceFile(name: "test.yaml", text: text), limits: limits)
}

extension SyntaxTree {
    /// The diagnostic codes, in document order.
    var codes: [String] { diagnostics.map(\.code) }

    /// The source text a range covers.
    func text(_ range: TextRange) -> String { source.text(in: range) }

    /// The node at a path from the root.
    func node(_ path: PathComponent...) -> SyntaxNode? { root?.node(at: path) }

    /// The entry for `key` in the mapping at `path`.
    func entry(_ key: String, in path: PathComponent...) -> MappingEntry? { root?.node(at: path)?.mapping?.entry(key) }

    /// Data of an error-free document (nil if there are errors, so tests cannot miss them).
    var cleanJSON: JSONValue? { diagnostics.isEmpty ? toJSON() : nil }
}

/// JSON text → value, for readable expectations.
func json(_ text: String) -> JSONValue {
    (try? JSONParser.parse(text)) ?? .string("<invalid JSON in test: \(text)>")
}

/// Byte offset of the first occurrence of `needle` in `text` (plus `delta`).
func offset(of needle: String, in text: String, plus delta: Int = 0) -> Int {
    guard let range = text.range(of: needle) else { return -1 }
    return text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound) + delta
}
