import Foundation
import JSONSupport
import SourceText
import Syntax

/// Turns `ValidationFailure`s on a parsed document into `Diagnostic`s: the one place that decides
/// codes, ranges (the smallest node: a key, a value, never the whole file), messages and fixes.
public enum SchemaDiagnostics {
    /// Every code this layer can produce, with what it means (for `rules`, `explain` and hover).
    /// The safety of the fixes `fixes(for:…)` and `ColonInProse` give, by code: a section's
    /// skeleton and quoted prose mean what the writer meant; a key is safely respelt only when
    /// one spelling is nearest; a term replaced by a suggestion says something else.
    public static let fixSafety: [String: FixSafety] = [
        "schema/required": .safe, "schema/type": .safe, "schema/unknown-key": .mixed, "schema/enum": .unsafe, "schema/const": .unsafe,
    ]

    public static let codes: [(code: String, summary: String)] = [
        ("schema/required", "a required section or key is missing"),
        ("schema/unknown-key", "a key the schema does not define (with the nearest allowed keys)"),
        ("schema/type", "a value of the wrong type (text, list, mapping, number …)"),
        ("schema/enum", "a value outside its vocabulary (with the nearest allowed ids)"),
        ("schema/const", "a value that must be exactly one thing"),
        ("schema/min-items", "a list with too few items"),
        ("schema/max-items", "a list with too many items"),
        ("schema/unique-items", "a list that repeats an item"),
        ("schema/min-length", "text that is empty or too short"),
        ("schema/max-length", "text that is too long"),
        ("schema/pattern", "text that does not have the required form"),
        ("schema/minimum", "a number below its minimum"),
        ("schema/maximum", "a number above its maximum"),
        ("schema/exclusive-minimum", "a number not above its lower limit"),
        ("schema/exclusive-maximum", "a number not below its upper limit"),
        ("schema/multiple-of", "a number that is not a multiple of what is required"),
        ("schema/min-properties", "a mapping with too few entries"),
        ("schema/max-properties", "a mapping with too many entries"),
        ("schema/dependent-required", "a key that needs another key beside it"),
        ("schema/contains", "a list without an item of the required kind"),
        ("schema/one-of", "a value that fits none, or more than one, of its alternatives"),
        ("schema/any-of", "a value that fits none of its alternatives"),
        ("schema/not", "a value of a kind that is not allowed"),
        ("schema/not-allowed", "a key or value that is not allowed at all"),
        ("schema/format", "a value that does not have its format"),
        ("schema/schema-error", "the schema itself cannot be used here"),
        ("date/invalid", "a date that is not a real calendar date (YYYY-MM-DD), a month that is not YYYY-MM, or a financial year that is not YYYY/YY"),
        ("money/invalid", "an amount that is not money (£1m, £1.5m, £1.2 million, £250k, £250,000, £1/4m, plain numbers; optionally a year, a week, an hour)"),
    ]

    public static func diagnostics(for failures: [ValidationFailure], in tree: SyntaxTree) -> [Diagnostic] {
        // A missing key that an unknown key beside it is a misspelling of (`monitering` for the
        // required `monitoring`) is one mistake: it is reported once, at the misspelt key, whose
        // fix resolves both.
        struct Misspelling: Hashable {
            let object: [PathComponent]
            let name: String
        }
        var misspelt = Set<Misspelling>()
        for failure in failures {
            guard case .unknownProperty = failure.detail else { continue }
            for suggestion in suggestions(for: failure) {
                misspelt.insert(Misspelling(object: Array(failure.instancePath.dropLast()), name: suggestion))
            }
        }
        var seen = Set<Diagnostic>()
        var result: [Diagnostic] = []
        for failure in failures {
            if case let .required(property, _) = failure.detail, misspelt.contains(Misspelling(object: failure.instancePath, name: property)) {
                continue
            }
            let diagnostic = self.diagnostic(for: failure, in: tree)
            if seen.insert(diagnostic).inserted { result.append(diagnostic) }
        }
        return result.sorted()
    }

    public static func diagnostic(for failure: ValidationFailure, in tree: SyntaxTree) -> Diagnostic {
        let suggestions = self.suggestions(for: failure)
        let range = self.range(for: failure)
        if case let .type(expected, .object) = failure.detail, expected.contains(.string), let value = failure.range,
           let reading = ColonInProse.reading(at: failure.instancePath, in: tree) {
            let place = SchemaMessages.describe(failure.instancePath)
            return Diagnostic(
                code: code(for: failure), severity: .error,
                message: ColonInProse.message(reading, place: place.prefix(1).uppercased() + place.dropFirst()),
                range: value, fixes: [ColonInProse.fix(reading, range: value)]
            )
        }
        return Diagnostic(
            code: code(for: failure), severity: .error,
            message: SchemaMessages.message(for: failure, suggestions: suggestions),
            range: range, fixes: fixes(for: failure, suggestions: suggestions, range: range, in: tree)
        )
    }

    public static func code(for failure: ValidationFailure) -> String {
        switch failure.detail {
        case let .format(name):
            if name.split(separator: "|").contains("money") { return "money/invalid" }
            if name.split(separator: "|").contains(where: { $0 == "date" || $0 == "year-month" || $0 == "financial-year" }) { return "date/invalid" }
            return "schema/format"
        case .vocabulary: return "schema/enum"
        case .unknownProperty: return "schema/unknown-key"
        case .schemaDefect: return "schema/schema-error"
        case .falseSchema: return "schema/not-allowed"
        default: break
        }
        switch failure.keyword {
        case "minContains", "maxContains": return "schema/contains"
        default: return "schema/" + kebabCase(failure.keyword)
        }
    }

    /// The nearest allowed words for an unknown key or a value outside its vocabulary; for an
    /// unknown key, by spelling and then by meaning (`vision` → `direction`).
    public static func suggestions(for failure: ValidationFailure) -> [String] {
        switch failure.detail {
        case let .unknownProperty(name, allowed):
            let spelt = Suggestions.nearest(to: name, among: allowed)
            let meant = MeaningSuggestions.sections(for: name, among: allowed).filter { !spelt.contains($0) }
            return Array((spelt + meant).prefix(3))
        case let .vocabulary(_, allowed), let .enumeration(allowed):
            guard case let .string(typed)? = failure.value else { return [] }
            // Only what may be recommended: a misspelt `line-managment` is not offered the
            // lever commissioners do not have.
            return Suggestions.nearest(to: typed, among: (failure.note?.offered ?? allowed).compactMap(\.stringValue))
        case let .const(expected):
            guard case let .string(typed)? = failure.value, case let .string(wanted) = expected else { return [] }
            return Suggestions.nearest(to: typed, among: [wanted])
        default:
            return []
        }
    }

    /// The smallest node concerned. Missing keys and list lengths point at the key holding the
    /// mapping or list; an empty value (`key:` and nothing) and a multi-line collection of the
    /// wrong type point at their key; anything else at the value itself.
    static func range(for failure: ValidationFailure) -> TextRange {
        let value = failure.range
        switch failure.detail {
        case .unknownProperty, .required, .dependentRequired, .count:
            if failure.keyword == "minLength" || failure.keyword == "maxLength" { break }
            if let key = failure.keyRange { return key }
        case .noMatchingItem:
            if let key = failure.keyRange { return key }
        default:
            break
        }
        if let value, let key = failure.keyRange, value.isEmpty || failure.value == nil, !key.isEmpty, key.start <= value.start {
            return key
        }
        return value ?? failure.keyRange ?? .empty(at: 0)
    }

    static func fixes(for failure: ValidationFailure, suggestions: [String], range: TextRange, in tree: SyntaxTree) -> [Fix] {
        switch failure.detail {
        case .unknownProperty, .vocabulary, .enumeration, .const:
            guard failure.range != nil || failure.keyRange != nil, !range.isEmpty else { return [] }
            // A misspelt key with one nearest spelling means what the writer meant; a term
            // replaced by a suggestion says something else (another term), so it is unsafe.
            var safe = false
            if case let .unknownProperty(name, allowed) = failure.detail { safe = suggestions.count == 1 && Suggestions.nearest(to: name, among: allowed) == suggestions }
            return suggestions.map { Fix(title: "Replace with \(SchemaMessages.quoted($0))", edits: [TextEdit(range: range, newText: $0)], isSafe: safe) }
        case let .required(property, _):
            guard let mappingRange = failure.range, let edit = MappingInsertion.edit(addingKey: property, toMappingAt: mappingRange, in: tree) else { return [] }
            return [Fix(title: "Add the missing \(failure.instancePath.isEmpty ? "section" : "key") \(SchemaMessages.quoted(property))", edits: [edit], isSafe: true)]
        default:
            return []
        }
    }

    /// `minItems` → `min-items`, `oneOf` → `one-of`.
    static func kebabCase(_ keyword: String) -> String {
        var result = ""
        for character in keyword.replacingOccurrences(of: "$", with: "") {
            if character.isUppercase {
                result += "-" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension SchemaRegistry {
    /// The schema diagnostics of a parsed document. A document with no content (no root node)
    /// gets none here: what an empty file lacks is for the caller, which knows its kind, to say.
    public func diagnostics(for tree: SyntaxTree, against schema: CompiledSchema) -> [Diagnostic] {
        guard let root = tree.root else { return [] }
        return SchemaDiagnostics.diagnostics(for: validate(root, against: schema), in: tree)
    }
}
