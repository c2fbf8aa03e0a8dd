import JSONSupport

/// Who wrote each seed text, what it is called and how it is divided, read from
/// `Schemas/bibliography.json`. A commissioner has the book or the report, not our file names, so
/// every seed reference (`001_b648799edb4670db.txt:216`) the data holds is shown to them as a
/// citation: "IPC, Commissioning for Health and Social Care, ch. 2, Table 2.3".
public struct Bibliography: Sendable {
    /// Loaded once, on first use, from the file built into the binary.
    public static let shared = Bibliography(document: SchemaDocuments.documents[file])

    /// The file's path relative to `Schemas/`.
    public static let file = "bibliography.json"

    public let sources: [BibliographySource]
    /// What could not be read, with its place; empty for the file we ship.
    public let problems: [String]

    public init(document: JSONValue?) {
        var reader = BibliographyReader()
        sources = reader.readSources(document?["x-bibliography"])
        problems = reader.problems
    }

    public func source(file: String) -> BibliographySource? { sources.first { $0.file == file } }

    /// The citation a reader can follow for `reference` (`FILE:LINE` or `FILE:FIRST-LAST`); nil when
    /// it is not a seed reference or names a file or lines the bibliography does not hold.
    public func citation(for reference: String, style: CitationStyle = .plainText, showingLines: Bool = false) -> String? {
        SourceReference(reference).flatMap { citation(for: $0, style: style, showingLines: showingLines) }
    }

    public func citation(for reference: SourceReference, style: CitationStyle = .plainText, showingLines: Bool = false) -> String? {
        guard let source = source(file: reference.file), let locator = source.locator(for: reference.lines) else { return nil }
        var parts: [String] = []
        if let author = source.shortAuthor { parts.append(style.text(author)) }
        parts.append(style.title(source.title))
        parts += locator.map(style.text)
        var citation = parts.joined(separator: ", ")
        if showingLines { citation += " (\(Self.lineReference(reference)))" }
        return citation
    }

    /// ` (IPC, Commissioning for Health and Social Care, ch. 2, Table 2.3)` to follow a quotation in
    /// running text; empty when the reference cannot be placed.
    public func parenthesisedCitation(for reference: String) -> String {
        citation(for: reference).map { " (\($0))" } ?? ""
    }

    /// The citations of several references, in order, each once (a rule quoting three lines of
    /// one table cites the table once).
    public func citations(for references: [String], style: CitationStyle = .plainText, showingLines: Bool = false) -> [String] {
        var seen: Set<String> = []
        return references.compactMap { citation(for: $0, style: style, showingLines: showingLines) }.filter { seen.insert($0).inserted }
    }

    /// `001:216` or `001:216-218`: the seed's number and the lines, for `explain --sources lines`.
    public static func lineReference(_ reference: SourceReference) -> String {
        let number = reference.file.split(separator: "_").first.map(String.init) ?? reference.file
        let lines = reference.lines.count == 1 ? "\(reference.lines.lowerBound)" : "\(reference.lines.lowerBound)-\(reference.lines.upperBound)"
        return "\(number):\(lines)"
    }
}

/// Plain text for the terminal, SARIF and skeleton comments; Markdown for hover and completion.
public enum CitationStyle: Sendable {
    case plainText
    /// The title in italics (`*…*`), other characters Markdown would read as markup escaped.
    case markdown

    func title(_ title: String) -> String {
        switch self {
        case .plainText: title
        case .markdown: "*\(Self.escape(title))*"
        }
    }

    func text(_ text: String) -> String {
        switch self {
        case .plainText: text
        case .markdown: Self.escape(text)
        }
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "*_`[]<>\\".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

/// One seed text: its author, title and sections.
public struct BibliographySource: Sendable, Hashable {
    /// The seed file's name, as seed references give it (`001_b648799edb4670db.txt`).
    public let file: String
    /// The author in full ("Institute of Public Care"); nil where the text names none.
    public let author: String?
    /// How a citation names the author ("IPC", "Carson et al.").
    public let shortAuthor: String?
    public let title: String
    public let year: Int?
    /// The date as the text gives it ("December 2006").
    public let date: String?
    public let publisher: String?
    public let series: String?
    /// The top-level sections, in order; together they cover every line of the text.
    public let sections: [BibliographySection]
    /// How many sections of this text share each cited name (lower-cased).
    private let nameCounts: [String: Int]

    public init(file: String, author: String?, shortAuthor: String?, title: String, year: Int?, date: String?,
                publisher: String?, series: String?, sections: [BibliographySection]) {
        self.file = file
        self.author = author
        self.shortAuthor = shortAuthor
        self.title = title
        self.year = year
        self.date = date
        self.publisher = publisher
        self.series = series
        self.sections = sections
        var counts: [String: Int] = [:]
        func count(_ sections: [BibliographySection]) {
            for section in sections {
                counts[section.citedName.lowercased(), default: 0] += 1
                count(section.sections)
            }
        }
        count(sections)
        nameCounts = counts
    }

    /// The sections that contain every line of `lines`, outermost first; empty when no section does.
    public func chain(containing lines: ClosedRange<Int>) -> [BibliographySection] {
        var chain: [BibliographySection] = []
        var candidates = sections
        while let section = candidates.first(where: { $0.lines.contains(lines.lowerBound) && $0.lines.contains(lines.upperBound) }) {
            chain.append(section)
            candidates = section.sections
        }
        return chain
    }

    /// The innermost section covering `lines`, named with as many of its enclosing sections as
    /// it takes to be unambiguous in this text ("What is included…" is repeated under every
    /// model, so the model is named too), after any section named in every citation (a book's
    /// chapter). Nil when no section covers the lines.
    func locator(for lines: ClosedRange<Int>) -> [String]? {
        let chain = chain(containing: lines)
        guard var index = chain.indices.last else { return nil }
        var names = [chain[index].citedName]
        while index > 0, nameCounts[chain[index].citedName.lowercased(), default: 0] > 1 {
            index -= 1
            names.insert(chain[index].citedName, at: 0)
        }
        let always = chain[..<index].filter(\.isAlwaysCited).map(\.citedName)
        return always + names
    }
}

/// A part of a seed text a citation can name: a chapter, section, table, figure, box, exercise
/// or appendix, or an unheaded part (front matter, an introduction) with a label of our own.
public struct BibliographySection: Sendable, Hashable {
    /// The text's own heading, verbatim; nil for an unheaded part.
    public let heading: String?
    /// How a citation names it ("Table 2.3", "ch. 2", "introduction"); nil to quote the heading.
    public let label: String?
    public let lines: ClosedRange<Int>
    /// The line that carries the heading: the first line, except where a caption sits below its
    /// figure or a title below blank lines.
    public let headingLine: Int
    /// Named in every citation of a line inside it, as a book's chapter is.
    public let isAlwaysCited: Bool
    public let sections: [BibliographySection]

    /// The label, or the heading in quotation marks.
    public var citedName: String { label ?? "“\(heading ?? "")”" }
}

/// Reads the JSON tolerantly: what is malformed is left out and described, so a bad edit shows
/// up in the tests, never as a crash.
private struct BibliographyReader {
    var problems: [String] = []

    mutating func readSources(_ value: JSONValue?) -> [BibliographySource] {
        guard let items = value?.arrayValue else {
            problems.append("\(Bibliography.file): no x-bibliography array")
            return []
        }
        return items.enumerated().compactMap { readSource($1, at: "x-bibliography/\($0)") }
    }

    private mutating func readSource(_ value: JSONValue, at place: String) -> BibliographySource? {
        guard let file = value["file"]?.stringValue, let title = value["title"]?.stringValue else {
            problems.append("\(place): a source needs a file and a title")
            return nil
        }
        return BibliographySource(
            file: file, author: value["author"]?.stringValue, shortAuthor: value["shortAuthor"]?.stringValue,
            title: title, year: value["year"]?.intValue, date: value["date"]?.stringValue,
            publisher: value["publisher"]?.stringValue, series: value["series"]?.stringValue,
            sections: readSections(value["sections"], at: "\(place) (\(file))"))
    }

    private mutating func readSections(_ value: JSONValue?, at place: String) -> [BibliographySection] {
        guard let items = value?.arrayValue else { return [] }
        return items.enumerated().compactMap { index, item in
            let here = "\(place)/sections/\(index)"
            let heading = item["heading"]?.stringValue, label = item["label"]?.stringValue
            guard let first = item["first"]?.intValue, let last = item["last"]?.intValue, first >= 1, first <= last,
                  heading != nil || label != nil else {
                problems.append("\(here): a section needs first ≤ last and a heading or a label")
                return nil
            }
            return BibliographySection(
                heading: heading, label: label, lines: first...last,
                headingLine: item["headingLine"]?.intValue ?? first,
                isAlwaysCited: item["alwaysCited"]?.boolValue ?? false,
                sections: readSections(item["sections"], at: here))
        }
    }
}
