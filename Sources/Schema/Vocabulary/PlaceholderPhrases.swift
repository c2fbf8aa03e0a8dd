import JSONSupport

/// The words writers put in place of content not yet written (`TODO`, `TBC`, `Not stated…`),
/// read from `content.schema.json` so that the list is data, not Swift. `content.schema.json`'s
/// description says how a value is matched; `match` does what it says.
public struct PlaceholderPhrases: Sendable {
    public static let file = "content.schema.json"
    public static let definition = "placeholder"

    public static let shared = PlaceholderPhrases(documents: SchemaDocuments.documents)

    /// Values that are placeholders on their own, normalised (lower case, single spaces).
    public let wholeValues: Set<String>
    /// Openings that make the whole value a placeholder (`TBC – awaiting the budget`).
    public let leadingPhrases: [String]
    /// The first characters any of them can start with: most text is rejected on its first letter.
    private let firstCharacters: Set<Character>

    public init(wholeValues: [String], leadingPhrases: [String]) {
        self.wholeValues = Set(wholeValues.map(Self.normalised))
        self.leadingPhrases = leadingPhrases.map(Self.normalised).filter { !$0.isEmpty }
        firstCharacters = Set(self.wholeValues.compactMap(\.first) + self.leadingPhrases.compactMap(\.first))
    }

    init(documents: [String: JSONValue]) {
        let definition = documents[Self.file]?["$defs"]?[Self.definition]
        let strings = { (key: String) in definition?[key]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        self.init(wholeValues: strings("x-whole-values"), leadingPhrases: strings("x-leading-phrases"))
    }

    /// Characters that wrap a placeholder without changing it: `[TBC]`, `*TODO*`, `TBC.`, `TODO:`.
    static let wrapping: Set<Character> = [" ", "\t", "\n", "\r", "[", "]", "(", ")", "<", ">", "*", "_", "\"", "'", ".", ":", ";", "!"]

    /// The placeholder phrase `text` is, or starts with; nil when it is content.
    public func match(_ text: String) -> String? {
        // Cheap rejection first: this runs on every string of every document.
        guard let first = text.first(where: { !Self.wrapping.contains($0) }) ?? text.first(where: { !$0.isWhitespace }),
              let lowered = first.lowercased().first, firstCharacters.contains(lowered) else { return nil }
        let trimmed = Self.normalised(text)
        if wholeValues.contains(trimmed) { return trimmed }
        let core = Self.normalised(String(trimmed.drop { Self.wrapping.contains($0) }.reversed().drop { Self.wrapping.contains($0) }.reversed()))
        if wholeValues.contains(core) { return core }
        let opening = String(trimmed.drop { Self.wrapping.contains($0) })
        for phrase in leadingPhrases where opening.hasPrefix(phrase) {
            let next = opening.dropFirst(phrase.count).first
            if next.map({ !$0.isLetter && !$0.isNumber }) ?? true { return phrase }
        }
        return nil
    }

    /// Lower case, spaces trimmed and runs of white space made one space. Only the first few
    /// hundred characters matter: no phrase is longer.
    static func normalised(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.prefix(200) {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result += character.lowercased()
        }
        return result
    }
}
