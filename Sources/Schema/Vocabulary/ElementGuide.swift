import JSONSupport
import Syntax

/// What an element of a document is for, as its schema says: title, description and source.
public struct ElementDocumentation: Sendable, Hashable {
    public let title: String?
    public let description: String
    public let source: String
    /// How the value is written, when a definition it refers to fixes a format (a date, money):
    /// that definition's description, e.g. "A calendar date written YYYY-MM-DD, e.g. 2026-04-01."
    public let form: String?
}

/// One step of a path through a document's schema: a key, or any item of a list.
public enum ElementStep: Sendable, Hashable {
    case key(String)
    case anyItem
}

/// A narrative element with the fewest words that can do its job (`x-min-words` in a kind's
/// schema, beside the element), for the rule content/thin.
public struct NarrativeMinimum: Sendable, Hashable {
    public let path: [ElementStep]
    public let minimumWords: Int
    public let documentation: ElementDocumentation
}

/// Reads a kind's schema along a path of keys and indices, as the raw JSON says it (through
/// `$ref`, `allOf`, the branches of `anyOf`/`oneOf` and both arms of every `if`): enough for
/// rules to say what an element holds without the editor features' navigator.
public struct ElementGuide: Sendable {
    public let documents: [String: JSONValue]

    public static let shared = ElementGuide(documents: SchemaDocuments.documents)

    public init(documents: [String: JSONValue]) {
        self.documents = documents
    }

    /// A schema object and the file its relative `$ref`s resolve against.
    struct View {
        let json: JSONValue
        let file: String
    }

    /// Bounds the views one expansion visits: a broken edit to the schemas must not hang a check.
    static let maximumExpansion = 64

    /// The documentation of the element at `path` in a document of `kind`: the description its
    /// own schema gives it (the property, or the list's items), else that of the nearest element
    /// above it that has one (a list item is explained by its list). A shared definition it refers
    /// to (`narrative`: "Plain text, or a list of points") does not describe the element, but one
    /// that fixes a format (a date, money) says how to write it.
    public func documentation(at path: [PathComponent], in kind: DocumentKind) -> ElementDocumentation? {
        var steps = path.map { component -> ElementStep in
            if case let .key(key) = component { return .key(key) }
            return .anyItem
        }
        var form: String?
        while let last = steps.last {
            let parents = views(at: Array(steps.dropLast()), in: kind)
            let own = children(of: parents, last)
            if form == nil {
                form = expand(own).first(where: Self.fixesAFormat).flatMap { $0.json.shownDescription }
            }
            if let documented = own.lazy.compactMap(Self.documentation).first {
                let shown = form.flatMap { documented.description.contains("YYYY") ? nil : $0 }
                return ElementDocumentation(title: documented.title, description: documented.description,
                                            source: documented.source, form: shown)
            }
            steps.removeLast()
        }
        return nil
    }

    /// Every element of `kind` that carries `x-min-words`, in the schema's order.
    public func narrativeMinimums(in kind: DocumentKind) -> [NarrativeMinimum] {
        guard let root = documents[kind.schemaFile] else { return [] }
        var found: [NarrativeMinimum] = []
        collect(expand([View(json: root, file: kind.schemaFile)]), path: [], into: &found)
        return found
    }

    private func collect(_ views: [View], path: [ElementStep], into found: inout [NarrativeMinimum]) {
        guard path.count < 8 else { return }
        var seen = Set<String>()
        for view in views {
            for (key, child) in view.json["properties"]?.objectValue ?? [:] where seen.insert(key).inserted {
                let childView = View(json: child, file: view.file)
                let childPath = path + [.key(key)]
                if let minimum = child["x-min-words"]?.intValue, let documentation = Self.documentation(of: childView) {
                    found.append(NarrativeMinimum(path: childPath, minimumWords: minimum, documentation: documentation))
                }
                collect(expand([childView]), path: childPath, into: &found)
            }
            if let items = view.json["items"], items.objectValue != nil, seen.insert("[]").inserted {
                collect(expand([View(json: items, file: view.file)]), path: path + [.anyItem], into: &found)
            }
        }
    }

    func views(at path: [ElementStep], in kind: DocumentKind) -> [View] {
        guard let root = documents[kind.schemaFile] else { return [] }
        var views = expand([View(json: root, file: kind.schemaFile)])
        for step in path {
            views = expand(children(of: views, step))
            if views.isEmpty { return [] }
        }
        return views
    }

    private func children(of views: [View], _ step: ElementStep) -> [View] {
        var result: [View] = []
        for view in views {
            switch step {
            case let .key(key):
                if let property = view.json["properties"]?[key] {
                    result.append(View(json: property, file: view.file))
                } else if let additional = view.json["additionalProperties"], additional.objectValue != nil {
                    result.append(View(json: additional, file: view.file))
                }
            case .anyItem:
                if let items = view.json["items"], items.objectValue != nil { result.append(View(json: items, file: view.file)) }
            }
        }
        return result
    }

    /// The views themselves first (a property's own description wins over its definition's), then
    /// what they refer to and combine.
    private func expand(_ start: [View]) -> [View] {
        var result: [View] = []
        var queue = start
        var index = 0
        while index < queue.count, result.count < Self.maximumExpansion {
            let view = queue[index]
            index += 1
            guard view.json.objectValue != nil else { continue }
            result.append(view)
            if let text = view.json["$ref"]?.stringValue, let reference = SchemaReference(text),
               let target = reference.resolve(in: documents, from: view.file) {
                queue.append(View(json: target, file: reference.file ?? view.file))
            }
            for keyword in ["allOf", "anyOf", "oneOf"] {
                let branches = view.json[keyword]?.arrayValue ?? []
                // A vocabulary's terms are values, not schemas of the element.
                guard !branches.contains(where: { $0["const"] != nil }) else { continue }
                queue += branches.map { View(json: $0, file: view.file) }
            }
            for keyword in ["then", "else"] {
                if let branch = view.json[keyword] { queue.append(View(json: branch, file: view.file)) }
            }
        }
        return result
    }

    private static func documentation(of view: View) -> ElementDocumentation? {
        guard let description = view.json.shownDescription, !description.isEmpty else { return nil }
        return ElementDocumentation(title: view.json["title"]?.stringValue, description: description,
                                    source: view.json["x-source"]?.stringValue ?? "", form: nil)
    }

    /// A described schema that asserts a `format` itself or in its alternatives (`date`, `money`).
    private static func fixesAFormat(_ view: View) -> Bool {
        guard view.json["description"]?.stringValue != nil else { return false }
        let formats = { (json: JSONValue) in json["format"] != nil || json["x-format"] != nil }
        return formats(view.json) || (view.json["anyOf"]?.arrayValue ?? []).contains(where: formats)
    }
}
