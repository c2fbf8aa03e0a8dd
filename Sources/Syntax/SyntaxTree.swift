import JSONSupport
import SourceText

/// The result of parsing one document: a tree that is always there (possibly partial), the
/// comments, and the syntax diagnostics. Parsing never fails; errors become diagnostics.
public struct SyntaxTree: Sendable {
    public let source: SourceFile
    /// The document's top node; nil for an empty document (only comments or nothing).
    public let root: SyntaxNode?
    /// Every comment, in document order (suppression comments are read from here).
    public let comments: [Comment]
    /// `syntax/…` diagnostics, in document order.
    public let diagnostics: [Diagnostic]
    /// At least the number of nodes a full parse of `source` makes (the parser's count; after
    /// incremental parses, a bound that only grows), held against `ParserLimits.maximumNodes`.
    public let nodeCount: Int

    public init(source: SourceFile, root: SyntaxNode?, comments: [Comment], diagnostics: [Diagnostic], nodeCount: Int = 0) {
        self.source = source
        self.root = root
        self.comments = comments
        self.diagnostics = diagnostics
        self.nodeCount = nodeCount
    }
}

/// A `# …` comment. `range` covers the `#` to the end of the line, `text` is what follows the `#`.
public struct Comment: Sendable, Hashable {
    public let range: TextRange
    public let text: String

    public init(range: TextRange, text: String) {
        self.range = range
        self.text = text
    }
}

/// One node of the tree: a mapping, a sequence or a scalar, with its exact byte range.
/// Immutable, so trees can be shared across threads.
public final class SyntaxNode: Sendable {
    public enum Content: Sendable {
        case mapping(SyntaxMapping)
        case sequence(SyntaxSequence)
        case scalar(Scalar)
    }

    /// From the node's first byte to its last (for a block collection, the first key or dash to
    /// the end of the last value; for a quoted scalar, quotes included).
    public let range: TextRange
    public let content: Content

    public init(range: TextRange, content: Content) {
        self.range = range
        self.content = content
    }

    public var mapping: SyntaxMapping? { if case let .mapping(value) = content { return value }; return nil }
    public var sequence: SyntaxSequence? { if case let .sequence(value) = content { return value }; return nil }
    public var scalar: Scalar? { if case let .scalar(value) = content { return value }; return nil }
}

public enum CollectionStyle: Sendable, Hashable {
    /// Indentation-based: `key: value` lines, `- item` lines.
    case block
    /// Bracketed: `{a: 1}`, `[a, b]`.
    case flow
}

public struct SyntaxMapping: Sendable {
    public let style: CollectionStyle
    public let entries: [MappingEntry]

    public init(style: CollectionStyle, entries: [MappingEntry]) {
        self.style = style
        self.entries = entries
    }

    /// The first entry whose key is `key`.
    public func entry(_ key: String) -> MappingEntry? { entries.first { $0.keyText == key } }
    /// The value of the first entry whose key is `key`.
    public subscript(key: String) -> SyntaxNode? { entry(key)?.value }
}

/// `key: value`. The key is always a scalar node (complex keys are outside the subset).
public struct MappingEntry: Sendable {
    public let key: SyntaxNode
    /// Nil when the line being typed has no colon yet (`purpose-and-`).
    public let colonRange: TextRange?
    /// Nil only when the value is missing because of an error (no colon). `key:` with nothing
    /// after it holds a null scalar with an empty range just after the colon, as YAML reads it.
    public let value: SyntaxNode?
    /// From the key's start to the value's end (or the key's end / colon when there is no value).
    public let range: TextRange

    public init(key: SyntaxNode, colonRange: TextRange?, value: SyntaxNode?, range: TextRange) {
        self.key = key
        self.colonRange = colonRange
        self.value = value
        self.range = range
    }

    /// The key as YAML reads it (quotes and escapes resolved).
    public var keyText: String { key.scalar?.text ?? "" }
}

public struct SyntaxSequence: Sendable {
    public let style: CollectionStyle
    public let items: [SequenceItem]

    public init(style: CollectionStyle, items: [SequenceItem]) {
        self.style = style
        self.items = items
    }
}

/// `- value` in a block sequence, or one element of `[a, b]`.
public struct SequenceItem: Sendable {
    /// The `-` of a block item; nil in a flow sequence.
    public let dashRange: TextRange?
    /// `- ` with nothing after it holds a null scalar with an empty range.
    public let value: SyntaxNode
    /// From the dash (or the value's start) to the value's end.
    public let range: TextRange

    public init(dashRange: TextRange?, value: SyntaxNode, range: TextRange) {
        self.dashRange = dashRange
        self.value = value
        self.range = range
    }
}

public enum ScalarStyle: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    /// `|`
    case literal
    /// `>`
    case folded
}

/// What a scalar means under the YAML 1.2 core schema. Only plain scalars can be other than strings.
public enum ScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

public struct Scalar: Sendable {
    public let style: ScalarStyle
    /// The scalar's content as YAML reads it: escapes resolved, lines folded, chomping applied.
    public let text: String
    /// The core-schema type and value of `text`.
    public let value: ScalarValue

    public init(style: ScalarStyle, text: String, value: ScalarValue) {
        self.style = style
        self.text = text
        self.value = value
    }
}

/// One step of a path from the root to a node: a mapping key or a sequence index.
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case let .key(key): key
        case let .index(index): "[\(index)]"
        }
    }
}
