import JSONSupport
import SourceText

/// A classified stretch of one line, for semantic tokens: indexes into the service's legend.
public struct TokenAnswer: Sendable, Hashable {
    public var range: TextRange
    /// Index into `semanticTokenTypes`.
    public var type: Int
    /// Bits over `semanticTokenModifiers` (bit n for the n-th).
    public var modifiers: Int

    public init(range: TextRange, type: Int, modifiers: Int = 0) {
        self.range = range
        self.type = type
        self.modifiers = modifiers
    }
}

/// Text shown after `offset`, not part of the document.
public struct HintAnswer: Sendable, Hashable {
    public var offset: Int
    public var label: String

    public init(offset: Int, label: String) {
        self.offset = offset
        self.label = label
    }
}

/// A line of text shown above `range`; choosing it runs `command` (one of the service's own).
public struct LensAnswer: Sendable, Hashable {
    public var range: TextRange
    public var title: String
    public var command: String
    public var arguments: [JSONValue]

    public init(range: TextRange, title: String, command: String, arguments: [JSONValue] = []) {
        self.range = range
        self.title = title
        self.command = command
        self.arguments = arguments
    }
}
