import Rules
import Schema
import SourceText
import Syntax

/// One classified stretch of a document, in bytes.
public struct SemanticToken: Sendable, Hashable {
    /// LSP's standard token types only, so that every theme already has a colour for each.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A top-level section key (`integration:`, `future-services:`).
        case namespace
        /// A key inside a section (`current:`, `investment:`).
        case property
        /// A vocabulary id (`joint`, `increase`).
        case enumMember
        /// Money, dates and financial years.
        case number
        /// A hypothesis id.
        case variable
        /// A path to another document.
        case string
    }

    public enum Modifier: String, Sendable, Hashable, CaseIterable {
        /// Where a hypothesis id is defined (its `id:` in the hypothesis set).
        case declaration
        /// A value where a vocabulary id belongs that the vocabulary does not hold.
        case deprecated
    }

    public var range: TextRange
    public var kind: Kind
    public var modifiers: Set<Modifier>

    public init(range: TextRange, kind: Kind, modifiers: Set<Modifier> = []) {
        self.range = range
        self.kind = kind
        self.modifiers = modifiers
    }
}

/// Semantic tokens (README, "Language server"): what each key and value of a document is, as the
/// schemas and the vocabulary say, for editors to colour by meaning rather than by YAML syntax.
///
/// Keys are told apart by role: a top-level key opens a section, the document's unit of
/// meaning (the outline's first level, what `new` writes), so it is a `namespace`; a key inside
/// one names a field of that section, a `property`. Themes colour the two differently, which
/// makes the sections stand out from their fields.
///
/// A value where the schema expects a vocabulary id is an `enumMember`: one of a closed list. An
/// id the vocabulary does not hold is an `enumMember` too, with the `deprecated` modifier: it is
/// the one standard modifier that says "do not rely on this name", and editors show it struck
/// through — a mark that something is wrong here which the `vocabulary/…` diagnostic then
/// explains. A new token type would be outside the standard legend, and no modifier at all would
/// make a misspelt term look right.
public enum SemanticTokens {
    /// Tokens in document order, none overlapping, each within one line; only those touching
    /// `range` when given.
    public static func tokens(in tree: SyntaxTree, schemaFile: String?, range: TextRange? = nil, configuration: Configuration = .default,
                              navigator: SchemaNavigator = .shared, vocabulary: Vocabulary = .shared) -> [SemanticToken] {
        guard let root = tree.root else { return [] }
        let views = navigator.expand(schemaFile.map { navigator.root(file: $0) } ?? [], instance: root)
        var walker = TokenWalker(tree: tree, navigator: navigator, configuration: configuration, range: range)
        walker.special = specialValues(in: tree)
        walker.visit(root, views: views, depth: 0)
        return walker.tokens.filter { token in
            !tree.source.bytes[token.range.start..<token.range.end].contains(UInt8(ascii: "\n"))
        }.sorted { $0.range.start < $1.range.start }
    }

    /// Hypothesis ids and paths to documents, by the start of their node: the link readers know them.
    static func specialValues(in tree: SyntaxTree) -> [Int: SemanticToken] {
        var special: [Int: SemanticToken] = [:]
        for link in DocumentReferences.fileLinks(in: tree) {
            special[link.node.range.start] = SemanticToken(range: link.node.range, kind: .string)
        }
        for definition in DocumentReferences.hypothesisDefinitions(in: tree) {
            special[definition.idNode.range.start] = SemanticToken(range: definition.idNode.range, kind: .variable, modifiers: [.declaration])
        }
        for use in DocumentReferences.hypothesisUses(in: tree) {
            special[use.node.range.start] = SemanticToken(range: use.node.range, kind: .variable)
        }
        return special
    }
}

struct TokenWalker {
    let tree: SyntaxTree
    let navigator: SchemaNavigator
    let configuration: Configuration
    let range: TextRange?
    var special: [Int: SemanticToken] = [:]
    var tokens: [SemanticToken] = []
    /// Deeper than any schema goes: a hostile document's nesting costs nothing more.
    let maximumDepth = 32

    init(tree: SyntaxTree, navigator: SchemaNavigator, configuration: Configuration, range: TextRange?) {
        self.tree = tree
        self.navigator = navigator
        self.configuration = configuration
        self.range = range
    }

    mutating func visit(_ node: SyntaxNode, views: [SchemaView], depth: Int) {
        guard depth < maximumDepth, range.map({ Self.meets(node.range, $0) }) ?? true else { return }
        switch node.content {
        case let .mapping(mapping):
            for entry in mapping.entries {
                if !entry.key.range.isEmpty { add(SemanticToken(range: entry.key.range, kind: depth == 0 ? .namespace : .property)) }
                guard let value = entry.value else { continue }
                let childViews = views.isEmpty ? [] : navigator.expand(navigator.children(of: views, .key(entry.keyText)), instance: value)
                visit(value, views: childViews, depth: depth + 1)
            }
        case let .sequence(sequence):
            for (index, item) in sequence.items.enumerated() {
                let itemViews = views.isEmpty ? [] : navigator.expand(navigator.children(of: views, .index(index)), instance: item.value)
                visit(item.value, views: itemViews, depth: depth + 1)
            }
        case let .scalar(scalar):
            guard !node.range.isEmpty else { return }
            if let token = special[node.range.start] { add(token); return }
            if let token = classify(scalar, range: node.range, views: views) { add(token) }
        }
    }

    func classify(_ scalar: Scalar, range: TextRange, views: [SchemaView]) -> SemanticToken? {
        guard !views.isEmpty else { return nil }
        let terms = navigator.terms(of: views)
        let names = navigator.vocabularyNames(of: views)
        if !terms.isEmpty || !names.isEmpty {
            let known = terms.contains { $0.id == scalar.text }
                || names.contains { configuration.extraVocabulary[$0]?.contains { $0.id == scalar.text } ?? false }
            return SemanticToken(range: range, kind: .enumMember, modifiers: known ? [] : [.deprecated])
        }
        let formats = Set(views.compactMap { $0.json["format"]?.stringValue })
        if formats.contains("money"), Money(scalar.text) != nil || scalar.value.number != nil {
            return SemanticToken(range: range, kind: .number)
        }
        if !formats.isDisjoint(with: ["date", "financial-year", "year-month"]) {
            return SemanticToken(range: range, kind: .number)
        }
        return nil
    }

    /// True when the two ranges share a byte, or touch (so that a cursor's empty range counts).
    static func meets(_ a: TextRange, _ b: TextRange) -> Bool { a.start <= b.end && b.start <= a.end }

    mutating func add(_ token: SemanticToken) {
        if let range, !Self.meets(token.range, range) { return }
        tokens.append(token)
    }
}
