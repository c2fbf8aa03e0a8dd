import Schema

/// The skeleton of a kind, section by section, as `commissioning-ls new` writes it, as the quick
/// fix "Add the missing section" inserts a section and as completion offers one (a snippet): one
/// writer for all three, so that a section added in the editor reads (and lints) exactly like
/// one in a new document.
public enum DocumentSkeleton {
    /// Each section of the kind in the schema's order, with its lines (its comment, its key, and
    /// for a required one its values; an optional one is a `# key:` comment). `given` holds values
    /// for top-level keys (`title`, `population`).
    public static func sections(of kind: DocumentKind, given: [String: String] = [:]) -> [(key: String, lines: [String])] {
        let builder = SkeletonBuilder(kind: kind, documents: SchemaDocuments.documents, registry: .embedded, given: given)
        // One renderer for the whole document: like items explain their keys once, across sections too.
        var renderer = SkeletonRenderer()
        return builder.build().map { entry in (entry.key, renderer.render([entry])) }
    }

    /// The lines of one section, as `new` writes them; nil when the kind has no such section.
    public static func section(_ key: String, of kind: DocumentKind) -> [String]? {
        sections(of: kind).first { $0.key == key }?.lines
    }

    /// The lines of `key:` and its skeleton, for a key whose schemas are `schemas` (a child of
    /// `parent`'s), indented by `indent` spaces; a snippet (placeholders to fill in) when
    /// `snippet`. A top-level section of `kind` is its entry in `new`'s skeleton.
    static func lines(for key: String, schemas: [SchemaView], parent: [SchemaView], kind: DocumentKind?, topLevel: Bool,
                      indent: Int, snippet: Bool) -> [String] {
        let builder = SkeletonBuilder(kind: kind, documents: SchemaDocuments.documents, registry: .embedded, given: [:])
        var renderer = SkeletonRenderer(snippet: snippet)
        // A required section: its entry in `new`'s skeleton (an optional one is only a comment there).
        if topLevel, let kind, let entry = builder.build().first(where: { $0.key == key && $0.value != nil }) {
            if !snippet, let lines = section(key, of: kind) { return lines.map { String(repeating: " ", count: indent) + $0 } }
            return renderer.render([entry], indent: indent)
        }
        guard let view = schemas.first else { return [] }
        let parentCursor = parent.first { $0.json["properties"]?[key] != nil }
            .map { SkeletonBuilder.Cursor(schema: $0.json, file: $0.file, pointer: $0.pointer) }
        let entry = builder.entry(key, property: SkeletonBuilder.Cursor(schema: view.json, file: view.file, pointer: view.pointer),
                                  parent: parentCursor, partialParent: .null)
        return renderer.render([entry], indent: indent)
    }
}
