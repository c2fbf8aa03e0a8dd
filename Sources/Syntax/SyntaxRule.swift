import SourceText

/// One kind of syntax diagnostic: its stable id (the LSP `code`), a one-line summary and an
/// explanation written for commissioners. Syntax diagnostics are always errors: a document the
/// parser cannot read exactly as YAML 1.2 does must not be trusted.
///
/// The full list is `SyntaxRule.all`; `commissioning-ls rules` and `explain` read it from there,
/// so the parser never names a code that is not in this table.
public struct SyntaxRule: Sendable, Hashable, Identifiable {
    public let id: String
    public let summary: String
    public let explanation: String
    public var severity: Severity { .error }

    init(_ id: String, _ summary: String, _ explanation: String) {
        self.id = id
        self.summary = summary
        self.explanation = explanation
    }
}

extension SyntaxRule {
    // MARK: Characters
    public static let invalidUTF8 = SyntaxRule(
        "syntax/invalid-utf8", "The file contains bytes that are not UTF-8 text.",
        "Documents must be saved as UTF-8. The marked bytes are not valid UTF-8 (often a file saved as Windows-1252 or Latin-1 with a £ or a curly quote). Save the file as UTF-8 in your editor and retype the marked characters.")
    public static let invalidCharacter = SyntaxRule(
        "syntax/invalid-character", "The file contains an invisible control character YAML does not allow.",
        "YAML allows tabs, line breaks and printable characters only. Control characters (often pasted from another program) and a byte-order mark after the start of the file are rejected. Delete the marked character.")

    // MARK: Features outside the supported subset
    public static let anchor = SyntaxRule(
        "syntax/anchor", "Anchors (`&name`) are not supported.",
        "Commissioning documents use plain YAML without anchors, so that every reader sees the same data. Remove the `&name` and write the content out in full where it is needed.")
    public static let alias = SyntaxRule(
        "syntax/alias", "Aliases (`*name`) are not supported.",
        "An alias repeats a node anchored elsewhere. Commissioning documents do not support anchors or aliases; write the repeated content out in full.")
    public static let tag = SyntaxRule(
        "syntax/tag", "Tags (`!name`) are not supported.",
        "Tags change how YAML reads a value. Commissioning documents use the standard meaning of every value; remove the tag, and quote the value if it must be read as text.")
    public static let explicitKey = SyntaxRule(
        "syntax/explicit-key", "Explicit keys (`? key`) are not supported.",
        "Write the entry as `key: value` on one line instead of `? key` and `: value`.")
    public static let complexKey = SyntaxRule(
        "syntax/complex-key", "A key must be a single word or phrase, not a list or mapping.",
        "Keys are section and field names. A list (`[a, b]`) or mapping (`{a: b}`) cannot be a key; use a plain name such as `evidence:`.")
    public static let emptyKey = SyntaxRule(
        "syntax/empty-key", "An entry has a value but no key.",
        "A line or flow entry starts with `:`. Write the name of the field before the colon, as in `title: …`.")
    public static let directive = SyntaxRule(
        "syntax/directive", "Directives (`%YAML`, `%TAG`) are not supported.",
        "Documents are read as YAML 1.2 without directives. Delete the line starting with `%`.")
    public static let multipleDocuments = SyntaxRule(
        "syntax/multiple-documents", "A file may hold only one document.",
        "A second `---` (or content after `...`) starts a second YAML document. Keep one document per file: split the file, or delete the extra `---`.")
    public static let reservedIndicator = SyntaxRule(
        "syntax/reserved-indicator", "A value cannot start with `@` or a backtick.",
        "YAML reserves `@` and the backtick for future use. Put the value in quotes, for example `'@handle'`.")

    // MARK: Layout
    public static let tabIndentation = SyntaxRule(
        "syntax/tab-indentation", "Tabs cannot be used for indentation.",
        "YAML measures nesting in spaces only; a tab at the start of a line makes the nesting ambiguous. Replace the tab with spaces (most editors can be set to insert spaces).")
    public static let badIndentation = SyntaxRule(
        "syntax/bad-indentation", "This line's indentation does not fit the structure around it.",
        "Each nested section must be indented further than its parent, and entries of the same section must line up exactly. Align the line with its siblings, or indent it under the key it belongs to.")
    public static let mixedCollection = SyntaxRule(
        "syntax/mixed-collection", "A list item and a `key: value` entry are mixed at the same level.",
        "A section is either a list (lines starting with `- `) or a set of `key: value` entries, not both. Indent the list under a key, or turn the line into the same kind as its neighbours.")
    public static let collectionOnKeyLine = SyntaxRule(
        "syntax/collection-on-key-line", "A nested list or mapping cannot start on the same line as its key.",
        "`a: b: c` and `a: - b` are not valid YAML. Put the nested entries on the following lines, indented under the key; or quote the value if the colon or dash is part of the text.")
    public static let missingColon = SyntaxRule(
        "syntax/missing-colon", "An entry has no `:` after its key.",
        "Every line of a mapping is `key: value` (or `key:` followed by indented lines). Add the colon after the key, or indent the line further if it continues the value above.")
    public static let duplicateKey = SyntaxRule(
        "syntax/duplicate-key", "The same key appears twice in one mapping.",
        "YAML tools disagree on which of two equal keys wins, so the document would mean different things to different readers. Merge the two entries or rename one.")
    public static let multilineKey = SyntaxRule(
        "syntax/multiline-key", "A key must fit on one line.",
        "Keys are written on a single line, followed by `:`. Join the key's lines, or quote the text if it is a value.")
    public static let keyTooLong = SyntaxRule(
        "syntax/key-too-long", "A key is longer than 1,024 characters.",
        "YAML limits keys written as `key: value` to 1,024 characters. Use a short key and put the long text in the value.")
    public static let ambiguousValue = SyntaxRule(
        "syntax/ambiguous-value", "YAML tools read this value differently.",
        "Inside brackets, a value starting with `?` or `:` is text for some YAML tools and a key marker for others, so the document would mean different things to different readers. Put the value in quotes: `['?maybe']`.")
    public static let unexpectedText = SyntaxRule(
        "syntax/unexpected-text", "There is text after a complete value on this line.",
        "A value ends with its closing quote or bracket; anything after it must be a comment starting with ` #`. Move the text inside the value or start a comment with a space and `#`.")

    // MARK: Scalars
    public static let unclosedQuote = SyntaxRule(
        "syntax/unclosed-quote", "A quoted value has no closing quote.",
        "Add the closing quote (`\"` or `'`) at the end of the value. Inside single quotes, write a quote as two quotes: `'the provider''s view'`.")
    public static let invalidEscape = SyntaxRule(
        "syntax/invalid-escape", "A backslash escape in a double-quoted value is not valid.",
        "In double quotes, `\\` starts an escape such as `\\n` or `\\u00A3`. Write `\\\\` for a backslash, or use single quotes, where backslashes have no special meaning.")
    public static let blockScalarHeader = SyntaxRule(
        "syntax/block-scalar-header", "A `|` or `>` block text has an invalid header.",
        "After `|` or `>` only a chomping sign (`-` or `+`), an indentation digit 1–9 and a comment may follow on the same line. Start the text itself on the next line, indented.")
    public static let blockScalarIndentation = SyntaxRule(
        "syntax/block-scalar-indentation", "The lines of a `|` or `>` block text are not indented consistently.",
        "The first non-empty line of a block text sets its indentation; blank lines before it must not be indented further, and the text must be indented further than its key.")
    public static let numberOutOfRange = SyntaxRule(
        "syntax/number-out-of-range", "A whole number is too large to be read exactly.",
        "Numbers beyond ±9,223,372,036,854,775,807 are read differently by different tools. Quote the value if it is an identifier, or write it as a decimal number.")

    // MARK: Flow collections
    public static let unclosedFlow = SyntaxRule(
        "syntax/unclosed-flow", "A `[` or `{` is never closed.",
        "Add the matching `]` or `}`. A bracketed list or mapping may continue on following lines only if they are indented further than its key.")
    public static let flowEntry = SyntaxRule(
        "syntax/flow-entry", "A bracketed list or mapping has a missing or extra comma.",
        "Inside `[…]` and `{…}` entries are separated by single commas: `[older people, carers]`, `{from: 2026-04-01, to: 2029-03-31}`.")

    // MARK: Limits
    public static let tooDeep = SyntaxRule(
        "syntax/too-deep", "The document is nested too deeply.",
        "Commissioning documents need only a few levels of nesting. The part nested beyond the limit is ignored; flatten the structure.")
    public static let tooLarge = SyntaxRule(
        "syntax/too-large", "The document is larger than the parser accepts.",
        "Very large files are not read, to keep the editor responsive. Split the document into several files.")
    public static let lineTooLong = SyntaxRule(
        "syntax/line-too-long", "A line is longer than the parser accepts.",
        "A line over the limit (4 MiB) is not read, so that one runaway line cannot slow every check of the document; the rest of the document is. Break the text over several lines: a plain or quoted value may continue on the next lines, indented further than its key, or use a `>` block.")
    public static let tooManyNodes = SyntaxRule(
        "syntax/too-many-nodes", "The document has more values than the parser accepts.",
        "The document was read up to the limit and the rest ignored. Split it into several files.")
    public static let tooManyErrors = SyntaxRule(
        "syntax/too-many-errors", "There are too many syntax errors to list.",
        "Only the first errors are reported. Fix those first; the file may not be YAML at all.")

    /// Every syntax diagnostic, in the order `commissioning-ls rules` lists them.
    public static let all: [SyntaxRule] = [
        invalidUTF8, invalidCharacter,
        anchor, alias, tag, explicitKey, complexKey, emptyKey, directive, multipleDocuments, reservedIndicator,
        tabIndentation, badIndentation, mixedCollection, collectionOnKeyLine, missingColon, duplicateKey,
        multilineKey, keyTooLong, ambiguousValue, unexpectedText,
        unclosedQuote, invalidEscape, blockScalarHeader, blockScalarIndentation, numberOutOfRange,
        unclosedFlow, flowEntry,
        tooDeep, tooLarge, lineTooLong, tooManyNodes, tooManyErrors,
    ]

    /// The rule with this id, if it is a syntax rule.
    public static func rule(withID id: String) -> SyntaxRule? { all.first { $0.id == id } }
}
