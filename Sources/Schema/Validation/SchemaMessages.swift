import Foundation
import JSONSupport
import Syntax

/// The words of schema diagnostics: what is wrong and what to do, naming the section. Written once
/// here from `ValidationFailure`s, for the server and the command line alike.
enum SchemaMessages {
    static func message(for failure: ValidationFailure, suggestions: [String]) -> String {
        let place = describe(failure.instancePath)
        let subject = self.subject(failure)
        let didYouMean = suggestions.isEmpty ? "" : " Did you mean " + orList(suggestions.map(quoted)) + "?"
        switch failure.detail {
        case .falseSchema:
            return "\(subject) is not allowed here; remove it."
        case let .type(expected, actual):
            let wanted = orList(expected.map(describeExpected))
            if let shape = failure.note?.shape, expected.contains(.object) {
                return mappingMessage(place: place, shape: shape, wanted: wanted, actual: actual)
            }
            if actual == .null {
                return "\(place.capitalizedFirst) has no value; write \(wanted) here."
            }
            return "\(place.capitalizedFirst) must be \(wanted), not \(describeActual(actual)); rewrite it as \(wanted)."
        case let .required(property, title):
            let what = failure.instancePath.isEmpty ? "section" : "key"
            let named = title.map { " (\($0))" } ?? ""
            let holds = failure.note.flatMap(holdsClause) ?? ""
            if failure.instancePath.isEmpty {
                return "The required \(what) \(quoted(property))\(named) is missing\(holds); add \(article(for: property)) \(quoted(property + ":")) section to the document."
            }
            return "The required \(what) \(quoted(property))\(named) is missing from \(place)\(holds); add \(quoted(property + ":")) under it."
        case let .unknownProperty(name, allowed):
            let container = failure.instancePath.count <= 1 ? "this \(failure.schemaTitle.map { lowerFirst($0) } ?? "document")" : describe(Array(failure.instancePath.dropLast()))
            let kind = failure.instancePath.count <= 1 ? "section" : "key"
            let missing = failure.note?.missing ?? []
            let kinds = kind == "section" ? "sections" : "keys"
            if !suggestions.isEmpty {
                let others = missing.filter { !suggestions.contains($0) }
                let stillMissing = others.isEmpty ? "" : " Required \(kinds) still missing: \(shortList(others))."
                return "Unknown \(kind) \(quoted(name)) in \(container).\(didYouMean)\(stillMissing)"
            }
            if allowed.isEmpty { return "Unknown \(kind) \(quoted(name)) in \(container); remove it (nothing else can be added here)." }
            if !missing.isEmpty {
                return "Unknown \(kind) \(quoted(name)) in \(container). If it is one of the required \(kinds) still missing — \(shortList(missing)) — rename it; otherwise remove it."
            }
            return "Unknown \(kind) \(quoted(name)) in \(container); remove it or use one of: \(shortList(allowed))."
        case let .dependentRequired(property, requires):
            return "\(place.capitalizedFirst) has \(quoted(property)), which needs \(quoted(requires)) as well; add \(quoted(requires + ":"))."
        case let .count(limit, actual):
            return countMessage(failure.keyword, place: place, limit: limit, actual: actual)
        case let .duplicateItems(first, _):
            return "\(place.capitalizedFirst) repeats item \(first + 1) of the list; remove the duplicate."
        case .noMatchingItem:
            return "No item of \(place) is of the kind required; add one."
        case let .bound(limit, actual):
            return boundMessage(failure.keyword, place: place, limit: limit, actual: actual)
        case let .pattern(pattern):
            // What the value is for, with its example, says more to a commissioner than a regex.
            if let description = failure.note.flatMap(shownSentence), !description.isEmpty {
                return "\(subject) does not have the form required for \(place) (\(lowerFirst(description))); correct it."
            }
            return "\(subject) does not have the form required for \(place) (the pattern \(pattern)); correct it."
        case let .format(name):
            return formatMessage(name, subject: subject)
        case let .enumeration(allowed):
            return "\(subject) is not allowed for \(place); expected one of \(shortList(allowed.map(text))).\(didYouMean)"
        case let .vocabulary(title, allowed):
            let noun = title.map { withArticle(lowerFirst($0)) } ?? "an allowed value for \(place)"
            let offered = failure.note?.offered ?? allowed
            return "\(subject) is not \(noun); expected one of \(shortList(offered.map(text))).\(didYouMean)"
        case let .const(expected):
            return "\(place.capitalizedFirst) must be \(quoted(text(expected)))\(failure.value.map { ", not " + quoted(text($0)) } ?? "").\(didYouMean)"
        case let .noAlternative(alternatives):
            let described = alternatives.map(describe)
            return "\(subject) is not valid for \(place); expected \(described.count > 1 ? "one of: " + described.joined(separator: ", ") : orList(described))."
        case let .severalAlternatives(alternatives):
            return "\(subject) fits more than one of \(orList(alternatives.map(describe))) for \(place); make it fit exactly one."
        case .not:
            return "\(subject) is not allowed for \(place); change it."
        case let .schemaDefect(reason):
            return "\(place.capitalizedFirst) cannot be checked: \(reason)."
        }
    }

    /// A mapping given as text (or nothing): show the mapping to write, from the schema's keys.
    private static func mappingMessage(place: String, shape: String, wanted: String, actual: InstanceType) -> String {
        if actual == .null {
            return "\(place.capitalizedFirst) has no value; write \(wanted) here, e.g. `\(shape)`."
        }
        return "\(place.capitalizedFirst) must be \(wanted), not \(describeActual(actual)); write it as `\(shape)`, or put those keys on lines of their own under it."
    }

    /// `: it holds a statement about how the strategy will be monitored and reviewed (see
    /// IPC, Commissioning for Health and Social Care, ch. 4, …)` — the first sentence of the
    /// missing property's description, and the citation of its source.
    static func holdsClause(_ note: SchemaNote) -> String? {
        guard var description = shownSentence(of: note), !description.isEmpty else { return nil }
        if let source = note.source.flatMap({ Bibliography.shared.citation(for: $0) }) {
            // "… (Table 2.7)" becomes "… (Table 2.7; see IPC, …, ch. 2, Table 2.7)".
            if description.hasSuffix(")") { description.insert(contentsOf: "; see \(source)", at: description.index(before: description.endIndex)) }
            else { description += " (see \(source))" }
        }
        return ": it holds \(lowerFirst(description))"
    }

    /// The first sentence of the note's description, as a reader is shown it (`SeedNumbers`).
    private static func shownSentence(of note: SchemaNote) -> String? {
        note.description.map { firstSentence(SeedNumbers.removed(from: $0)) }
    }

    /// Up to the first full stop that ends a sentence, without it; long ones cut at a word.
    static func firstSentence(_ text: String) -> String {
        var sentence = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // A full stop followed by a capital or the end, not that of "e.g." or "i.e.": "e.g. H1" goes on.
        if let end = sentence.range(of: #"(?<!\be\.g)(?<!\bi\.e)\.(?=\s+[A-Z]|\s*$)"#, options: .regularExpression) { sentence = String(sentence[..<end.lowerBound]) }
        if sentence.hasSuffix(".") { sentence.removeLast() }
        guard sentence.count > 160 else { return sentence }
        let cut = sentence.prefix(160)
        // A cut inside brackets would leave them open ("(element …"): cut before them instead,
        // and say words are left out only if the sentence goes on after they close.
        if let opening = unclosedBracket(in: cut),
           case let before = sentence[..<opening].trimmingCharacters(in: CharacterSet(charactersIn: " ,;:")), !before.isEmpty {
            let after = closingBracket(in: sentence, from: opening).map { sentence[sentence.index(after: $0)...] } ?? ""
            return before + (after.trimmingCharacters(in: .whitespaces).isEmpty ? "" : " …")
        }
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }

    /// The outermost bracket `text` opens and does not close.
    private static func unclosedBracket(in text: Substring) -> String.Index? {
        var openings: [String.Index] = []
        for index in text.indices {
            if text[index] == "(" { openings.append(index) }
            if text[index] == ")", !openings.isEmpty { openings.removeLast() }
        }
        return openings.first
    }

    /// The bracket that closes the one at `opening`.
    private static func closingBracket(in text: String, from opening: String.Index) -> String.Index? {
        var depth = 0
        for index in text[opening...].indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1; if depth == 0 { return index } }
        }
        return nil
    }

    /// `the document`, `` `needs-assessment` ``, `item 2 of `aims``.
    static func describe(_ path: [PathComponent]) -> String {
        guard let last = path.last else { return "the document" }
        switch last {
        case let .key(key): return quoted(key)
        case let .index(index):
            let list = path.dropLast().last.map { if case let .key(key) = $0 { return quoted(key) } else { return "the list" } } ?? "the document"
            return "item \(index + 1) of \(list)"
        }
    }

    /// The offending scalar quoted (`` `intergrated` ``), else the place.
    private static func subject(_ failure: ValidationFailure) -> String {
        if let value = failure.value, value != .null { return quoted(text(value)) }
        return describe(failure.instancePath).capitalizedFirst
    }

    private static func countMessage(_ keyword: String, place: String, limit: Int, actual: Int) -> String {
        let Place = place.capitalizedFirst
        switch keyword {
        case "minItems": return "\(Place) must list at least \(plural(limit, "item")) (it has \(actual)); add \(limit - actual > 1 ? "items" : "an item")."
        case "maxItems": return "\(Place) may list at most \(plural(limit, "item")) (it has \(actual)); remove some."
        case "minLength": return limit == 1 ? "\(Place) must not be empty; write something here." : "\(Place) must be at least \(plural(limit, "character")) long (it has \(actual))."
        case "maxLength": return "\(Place) may be at most \(plural(limit, "character")) long (it has \(actual)); shorten it."
        case "minProperties": return "\(Place) must have at least \(plural(limit, "entry", "entries")) (it has \(actual)); add \(limit - actual > 1 ? "entries" : "one")."
        case "maxProperties": return "\(Place) may have at most \(plural(limit, "entry", "entries")) (it has \(actual)); remove some."
        case "minContains": return "\(Place) must have at least \(plural(limit, "matching item")) (it has \(actual))."
        default: return "\(Place) may have at most \(plural(limit, "matching item")) (it has \(actual))."
        }
    }

    private static func boundMessage(_ keyword: String, place: String, limit: Double, actual: Double) -> String {
        let Place = place.capitalizedFirst
        switch keyword {
        case "minimum": return "\(Place) must be at least \(number(limit)), not \(number(actual))."
        case "maximum": return "\(Place) must be at most \(number(limit)), not \(number(actual))."
        case "exclusiveMinimum": return "\(Place) must be more than \(number(limit)), not \(number(actual))."
        case "exclusiveMaximum": return "\(Place) must be less than \(number(limit)), not \(number(actual))."
        default: return "\(Place) must be a multiple of \(number(limit)), not \(number(actual))."
        }
    }

    private static func formatMessage(_ name: String, subject: String) -> String {
        let formats = name.split(separator: "|").map(String.init)
        if formats.contains("money") {
            return "\(subject) is not an amount of money; write it like £250,000, £1.2 million, £250k, £1.5m or £1/4m, or as a plain number, followed if it is a rate by `a year`, `a week` or `an hour`."
        }
        if formats.contains("date") && formats.contains("year-month") {
            let financialYear = formats.contains("financial-year") ? ", or a financial year as 2028/29" : ""
            return "\(subject) is neither a real calendar date nor a month; write YYYY-MM-DD (e.g. 2026-04-01) or YYYY-MM (e.g. 2026-04)\(financialYear)."
        }
        if formats.contains("date") && formats.contains("financial-year") {
            if hasDateShape(subject) { return dateMessage(subject) }
            return "\(subject) is neither a real calendar date nor a financial year; write YYYY-MM-DD (e.g. 2026-04-01), or a financial year as 2028/29 (or 2028-29, 2028/2029), the second year following the first."
        }
        if formats.contains("financial-year") {
            // A forecast's year: a whole number, or a string that must be a financial year.
            return "\(subject) is neither a calendar year (2030) nor a financial year; write a financial year as 2028/29 (or 2028-29, 2028/2029), the second year following the first."
        }
        if formats.contains("year-month") {
            return "\(subject) is not a month; write it as YYYY-MM with a month from 01 to 12, e.g. 2026-04."
        }
        if formats.contains("date") { return dateMessage(subject) }
        return "\(subject) is not a valid \(name); correct it."
    }

    private static func dateMessage(_ subject: String) -> String {
        "\(subject) is not a real calendar date; write it as YYYY-MM-DD, e.g. 2026-04-01."
    }

    /// `2029-02-30`: written as a date, so not being one is what to say.
    private static func hasDateShape(_ subject: String) -> Bool {
        let bytes = Array(subject.utf8.filter { $0 != UInt8(ascii: "`") })
        return bytes.count == 10 && bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    private static func describe(_ alternative: SchemaAlternative) -> String {
        if let title = alternative.title { return lowerFirst(title) }
        return orList(alternative.acceptedTypes.map(describeExpected))
    }

    static func describeExpected(_ type: InstanceType) -> String {
        switch type {
        case .object: "a mapping of `key: value` lines"
        case .array: "a list of `- item` lines"
        case .string: "text"
        case .integer: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .null: "nothing"
        }
    }

    static func describeActual(_ type: InstanceType) -> String {
        switch type {
        case .object: "a mapping"
        case .array: "a list"
        case .string: "text"
        case .integer: "a whole number"
        case .number: "a number"
        case .boolean: "true/false"
        case .null: "empty"
        }
    }

    static func text(_ value: JSONValue) -> String {
        switch value {
        case let .string(text): text
        case let .int(number): String(number)
        case let .double(number): number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let .bool(flag): flag ? "true" : "false"
        case .null: "null"
        default: JSONWriter().string(value)
        }
    }

    static func quoted(_ text: String) -> String { "`" + text + "`" }

    private static func number(_ value: Double) -> String { text(.double(value)) }

    private static func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : pluralForm ?? singular + "s")
    }

    static func orList(_ items: [String]) -> String {
        switch items.count {
        case 0: return "something else"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
        }
    }

    /// Up to twelve ids; a vocabulary longer than that is summarised (completion lists them all).
    private static func shortList(_ items: [String]) -> String {
        let shown = items.prefix(12).joined(separator: ", ")
        return items.count > 12 ? shown + " … (\(items.count) in all)" : shown
    }

    /// "Level of integration" → "level of integration"; "IPC matrix area" stays as it is.
    static func lowerFirst(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 1, characters[0].isUppercase, !characters[1].isUppercase else { return text }
        return characters[0].lowercased() + String(characters.dropFirst())
    }

    static func withArticle(_ noun: String) -> String {
        noun.isEmpty ? noun : article(for: noun) + " " + noun
    }

    /// "an" before a vowel (`an integration:` section), else "a".
    static func article(for word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}

fileprivate extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
