import Analysis
import Rules
import Schema
import SourceText
import Syntax

/// What hover shows: markdown about the thing under the cursor, and its range.
public struct HoverInfo: Sendable, Hashable {
    public var markdown: String
    public var range: TextRange?
    /// The same words without Markdown, for clients that show text as it is.
    public var plainText: String { MarkdownPlainText.render(markdown) }

    public init(markdown: String, range: TextRange?) {
        self.markdown = markdown
        self.range = range
    }
}

/// Hover (README, "Language server"): for a key, the section's title, purpose and source; for a vocabulary value,
/// its label, definition and source; for a level under a matrix area, also that cell's example
/// activities; for money, the normalised amount and its period; for a financial year, the months
/// it covers; for a hypothesis id, the hypothesis; and under
/// any diagnostic, first its message, then its rule's explanation and sources.
public enum Hover {
    public static func info(in analysis: DocumentAnalysis, at offset: Int, configuration: Configuration = .default,
                            references: (any ReferenceResolver)? = nil) -> HoverInfo? {
        info(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, diagnostics: analysis.diagnostics, at: offset,
             configuration: configuration, references: references)
    }

    public static func info(in tree: SyntaxTree, schemaFile: String?, diagnostics: [Diagnostic], at offset: Int,
                            configuration: Configuration = .default, references: (any ReferenceResolver)? = nil,
                            navigator: SchemaNavigator = .shared, vocabulary: Vocabulary = .shared) -> HoverInfo? {
        let root = schemaFile.map { navigator.root(file: $0) } ?? KindChoice.root(vocabulary)
        let reader = HoverReader(tree: tree, root: root, schemaFile: schemaFile, navigator: navigator, vocabulary: vocabulary,
                                 configuration: configuration, references: references)
        // The diagnostics under the cursor come first, each with its own message and then its
        // rule's explanation: an editor that shows only the hover's first lines (Emacs's echo
        // area) then shows what is wrong here, not only what the rule is about.
        var parts: [String] = []
        var range: TextRange?
        var seen = Set<String>()
        for diagnostic in diagnostics where diagnostic.range.touches(offset) {
            guard seen.insert(diagnostic.code + "\u{0}" + diagnostic.message).inserted else { continue }
            var part = diagnostic.message
            if let entry = DiagnosticCatalog.entry(diagnostic.code), seen.insert(diagnostic.code).inserted {
                part += "\n\n" + explanation(entry)
            }
            parts.append(part)
            if range == nil { range = diagnostic.range }
        }
        if let node = reader.node(at: offset) {
            parts.append(node.markdown)
            range = node.range
        }
        guard !parts.isEmpty else { return nil }
        return HoverInfo(markdown: parts.joined(separator: "\n\n---\n\n"), range: range)
    }

    /// A rule's explanation and sources, as `explain` prints them.
    static func explanation(_ entry: DiagnosticCatalog.Entry) -> String {
        var lines = ["**`\(entry.id)`** (\(entry.defaultSeverity.rawValue) by default) — \(entry.summary)", entry.explanation]
        for source in entry.sources {
            let cited = Markdown.citation(source.reference).map { "\n>\n> — \($0)" } ?? ""
            lines.append("> \(Markdown.escape(source.quote))\(cited)")
        }
        return lines.joined(separator: "\n\n")
    }
}

struct HoverReader {
    let tree: SyntaxTree
    let root: [SchemaView]
    /// The kind's schema file, nil when the kind is unknown.
    let schemaFile: String?
    let navigator: SchemaNavigator
    let vocabulary: Vocabulary
    let configuration: Configuration
    let references: (any ReferenceResolver)?

    func schemas(at path: [PathComponent]) -> [SchemaView] {
        navigator.schemas(at: path, from: root, instanceRoot: tree.root)
    }

    /// What the key or value under the cursor is, if the schemas say anything about it.
    func node(at offset: Int) -> (markdown: String, range: TextRange)? {
        let steps = tree.chain(at: offset)
        guard case let .node(node)? = steps.last, node.range.touches(offset), !node.range.isEmpty else { return nil }
        let path = tree.path(at: offset)
        if steps.count >= 2, case let .entry(entry, _) = steps[steps.count - 2], node === entry.key {
            return key(entry.keyText, path: path).map { ($0, node.range) }
        }
        guard let scalar = node.scalar else { return nil }
        return value(scalar, path: path).map { ($0, node.range) }
    }

    func key(_ name: String, path: [PathComponent]) -> String? {
        let container = schemas(at: Array(path.dropLast()))
        guard let property = navigator.properties(of: container).first(where: { $0.name == name }) else { return nil }
        var extra: [String] = []
        if property.isRequired { extra.append(path.count == 1 ? "Required section." : "Required.") }
        // A key that is a vocabulary term (a cycle stage under `cycle:`) shows what the term stores.
        if let term = navigator.propertyNameTerms(of: container).first(where: { $0.id == name }), let stored = stored(term) {
            extra += Markdown.termFacts(stored)
        }
        return Markdown.documented(property.documentation, name: name, extra: extra)
    }

    /// The vocabulary's entry for a schema term, with what it stores beyond its definition.
    func stored(_ term: SchemaTerm) -> Term? {
        term.vocabulary.flatMap { vocabulary.list($0)?.term(term.id) }
    }

    func value(_ scalar: Scalar, path: [PathComponent]) -> String? {
        let views = schemas(at: path)
        let text = scalar.text
        if let term = navigator.terms(of: views).first(where: { $0.id == text }) {
            var extra: [String] = []
            if let area = matrixArea(of: path), let cell = vocabulary.matrix.cell(area: area.id, level: term.id) {
                extra.append(Markdown.activities(cell, areaLabel: area.label, levelLabel: term.documentation.title ?? term.id))
            }
            if let stored = stored(term) { extra += Markdown.termFacts(stored) }
            return Markdown.documented(term.documentation, name: term.id, extra: extra)
        }
        for name in navigator.vocabularyNames(of: views) {
            if let local = configuration.extraVocabulary[name]?.first(where: { $0.id == text }) {
                return "**\(Markdown.escape(local.label))** · `\(local.id)`\n\n\(local.definition)\n\nSource: the workspace's `.commissioning.yaml`"
            }
        }
        if case .string = scalar.value, let placeholder = placeholder(text, path: path) { return placeholder }
        if let year = Formats.financialYearStart(text), views.contains(where: { $0.json["format"]?.stringValue == "financial-year" }) {
            return "**Financial year \(Markdown.escape(text))**: \(Formats.financialYearMonths(startingIn: year))\n\n"
                + Markdown.documented(navigator.documentation(of: views))
        }
        if views.contains(where: { $0.json["format"]?.stringValue == "money" }) {
            let documentation = navigator.documentation(of: views)
            guard let money = Money(text) ?? (scalar.value.number.flatMap { Money(pounds: $0) }) else {
                return Markdown.documented(documentation, extra: ["Not an amount of money: write it as £1m, £1.5m, £1.2 million, £250k, £250,000 or £1/4m, followed if it is a rate by `a year`, `a week` or `an hour`."])
            }
            return "**\(money.description)**\n\n" + Markdown.documented(documentation)
        }
        if DocumentReferences.isHypothesisUse(path, in: tree), let hypothesis = hypothesis(text) {
            return hypothesis
        }
        return nil
    }

    /// What to write in place of a placeholder (`TODO`, `TBC`): the element's description and
    /// source, from its schema (a list item is explained by its list), as content/placeholder says it.
    func placeholder(_ text: String, path: [PathComponent]) -> String? {
        guard PlaceholderPhrases.shared.match(text) != nil else { return nil }
        let quoted = "“\(Markdown.escape(Markdown.short(text, limit: 40)))”"
        guard let kind = vocabulary.kinds.first(where: { $0.schemaFile == schemaFile }),
              let element = ElementGuide.shared.documentation(at: path, in: kind) else {
            return "\(quoted) is a placeholder. Write what belongs here, or say in a sentence why nothing does."
        }
        var lines = [(element.title.map { "**\(Markdown.escape($0))** — " } ?? "") + "still a placeholder (\(quoted))."]
        lines.append("Write here: " + Markdown.escape(element.description))
        if let form = element.form { lines.append("Written as: " + Markdown.escape(form)) }
        if let line = Markdown.sourceLine(element.source) { lines.append(line) }
        return lines.joined(separator: "\n\n")
    }

    func matrixArea(of path: [PathComponent]) -> Term? {
        navigator.matrixArea(of: path, from: root, instanceRoot: tree.root, vocabulary: vocabulary)
    }

    /// The hypothesis an id names, from the set the document links to.
    func hypothesis(_ id: String) -> String? {
        guard let link = DocumentReferences.hypothesisSetLink(in: tree), let references,
              case let .document(shown, set) = references.resolve(link.path),
              let definition = DocumentReferences.hypothesisDefinitions(in: set).first(where: { $0.id == id }) else { return nil }
        var lines = ["**Hypothesis \(Markdown.escape(id))** in `\(shown)`"]
        if let statement = definition.statement { lines.append(Markdown.escape(statement)) }
        if let test = definition.test { lines.append("Test: \(Markdown.escape(test))") }
        return lines.joined(separator: "\n\n")
    }
}

extension ScalarValue {
    /// The value of an integer or float.
    var number: Double? {
        switch self {
        case let .int(value): Double(value)
        case let .float(value): value
        default: nil
        }
    }
}
