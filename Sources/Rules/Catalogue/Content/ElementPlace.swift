import Foundation
import Schema
import Syntax

/// Naming an element in a message and saying what it must hold, from its schema.
enum ElementPlace {
    /// `guidance-and-research`, `statement` in item 1 of `aims`, item 2 of `supply.strengths`.
    static func name(_ path: [PathComponent]) -> String {
        guard let last = path.lastIndex(where: { if case .index = $0 { return true }; return false }),
              case let .index(index) = path[last] else { return "`\(keys(path[...]))`" }
        let before = keys(path[..<last])
        let list = before.isEmpty ? "the document" : "`\(before)`"
        guard last < path.count - 1 else { return "item \(index + 1) of \(list)" }
        return "`\(keys(path[(last + 1)...]))` in item \(index + 1) of \(list)"
    }

    private static func keys(_ path: ArraySlice<PathComponent>) -> String {
        path.map { component in
            switch component {
            case let .key(key): key
            case let .index(index): "item \(index + 1)"
            }
        }.joined(separator: ".")
    }

    /// "National guidance and research relevant to the population (001, element 3)
    /// [IPC, Commissioning for Health and Social Care, ch. 4, Table …]": what the element holds,
    /// as its schema says it, cited as a reader can follow it.
    static func holds(_ documentation: ElementDocumentation) -> String {
        var text = trimmedStop(documentation.description)
        if let form = documentation.form { text += " — " + lowercasedFirstWord(trimmedStop(form)) }
        if let citation = Bibliography.shared.citation(for: documentation.source) { text += " [\(citation)]" }
        return text
    }

    /// `A summary of…` → `a summary of…`, `First day` → `first day`; `NHS providers` and
    /// `MPS` keep their capitals.
    static func lowercasedFirstWord(_ text: String) -> String {
        let word = text.prefix { $0.isLetter }
        guard let first = word.first, first.isUppercase, !word.dropFirst().contains(where: \.isUppercase) else { return text }
        return first.lowercased() + text.dropFirst()
    }

    static func trimmedStop(_ text: String) -> String {
        var text = text
        while text.last == "." || text.last == " " { text.removeLast() }
        return text
    }

    /// A value as a message quotes it: one line, cut short.
    static func quoted(_ text: String, limit: Int = 40) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}

/// Every string value of a document in document order (keys are not values). Recursive: the
/// parser bounds nesting (`ParserLimits.maximumDepth`), so the stack is safe.
enum StringValues {
    static func visit(_ node: SyntaxNode?, _ body: (SyntaxNode, Scalar) -> Void) {
        guard let node else { return }
        switch node.content {
        case let .scalar(scalar):
            if case .string = scalar.value { body(node, scalar) }
        case let .mapping(mapping):
            for entry in mapping.entries { visit(entry.value, body) }
        case let .sequence(sequence):
            for item in sequence.items { visit(item.value, body) }
        }
    }

    /// The same, leaving out the nodes in `skipped` (and all they hold).
    static func visit(_ node: SyntaxNode?, skipping skipped: Set<ObjectIdentifier>, _ body: (SyntaxNode, Scalar) -> Void) {
        guard let node, !skipped.contains(ObjectIdentifier(node)) else { return }
        switch node.content {
        case let .scalar(scalar):
            if case .string = scalar.value { body(node, scalar) }
        case let .mapping(mapping):
            for entry in mapping.entries { visit(entry.value, skipping: skipped, body) }
        case let .sequence(sequence):
            for item in sequence.items { visit(item.value, skipping: skipped, body) }
        }
    }
}
