import Foundation
import Rules
import Schema
import SourceText
import Syntax

/// The one engine behind `lint` and the language server: parse → kind → schema → domain rules →
/// severities → suppressions. A value type, safe to use from many threads at once.
public struct DocumentAnalyzer: Sendable {
    public let configuration: Configuration
    public let workspace: Workspace?
    public let vocabulary: Vocabulary
    public let schemas: SchemaRegistry
    public let rules: [any Rule]
    /// Shares the schema check and the rules that do not read its results between two threads.
    /// The server sets it for large documents, to answer a keystroke sooner; `lint` does not, since it already
    /// checks one file per core. The diagnostics are the same either way.
    public let validatesConcurrently: Bool

    public init(
        configuration: Configuration = .default, workspace: Workspace? = nil,
        vocabulary: Vocabulary = .shared, schemas: SchemaRegistry = .embedded, rules: [any Rule] = RuleRegistry.rules,
        validatesConcurrently: Bool = false
    ) {
        self.configuration = configuration
        self.workspace = workspace
        self.vocabulary = vocabulary
        self.schemas = schemas
        self.rules = rules
        self.validatesConcurrently = validatesConcurrently
    }

    /// Codes the schema layer finds that belong to a catalogue rule, which reports them itself:
    /// a rule that reads the schema's failures reports them under its own id.
    static let ruleOwnedSchemaCodes: Set<String> = Set(
        RuleRegistry.rules.filter { type(of: $0).readsSchemaFailures }.map { type(of: $0).metadata.id })

    public func analyze(_ source: SourceFile, at location: DocumentOrigin) -> DocumentAnalysis {
        let tree = Parser.parse(source)
        return analyze(tree, at: location)
    }

    /// `previous`: the findings of an earlier check of the same document, reused for the
    /// top-level sections whose text has not changed since (the server passes its last check).
    public func analyze(_ tree: SyntaxTree, at location: DocumentOrigin, reusing previous: SectionFindings = .none) -> DocumentAnalysis {
        let kind = KindResolution.kind(of: tree, fileName: location.fileURL?.lastPathComponent ?? location.displayPath, vocabulary: vocabulary)
        let sections = SectionFindings.sections(of: tree)
        let unchanged = previous.unchanged(sections, in: tree.source, kindID: kind?.id)
        let unchangedText = previous.unchangedText(in: tree.source, kindID: kind?.id)
        let validations = ResultSlots<SectionValidations>(count: 1)
        let references = location.fileURL.flatMap { url in workspace.map { MemoizingReferenceResolver($0.resolver(for: url)) } }
        func context(_ failures: [ValidationFailure]) -> RuleContext {
            RuleContext(
                tree: tree, documentPath: location.displayPath, kind: kind, vocabulary: vocabulary,
                schemaFailures: failures, configuration: configuration, references: references
            )
        }
        // A rule of other kinds counts as run (it is on) but has nothing to read here.
        func applies(_ rule: any Rule) -> Bool { type(of: rule).metadata.applies(toKind: kind?.id) }
        let enabled = rules.compactMap { rule -> (rule: any Rule, severity: Severity)? in
            let metadata = type(of: rule).metadata
            return configuration.severity(of: metadata.id, default: metadata.defaultSeverity).map { (rule, $0) }
        }
        var findings = [[Finding]?](repeating: nil, count: enabled.count)
        let kept = ResultSlots<[String: KeptFindings]>(count: enabled.count)
        let failures: [ValidationFailure]
        let perSection = { @Sendable (index: Int, rule: any Rule, context: RuleContext) -> [Finding] in
            let checked = Self.check(rule, eachSectionOf: sections, in: context, reusing: previous, unchanged: unchanged, text: unchangedText)
            kept[index] = checked.kept
            return checked.findings
        }
        func isPerSection(_ rule: any Rule) -> Bool { type(of: rule).metadata.scope.isSectionLocal && !type(of: rule).readsSchemaFailures }
        // A rule that reads some sections keeps its findings while they are unchanged.
        let present = Set(sections?.map(\.key) ?? [])
        let bySections = ResultSlots<[Finding]>(count: enabled.count)
        func sectionsRead(_ rule: any Rule) -> Set<String>? {
            sections == nil || type(of: rule).readsSchemaFailures ? nil : type(of: rule).metadata.scope.sectionsRead
        }
        let reading = { @Sendable (index: Int, rule: any Rule, context: RuleContext, keys: Set<String>) -> [Finding] in
            let id = type(of: rule).metadata.id
            let found = previous.reusable(id, reading: keys, present: present, unchanged: unchanged, text: unchangedText) ?? rule.check(context)
            bySections[index] = found
            return found
        }
        func run(_ index: Int, _ rule: any Rule, _ context: RuleContext) -> [Finding] {
            if isPerSection(rule) { return perSection(index, rule, context) }
            if let keys = sectionsRead(rule) { return reading(index, rule, context, keys) }
            return rule.check(context)
        }
        if validatesConcurrently {
            // The schema check and the rules that do not read its results, shared by two threads
            // (the schema check first: it is the largest task).
            let independent = context([])
            let slots = ResultSlots<[Finding]>(count: enabled.count)
            let validation = ResultSlots<[ValidationFailure]>(count: 1)
            var tasks: [@Sendable () -> Void] = [{
                let result = validate(tree, kind: kind, reusing: previous.validations, unchanged: unchanged, text: unchangedText)
                validation[0] = result.failures
                validations[0] = result.sections
            }]
            for (index, entry) in enabled.enumerated() where !type(of: entry.rule).readsSchemaFailures && applies(entry.rule) {
                let rule = entry.rule
                let sectioned = isPerSection(rule)
                let keys = sectionsRead(rule)
                tasks.append {
                    slots[index] = sectioned ? perSection(index, rule, independent)
                        : keys.map { reading(index, rule, independent, $0) } ?? rule.check(independent)
                }
            }
            SharedWork.run(tasks)
            failures = validation[0] ?? []
            for index in enabled.indices { findings[index] = slots[index] }
        } else {
            let result = validate(tree, kind: kind, reusing: previous.validations, unchanged: unchanged, text: unchangedText)
            failures = result.failures
            validations[0] = result.sections
        }
        let full = context(failures)
        for (index, entry) in enabled.enumerated() where findings[index] == nil && applies(entry.rule) {
            findings[index] = run(index, entry.rule, full)
        }
        var keptSections: [String: SectionFindings.Section] = [:]
        for (key, entry) in sections ?? [] { keptSections[key] = SectionFindings.Section(range: entry.range) }
        for (index, entry) in enabled.enumerated() {
            let id = type(of: entry.rule).metadata.id
            for (key, found) in kept[index] ?? [:] {
                if let findings = found.findings { keptSections[key]?.findings[id] = findings }
                if let items = found.items { keptSections[key]?.items[id] = items }
            }
        }
        let sectionFindings = sections == nil ? SectionFindings.none
            : SectionFindings(source: tree.source, kindID: kind?.id, sections: keptSections, validations: validations[0] ?? .none,
                              bySections: Dictionary(uniqueKeysWithValues: enabled.indices.compactMap { index in
                                  bySections[index].map { (type(of: enabled[index].rule).metadata.id, $0) }
                              }))

        var diagnostics = tree.diagnostics
        for diagnostic in SchemaDiagnostics.diagnostics(for: failures, in: tree) where !Self.ruleOwnedSchemaCodes.contains(diagnostic.code) {
            if let severity = configuration.severity(of: diagnostic.code, default: diagnostic.severity) {
                diagnostics.append(diagnostic.with(severity: severity))
            }
        }
        for (index, entry) in enabled.enumerated() {
            let id = type(of: entry.rule).metadata.id
            for finding in findings[index] ?? [] {
                diagnostics.append(Diagnostic(
                    code: id, severity: entry.severity, message: finding.message, range: finding.range,
                    fixes: finding.fixes, related: finding.related
                ))
            }
        }
        let rulesRun = enabled.map { type(of: $0.rule).metadata.id }
        let suppressions = Suppressions.parse(tree)
        let applied = Suppressions.apply(suppressions, to: diagnostics, in: tree.source)
        var shown = applied.kept
        if let severity = configuration.severity(of: Suppressions.unusedCode, default: .hint) {
            shown += applied.unused.map { $0.with(severity: severity) }
        }
        return DocumentAnalysis(
            origin: location, tree: tree, kind: kind, diagnostics: shown.sorted(),
            suppressions: applied.applied, rulesRun: rulesRun, sectionFindings: sectionFindings
        )
    }

    /// What a section-local rule found in one section, to keep for the next check.
    struct KeptFindings: Sendable {
        /// All of it, when it can move with the section.
        var findings: [Finding]?
        /// An `ItemRule`'s, item by item.
        var items: ItemFindings?
    }

    /// A rule of `RuleScope.eachSection` or `.eachItem`, section by section: kept findings where
    /// the section is unchanged, else the rule run on a document holding that section alone (for
    /// an `ItemRule`, on the items that changed). Without distinct top-level keys, the rule on
    /// the whole document.
    static func check(_ rule: any Rule, eachSectionOf sections: [(key: String, entry: MappingEntry)]?, in context: RuleContext,
                      reusing previous: SectionFindings, unchanged: [String: Int], text: UnchangedText?) -> (findings: [Finding], kept: [String: KeptFindings]) {
        guard let sections else { return (rule.check(context), [:]) }
        let id = type(of: rule).metadata.id
        var findings: [Finding] = []
        var kept: [String: KeptFindings] = [:]
        for (key, entry) in sections {
            let earlier = previous.sections[key]
            if let delta = unchanged[key], let found = previous.reusable(id, key: key, movedBy: delta) {
                findings += found
                // The items' offsets are from the section's start, which moved with them.
                kept[key] = KeptFindings(findings: found, items: earlier?.items[id])
                continue
            }
            var found: [Finding]
            var items: ItemFindings?
            if let rule = rule as? any ItemRule {
                (found, items) = ItemFindings.check(rule, in: context.holding(entry), sectionStart: entry.range.start, previous: earlier?.items[id],
                                                    previousStart: earlier?.range.start, text: text)
            } else {
                found = rule.check(context.holding(entry))
            }
            findings += found
            kept[key] = KeptFindings(findings: SectionFindings.keepable(found, within: entry.range) ? found : nil, items: items)
        }
        return (findings, kept)
    }

    /// The schema's failures for the document's kind, less those excused here (none when the
    /// kind is unknown), and each section's results for the next check.
    private func validate(_ tree: SyntaxTree, kind: DocumentKind?, reusing previous: SectionValidations,
                          unchanged: [String: Int], text: UnchangedText?) -> (failures: [ValidationFailure], sections: SectionValidations) {
        guard let kind, let root = tree.root, let schema = schemas.schema(kind.schemaFile) else { return ([], .none) }
        let result = schemas.validate(root, against: schema, reusing: previous, unchanged: unchanged, text: text)
        return (result.failures.filter { !isExcused($0, kind: kind, tree: tree) }, result.sections)
    }

    /// Schema failures that are not mistakes here: a missing `kind:` when the file suffix says
    /// it (README.md, "The document language"), local vocabulary the workspace configuration adds (README.md, "Configuration"), and a value
    /// that is a placeholder (`from: TBC`), which content/placeholder reports once with what
    /// belongs there, rather than twice as a placeholder and as not a date.
    private func isExcused(_ failure: ValidationFailure, kind: DocumentKind, tree: SyntaxTree) -> Bool {
        if failure.instancePath.isEmpty, case .required(property: "kind", _) = failure.detail { return true }
        if isPlaceholderValue(failure, tree: tree) { return true }
        return LocalVocabulary.accepts(failure, configuration: configuration, vocabulary: vocabulary)
    }

    private func isPlaceholderValue(_ failure: ValidationFailure, tree: SyntaxTree) -> Bool {
        switch failure.detail {
        case .unknownProperty, .required, .dependentRequired: return false
        default: break
        }
        let rule = ContentPlaceholderRule.metadata
        guard configuration.severity(of: rule.id, default: rule.defaultSeverity) != nil,
              let node = tree.root?.node(at: failure.instancePath) else { return false }
        return ContentPlaceholderRule.isPlaceholder(node)
    }
}

extension RuleContext {
    /// The same context for a document holding only this top-level entry.
    func holding(_ entry: MappingEntry) -> RuleContext {
        let root = SyntaxNode(range: entry.range, content: .mapping(SyntaxMapping(style: .block, entries: [entry])))
        let alone = SyntaxTree(source: tree.source, root: root, comments: tree.comments, diagnostics: tree.diagnostics, nodeCount: tree.nodeCount)
        return RuleContext(tree: alone, documentPath: documentPath, kind: kind, vocabulary: vocabulary, schemaFailures: schemaFailures,
                           configuration: configuration, references: references)
    }
}

extension Diagnostic {
    func with(severity: Severity) -> Diagnostic {
        var copy = self
        copy.severity = severity
        return copy
    }
}
