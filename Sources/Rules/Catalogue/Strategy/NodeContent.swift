import Syntax

extension SyntaxNode {
    /// True when the node says nothing: `key:` with no value, `~`, an empty or blank string, or
    /// an empty list or mapping. Rules treat such a section as missing, since the writer has not
    /// yet filled it in (the schema layer reports its wrong type separately).
    var isBlank: Bool {
        switch content {
        case let .scalar(scalar):
            if case .null = scalar.value { return true }
            return scalar.text.allSatisfy(\.isWhitespace)
        case let .sequence(sequence): return sequence.items.isEmpty
        case let .mapping(mapping): return mapping.entries.isEmpty
        }
    }
}

extension SyntaxMapping {
    /// The value at `key` when it says something (see `isBlank`); nil when missing or blank.
    func filled(_ key: String) -> SyntaxNode? {
        guard let value = self[key], !value.isBlank else { return nil }
        return value
    }
}

extension SyntaxNode {
    /// The items of a list that are mappings (`- id: H1 …`), with the item's node; other items
    /// (a stray scalar) are the schema layer's to report.
    var mappingItems: [(node: SyntaxNode, mapping: SyntaxMapping)] {
        (sequence?.items ?? []).compactMap { item in item.value.mapping.map { (item.value, $0) } }
    }
}
