/// One of the four kinds of document, as its schema describes it: the `kind:` id, the file
/// suffixes that imply it, and its sections with what each is for and where the source says so.
public struct DocumentKind: Sendable, Hashable {
    public let id: String
    public let title: String
    public let description: String
    public let source: String
    /// e.g. `.strategy.yaml`, `.strategy.yml`: from the schema's `x-file-suffixes`.
    public let fileSuffixes: [String]
    /// The schema's path relative to `Schemas/`, the key in `EmbeddedSchemas.files`.
    public let schemaFile: String
    /// Top-level keys in the schema's order, the header first.
    public let sections: [Section]

    /// The short name in the file suffix (`strategy` for `.strategy.yaml`), accepted by `schema KIND`.
    public var shortName: String? {
        fileSuffixes.first?.split(separator: ".").first.map(String.init)
    }

    public var requiredSections: [Section] { sections.filter(\.isRequired) }

    public func section(_ key: String) -> Section? { sections.first { $0.key == key } }
}

/// A top-level key of a document kind.
public struct Section: Sendable, Hashable {
    public let key: String
    public let title: String
    public let description: String
    public let source: String
    public let isRequired: Bool
}
