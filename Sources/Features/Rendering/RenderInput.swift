import JSONSupport
import Schema
import SourceText

/// One document to render: its data (the tree as JSON), its kind, and the problems lint found in it.
public struct RenderInput: Sendable {
    /// The document's path relative to the workspace root (`plans/older-people.strategy.yaml`):
    /// links between documents are resolved from it.
    public let workspacePath: String
    public let kind: DocumentKind?
    public let data: JSONValue
    public let problems: [PageProblem]

    public init(workspacePath: String, kind: DocumentKind?, data: JSONValue, problems: [PageProblem]) {
        self.workspacePath = workspacePath
        self.kind = kind
        self.data = data
        self.problems = problems
    }

    /// The page's file name beside the others: the path with `/` turned into `--` and `.html`
    /// instead of `.yaml`, so that two documents of the same name in different folders differ.
    public var pageName: String {
        var name = workspacePath
        while name.hasPrefix("/") { name.removeFirst() }
        for suffix in [".yaml", ".yml"] where name.lowercased().hasSuffix(suffix) {
            name.removeLast(suffix.count)
            break
        }
        let safe = name.replacingOccurrences(of: "/", with: "--").unicodeScalars.map { scalar -> String in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar) ? String(scalar) : "_"
        }.joined()
        return (safe.hasPrefix(".") ? "_" + safe : safe) + ".html"
    }

    public var title: String { data["title"]?.stringValue ?? workspacePath }
    public var errorCount: Int { problems.filter { $0.severity == .error }.count }
    public var warningCount: Int { problems.filter { $0.severity == .warning }.count }
}

/// A lint finding as a page shows it: where it is (line, and the top-level element it falls in,
/// to link to that section) and what to do.
public struct PageProblem: Sendable, Hashable {
    public let severity: Severity
    public let code: String
    public let message: String
    public let line: Int
    public let sectionKey: String?

    public init(severity: Severity, code: String, message: String, line: Int, sectionKey: String?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
        self.sectionKey = sectionKey
    }
}

/// The documents rendered together, so that a page can link to the others.
public struct RenderSite: Sendable {
    public let documents: [RenderInput]
    public let vocabulary: Vocabulary
    public let bibliography: Bibliography
    /// Whether an index.html of all the documents sits beside the pages (as `render` writes it),
    /// for each page's footer to link to; not for a page drawn on its own.
    public let hasIndex: Bool

    public init(documents: [RenderInput], vocabulary: Vocabulary = .shared, bibliography: Bibliography = .shared,
                hasIndex: Bool = true) {
        self.documents = documents
        self.vocabulary = vocabulary
        self.bibliography = bibliography
        self.hasIndex = hasIndex
    }

    /// The document a path written in `from` names (relative to `from`'s folder), if rendered.
    func document(named path: String, from: RenderInput) -> RenderInput? {
        let target = Self.resolve(path, from: from.workspacePath)
        return documents.first { $0.workspacePath == target }
    }

    /// `a/b/c.yaml` + `../d.yaml` → `a/d.yaml`.
    static func resolve(_ path: String, from document: String) -> String {
        var parts = document.split(separator: "/").map(String.init).dropLast()
        for part in path.split(separator: "/").map(String.init) {
            switch part {
            case ".", "": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
