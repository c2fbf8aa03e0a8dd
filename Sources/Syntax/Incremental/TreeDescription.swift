import SourceText

extension SyntaxTree {
    /// Every node with its range, style and value, one per line, then the comments and the
    /// diagnostics: equal for two trees exactly when they are the same parse. For comparing an
    /// incremental parse with a full one (tests and the fuzz target).
    public var structuralDescription: String {
        var lines: [String] = []
        func describe(_ node: SyntaxNode, _ depth: Int, _ label: String) {
            let pad = String(repeating: " ", count: depth)
            switch node.content {
            case let .mapping(mapping):
                lines.append("\(pad)\(label)mapping \(mapping.style) \(node.range)")
                for entry in mapping.entries {
                    lines.append("\(pad) entry \(entry.range) colon \(entry.colonRange.map(\.description) ?? "-")")
                    describe(entry.key, depth + 2, "key ")
                    if let value = entry.value { describe(value, depth + 2, "value ") }
                }
            case let .sequence(sequence):
                lines.append("\(pad)\(label)sequence \(sequence.style) \(node.range)")
                for item in sequence.items {
                    lines.append("\(pad) item \(item.range) dash \(item.dashRange.map(\.description) ?? "-")")
                    describe(item.value, depth + 2, "")
                }
            case let .scalar(scalar):
                lines.append("\(pad)\(label)scalar \(scalar.style) \(node.range) \(String(reflecting: scalar.value)) \(String(reflecting: scalar.text))")
            }
        }
        if let root { describe(root, 0, "") }
        lines += comments.map { "comment \($0.range) \(String(reflecting: $0.text))" }
        lines += diagnostics.map { "diagnostic \($0)" }
        return lines.joined(separator: "\n")
    }
}
