/// Joins terms for a message as a sentence does: `a`, `a or b`, `a, b or c`.
enum ProseList {
    static func joined(_ items: [String], conjunction: String = "or") -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// A label as it reads inside a sentence: `Business planning` → `business planning`, but
    /// `NHS providers` keeps its capitals.
    static func inSentence(_ label: String) -> String {
        guard let first = label.first, let second = label.dropFirst().first, second.isLowercase else { return label }
        return first.lowercased() + label.dropFirst()
    }
}
