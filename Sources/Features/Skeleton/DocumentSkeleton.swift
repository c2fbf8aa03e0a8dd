import Schema

/// The skeleton of a kind, section by section, as `commissioning-ls new` writes it and as the
/// quick fix "Add the missing section" inserts a section: one writer for both, so that a section
/// added by the fix reads (and lints) exactly like one in a new document.
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
}
