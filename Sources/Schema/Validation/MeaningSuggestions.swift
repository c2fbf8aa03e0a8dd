import JSONSupport

/// "Did you mean" by meaning rather than spelling: a key written under a name commissioners use
/// for it elsewhere (`vision`, `budget`, `kpis`) and the sections it may mean (`direction`,
/// `resources`, `monitoring`), from `$defs/section-synonyms` in vocabulary.schema.json. Only the
/// sections the schema allows at that place are offered, so one table serves every kind.
public enum MeaningSuggestions {
    static let table: [String: [String]] = load(SchemaDocuments.documents)

    static func load(_ documents: [String: JSONValue]) -> [String: [String]] {
        guard let entries = documents[VocabularyNames.file]?["$defs"]?["section-synonyms"]?["x-synonyms"]?.objectValue else { return [:] }
        var table: [String: [String]] = [:]
        for (word, sections) in entries { table[normalized(word)] = sections.arrayValue?.compactMap(\.stringValue) ?? [] }
        return table
    }

    /// The allowed sections `typed` may mean, in the table's order; a plural or singular form
    /// of a listed word counts too (`kpi`, `objective`).
    public static func sections(for typed: String, among allowed: [String]) -> [String] {
        let word = normalized(typed)
        let forms = [word, word.hasSuffix("s") ? String(word.dropLast()) : word + "s"]
        guard let meant = forms.lazy.compactMap({ table[$0] }).first else { return [] }
        let permitted = Set(allowed)
        return meant.filter(permitted.contains)
    }

    static func normalized(_ text: String) -> String {
        String(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }
}
