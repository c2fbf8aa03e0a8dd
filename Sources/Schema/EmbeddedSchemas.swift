/// The schema and vocabulary files of `Schemas/`, carried inside the binary.
public enum EmbeddedSchemas {
    /// Text of each JSON file, keyed by its path relative to `Schemas/` (e.g. `strategy.schema.json`).
    public static var files: [String: String] { EmbeddedSchemaFiles.files }
}
