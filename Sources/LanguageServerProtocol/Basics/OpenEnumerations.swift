/// The open enumerations (the meta-model's `supportsCustomValues`) this server uses. Values a
/// client sends that are not listed here are kept as they are.

/// The unit of `Position.character`: negotiated at `initialize`.
public struct PositionEncodingKind: LSPOpenEnumeration {
    public static let metaModelName = "PositionEncodingKind"
    public static let utf8 = PositionEncodingKind(rawValue: "utf-8")
    /// The default when a client states nothing; every client must support it.
    public static let utf16 = PositionEncodingKind(rawValue: "utf-16")
    public static let utf32 = PositionEncodingKind(rawValue: "utf-32")
    public static let known = [utf8, utf16, utf32]

    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

public struct CodeActionKind: LSPOpenEnumeration {
    public static let metaModelName = "CodeActionKind"
    public static let quickFix = CodeActionKind(rawValue: "quickfix")
    public static let refactor = CodeActionKind(rawValue: "refactor")
    public static let refactorRewrite = CodeActionKind(rawValue: "refactor.rewrite")
    public static let source = CodeActionKind(rawValue: "source")
    public static let sourceFixAll = CodeActionKind(rawValue: "source.fixAll")
    public static let known = [quickFix, refactor, refactorRewrite, source, sourceFixAll]

    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

public struct FoldingRangeKind: LSPOpenEnumeration {
    public static let metaModelName = "FoldingRangeKind"
    public static let comment = FoldingRangeKind(rawValue: "comment")
    public static let region = FoldingRangeKind(rawValue: "region")
    public static let known = [comment, region]

    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
