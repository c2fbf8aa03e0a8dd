import Analysis
import JSONSupport
import Rules
import Schema
import SourceText
import Syntax

/// Completion (README, "Language server"): keys valid at the cursor from the schema, minus those present; the
/// vocabulary's values with their definitions; a matrix area's example activities inside its
/// evidence; whole-section skeletons; hypothesis ids inside references; the workspace's local
/// terms. Works on lines being typed and in documents with syntax errors elsewhere.
public enum Completion {
    public static func items(in analysis: DocumentAnalysis, at offset: Int, options: CompletionOptions = CompletionOptions()) -> [CompletionItem] {
        items(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, at: offset, options: options)
    }

    /// For a tree checked against `schemaFile` (a kind's schema, or the configuration's); with
    /// none, the document's kind is not known yet and only `kind:` is offered.
    public static func items(in tree: SyntaxTree, schemaFile: String?, at offset: Int, options: CompletionOptions = CompletionOptions(),
                             navigator: SchemaNavigator = .shared, vocabulary: Vocabulary = .shared) -> [CompletionItem] {
        let root = schemaFile.map { navigator.root(file: $0) } ?? KindChoice.root(vocabulary)
        let builder = CompletionBuilder(tree: tree, root: root, navigator: navigator, vocabulary: vocabulary, options: options,
                                        place: CursorPlace.at(offset, in: tree))
        return builder.build()
    }
}

/// The schema of a document whose kind is not known: one key, `kind`, whose values are the kinds.
enum KindChoice {
    static func root(_ vocabulary: Vocabulary) -> [SchemaView] {
        let kinds: [JSONValue] = vocabulary.kinds.map { kind in
            ["const": .string(kind.id), "title": .string(kind.title), "description": .string(kind.description), "x-source": .string(kind.source)]
        }
        let section = vocabulary.kinds.first?.section("kind")
        var property: JSONObject = ["oneOf": .array(kinds)]
        if let section {
            property["title"] = .string(section.title)
            property["x-source"] = .string(section.source)
        }
        property["description"] = "Says what kind of document this is; the kind decides the sections it must have. A file named NAME.strategy.yaml, NAME.mps.yaml, NAME.framework.yaml or NAME.hypotheses.yaml implies it."
        let schema: JSONValue = ["type": "object", "properties": .object(["kind": .object(property)])]
        return [SchemaView(file: "", pointer: [], json: schema, definitions: [])]
    }
}

struct CompletionBuilder {
    let tree: SyntaxTree
    let root: [SchemaView]
    let navigator: SchemaNavigator
    let vocabulary: Vocabulary
    let options: CompletionOptions
    let place: CursorPlace

    func build() -> [CompletionItem] {
        switch place.role {
        case .nothing:
            return []
        case let .key(container, mapping, editing):
            return keyItems(container: container, mapping: mapping, editing: editing)
        case let .value(path, node, mayBeKey):
            if mayBeKey {
                let keys = keyItems(container: path, mapping: nil, editing: nil)
                if !keys.isEmpty { return keys }
            }
            return valueItems(path: path, node: node)
        }
    }

    /// `prefix` then `number` on three digits, so that items sort in schema order.
    func sortKey(_ prefix: String, _ number: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    func schemas(at path: [PathComponent]) -> [SchemaView] {
        navigator.schemas(at: path, from: root, instanceRoot: tree.root)
    }

    // MARK: Keys

    func keyItems(container: [PathComponent], mapping: SyntaxMapping?, editing: MappingEntry?) -> [CompletionItem] {
        let views = schemas(at: container)
        guard !views.isEmpty else { return [] }
        var present = Set(mapping?.entries.map(\.keyText) ?? [])
        if let editing { present.remove(editing.keyText) }
        let hasColon = editing?.colonRange != nil
        let indent = TextScan.column(of: place.word.start, in: tree.source)
        let lineBreak = tree.source.bytes.contains(0x0D) ? "\r\n" : "\n"
        var items: [CompletionItem] = []
        var skeletons: [CompletionItem] = []
        for (index, property) in navigator.properties(of: views).enumerated() where !present.contains(property.name) {
            let valueViews = navigator.expand(navigator.children(of: views, .key(property.name)), instance: nil)
            let types = navigator.types(of: valueViews)
            let isCollection = navigator.terms(of: valueViews).isEmpty && !types.contains("string") && (types.contains("object") || types.contains("array"))
            let insert: String
            var isSnippet = false
            if hasColon {
                insert = property.name
            } else if isCollection, options.snippets {
                // The cursor goes to the first line of the value. A line break goes only into a
                // snippet: a client inserting plain text may not take one (Vim's omnifunc writes a NUL).
                let nested = String(repeating: " ", count: indent + 2)
                insert = YAMLText.snippetEscaped(property.name) + ":" + lineBreak + nested
                    + (types.contains("array") && !types.contains("object") ? "- " : "") + "$0"
                isSnippet = true
            } else if isCollection {
                insert = property.name + ":"
            } else {
                insert = property.name + ": "
            }
            let order = sortKey(property.isRequired ? "0" : "1", index)
            var detail = property.documentation.title ?? property.name
            if property.isRequired { detail += " (required)" }
            let documentation = Markdown.documented(property.documentation, name: property.name)
            items.append(CompletionItem(
                label: property.name, kind: container.isEmpty ? .section : .property, detail: detail, documentation: documentation,
                insertText: insert, isSnippet: isSnippet, replacing: place.word, sortText: order, filterText: property.name))
            if options.snippets, !hasColon, isCollection {
                let lines = DocumentSkeleton.lines(
                    for: property.name, schemas: navigator.children(of: views, .key(property.name)), parent: views,
                    kind: vocabulary.kinds.first { $0.schemaFile == root.first?.file }, topLevel: container.isEmpty, indent: indent, snippet: true)
                // The first line starts where the word does: it carries no indentation of its own.
                let text = ([String(lines.first?.dropFirst(indent) ?? "")] + lines.dropFirst()).joined(separator: lineBreak)
                    + lineBreak + String(repeating: " ", count: indent) + "$0"
                skeletons.append(CompletionItem(
                    label: property.name + " …", kind: .snippet, detail: "\(property.documentation.title ?? property.name): the whole section",
                    documentation: documentation + "\n\nInserts the section with its keys to fill in.", insertText: text, isSnippet: true,
                    replacing: place.word, sortText: "2" + order, filterText: property.name))
            }
        }
        return items + skeletons
    }

    // MARK: Values

    func valueItems(path: [PathComponent], node: SyntaxNode?) -> [CompletionItem] {
        let views = schemas(at: path)
        var items: [CompletionItem] = []
        let present = siblingValues(path: path)
        let area = matrixArea(of: path)
        let terms = navigator.terms(of: views)
        for (index, term) in terms.enumerated() where !present.contains(term.id) {
            var extra: [String] = []
            if let area, let cell = vocabulary.matrix.cell(area: area.id, level: term.id) {
                extra.append(Markdown.activities(cell, areaLabel: area.label, levelLabel: term.documentation.title ?? term.id))
            }
            items.append(CompletionItem(
                label: term.id, kind: .value, detail: term.documentation.title,
                documentation: Markdown.documented(term.documentation, name: term.id, extra: extra),
                insertText: valueText(term.id), replacing: place.word, sortText: sortKey("0", index), filterText: term.id))
        }
        items += localTerms(views: views, path: path, present: present)
        if terms.isEmpty, let area, navigator.types(of: views).contains("string") {
            items += activityItems(area: area, node: node)
        }
        if terms.isEmpty, let stage = stageTerm(of: path), navigator.types(of: views).contains("string") {
            items += stageActivityItems(stage: stage, node: node, present: present)
        }
        if DocumentReferences.isHypothesisUse(path, in: tree) {
            items += hypothesisItems(present: present)
        }
        return items
    }

    /// Text inserted for a value: after a bare `key:`, a space first.
    func valueText(_ text: String) -> String {
        let before = TextScan.byte(before: place.word.start, in: tree.source.bytes)
        let quoted = before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")
        let body = quoted ? text : YAMLText.scalar(text)
        return before == UInt8(ascii: ":") ? " " + body : body
    }

    /// The other items of the list the value is in, so that a term is not offered twice.
    func siblingValues(path: [PathComponent]) -> Set<String> {
        guard case .index? = path.last, let list = tree.root?.node(at: Array(path.dropLast()))?.sequence else { return [] }
        let typed = tree.source.text(in: place.word)
        return Set(list.items.compactMap { $0.value.scalar?.text }.filter { $0 != typed })
    }

    func matrixArea(of path: [PathComponent]) -> Term? {
        navigator.matrixArea(of: path, from: root, instanceRoot: tree.root, vocabulary: vocabulary)
    }

    /// The stage whose list of activities the path is in (`cycle.analyse[2]`), when the sources
    /// give activities for it.
    func stageTerm(of path: [PathComponent]) -> Term? {
        guard case .index? = path.last, path.count >= 2, case let .key(key) = path[path.count - 2] else { return nil }
        let container = schemas(at: Array(path.dropLast(2)))
        guard let term = navigator.propertyNameTerms(of: container).first(where: { $0.id == key }),
              let stored = term.vocabulary.flatMap({ vocabulary.list($0)?.term(key) }), !stored.activities.isEmpty else { return nil }
        return stored
    }

    /// The activities the sources give for a cycle stage (004), for its list.
    func stageActivityItems(stage: Term, node: SyntaxNode?, present: Set<String>) -> [CompletionItem] {
        var replacing = place.word
        if let node, !node.range.isEmpty, node.scalar != nil,
           tree.source.lineIndex.line(containing: node.range.start) == tree.source.lineIndex.line(containing: max(node.range.start, node.range.end - 1)) {
            replacing = node.range
        }
        let before = TextScan.byte(before: replacing.start, in: tree.source.bytes)
        return stage.activities.enumerated().compactMap { index, activity in
            guard !present.contains(activity.text) else { return nil }
            let text = YAMLText.scalar(activity.text)
            return CompletionItem(
                label: activity.text, kind: .activity, detail: "\(stage.label) — an activity the sources give for this stage",
                documentation: "**\(Markdown.escape(stage.label))** — an activity at this stage of the commissioning cycle.\n\n\(Markdown.escape(activity.text))\((Markdown.sourceLine(activity.source).map { "\n\n" + $0 }) ?? "")",
                insertText: before == UInt8(ascii: ":") ? " " + text : text, replacing: replacing,
                sortText: sortKey("3", index), filterText: activity.text)
        }
    }

    /// The example activities of every level of the area, for its evidence.
    func activityItems(area: Term, node: SyntaxNode?) -> [CompletionItem] {
        var replacing = place.word
        if let node, !node.range.isEmpty, node.scalar != nil,
           tree.source.lineIndex.line(containing: node.range.start) == tree.source.lineIndex.line(containing: max(node.range.start, node.range.end - 1)) {
            replacing = node.range
        }
        let before = TextScan.byte(before: replacing.start, in: tree.source.bytes)
        var items: [CompletionItem] = []
        for (rank, level) in vocabulary.matrix.levels.terms.enumerated() {
            guard let cell = vocabulary.matrix.cell(area: area.id, level: level.id) else { continue }
            for (index, activity) in cell.activities.enumerated() {
                let text = YAMLText.scalar(activity.text)
                items.append(CompletionItem(
                    label: activity.text, kind: .activity, detail: "\(level.label) — \(area.label)",
                    documentation: "**\(Markdown.escape(level.label))** — example activity for \(Markdown.escape(area.label)) in the IPC matrix.\n\n\(Markdown.escape(activity.text))\((Markdown.sourceLine(activity.source).map { "\n\n" + $0 }) ?? "")",
                    insertText: before == UInt8(ascii: ":") ? " " + text : text, replacing: replacing,
                    sortText: sortKey("3\(rank)", index), filterText: activity.text))
            }
        }
        return items
    }

    /// Terms the workspace adds to this value's vocabulary (`.commissioning.yaml`), and local
    /// partners where a partner is named.
    func localTerms(views: [SchemaView], path: [PathComponent], present: Set<String>) -> [CompletionItem] {
        let extra = options.configuration.extraVocabulary
        guard !extra.isEmpty else { return [] }
        var items: [CompletionItem] = []
        for name in navigator.vocabularyNames(of: views) {
            for term in extra[name] ?? [] where !present.contains(term.id) {
                items.append(localItem(term, insert: term.id))
            }
        }
        // A name inside a definition the workspace extends (a partner's `name`): its labels.
        if case let .key(key)? = path.last {
            let container = schemas(at: Array(path.dropLast()))
            for view in container {
                guard let name = view.definitionName, let terms = extra[name],
                      navigator.properties(of: [view]).first(where: \.isRequired)?.name == key else { continue }
                for term in terms where !present.contains(term.label) { items.append(localItem(term, insert: term.label)) }
            }
        }
        return items
    }

    private func localItem(_ term: LocalTerm, insert: String) -> CompletionItem {
        CompletionItem(
            label: insert, kind: .value, detail: term.label,
            documentation: "**\(Markdown.escape(term.label))** · `\(term.id)`\n\n\(term.definition)\n\nSource: the workspace's `.commissioning.yaml`",
            insertText: valueText(insert), replacing: place.word, sortText: "1" + insert, filterText: insert)
    }

    /// The ids of the hypothesis set this document links to.
    func hypothesisItems(present: Set<String>) -> [CompletionItem] {
        guard let link = DocumentReferences.hypothesisSetLink(in: tree), let resolver = options.references,
              case let .document(shown, target) = resolver.resolve(link.path) else { return [] }
        return DocumentReferences.hypothesisDefinitions(in: target).enumerated().compactMap { index, hypothesis in
            guard !present.contains(hypothesis.id) else { return nil }
            var lines = ["**\(Markdown.escape(hypothesis.id))** in `\(shown)`"]
            if let statement = hypothesis.statement { lines.append(Markdown.escape(statement)) }
            if let test = hypothesis.test { lines.append("Test: \(Markdown.escape(test))") }
            return CompletionItem(
                label: hypothesis.id, kind: .reference, detail: hypothesis.statement.map { Markdown.short($0, limit: 60) },
                documentation: lines.joined(separator: "\n\n"), insertText: valueText(hypothesis.id), replacing: place.word,
                sortText: sortKey("0", index), filterText: hypothesis.id)
        }
    }
}
