import Analysis
import Schema
import SourceText
import Syntax

/// Code actions (README.md, "Language server"): the quick fixes the diagnostics under the selection carry (replace an
/// unknown term, insert a missing section — written out with its required keys, where the schema
/// orders it —, add the missing matrix areas, quote a value whose second `: ` YAML cannot read), "disable this rule on this line", and
/// `source.fixAll` with every safe fix of the document, and `source.sortKeys` when a key is out of
/// the schema's order.
public enum CodeActions {
    public static func actions(in analysis: DocumentAnalysis, for range: TextRange, navigator: SchemaNavigator = .shared) -> [CodeAction] {
        actions(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, diagnostics: analysis.diagnostics, for: range, navigator: navigator)
    }

    /// For a tree checked against `schemaFile` (a kind's, or the configuration's) with these diagnostics.
    public static func actions(in tree: SyntaxTree, schemaFile: String?, diagnostics: [Diagnostic], for range: TextRange,
                               navigator: SchemaNavigator = .shared) -> [CodeAction] {
        let relevant = diagnostics.filter { overlaps($0.range, range) }
        var actions: [CodeAction] = []
        var sections: MissingSections?
        for diagnostic in relevant {
            for fix in diagnostic.fixes {
                var edits = fix.edits
                if diagnostic.code == MissingSections.code {
                    if sections == nil { sections = MissingSections(tree: tree, schemaFile: schemaFile, navigator: navigator) }
                    edits = sections?.edits(for: diagnostic) ?? edits
                }
                actions.append(CodeAction(title: fix.title, kind: .quickFix, edits: edits, resolves: [diagnostic],
                                          isPreferred: diagnostic.fixes.count == 1))
            }
        }
        for diagnostic in relevant {
            guard let fix = ColonValueQuoting.fix(for: diagnostic, in: tree) else { continue }
            actions.append(CodeAction(title: fix.title, kind: .quickFix, edits: fix.edits, resolves: [diagnostic]))
        }
        var disabled = Set<String>()
        for diagnostic in relevant where SuppressionEdit.canSilence(diagnostic.code) {
            let line = tree.source.lineIndex.line(containing: diagnostic.range.start)
            guard disabled.insert("\(line) \(diagnostic.code)").inserted,
                  let edit = SuppressionEdit.edit(disabling: diagnostic.code, onLine: line, in: tree) else { continue }
            let silenced = relevant.filter { $0.code == diagnostic.code && tree.source.lineIndex.line(containing: $0.range.start) == line }
            actions.append(CodeAction(title: "Disable \(diagnostic.code) on this line", kind: .quickFix, edits: [edit], resolves: silenced))
        }
        let safe = DocumentFixes.chosen(in: tree, schemaFile: schemaFile, diagnostics: diagnostics, navigator: navigator).filter(\.isSafe)
        if let fixAll = fixAll(safe) { actions.append(fixAll) }
        if let sorting = KeySorting.edit(in: tree, schemaFile: schemaFile, navigator: navigator) {
            actions.append(CodeAction(title: KeySorting.title, kind: .sortKeys, edits: [sorting], resolves: []))
        }
        return actions
    }

    /// Every safe fix of the document (`DocumentFixes.chosen`, the engine `lint --fix` uses) whose
    /// edits do not overlap an earlier one's.
    static func fixAll(_ fixes: [ChosenFix]) -> CodeAction? {
        var chosen: [TextEdit] = []
        var resolved: [Diagnostic] = []
        for fix in fixes {
            let clashes = fix.edits.contains { edit in chosen.contains { conflict($0.range, edit.range) } }
            guard !clashes else { continue }
            chosen += fix.edits
            resolved.append(fix.diagnostic)
        }
        guard !resolved.isEmpty else { return nil }
        let title = resolved.count == 1 ? "Apply the safe fix" : "Apply all \(resolved.count) safe fixes"
        return CodeAction(title: title, kind: .fixAll, edits: chosen.sorted { $0.range < $1.range }, resolves: resolved)
    }

    /// A diagnostic concerns a selection it overlaps, or a cursor it touches.
    static func overlaps(_ diagnostic: TextRange, _ selection: TextRange) -> Bool {
        if selection.isEmpty || diagnostic.isEmpty { return diagnostic.touches(selection.start) || selection.touches(diagnostic.start) }
        return diagnostic.start < selection.end && selection.start < diagnostic.end
    }

    /// Two edits conflict when their ranges overlap, or both insert at one place (their order
    /// would be up to the editor).
    static func conflict(_ first: TextRange, _ second: TextRange) -> Bool {
        if first.start == second.start { return true }
        return first.start < second.end && second.start < first.end
    }
}
