import Syntax
import SourceText

/// The results of validating each top-level section's value against its property schema, and
/// each sizeable list item inside it against the items' schema, kept from one check for the
/// next: a section whose text has not changed is not validated again, nor an unchanged item of
/// a section that has; their failures are moved with them. What a schema says of a value
/// depends on that value alone (and its place, in the failures' paths, which are rewritten when
/// an item has moved in its list), so this is the same as validating it afresh.
public struct SectionValidations: Sendable {
    public static let none = SectionValidations(results: [:], items: [:], sectionStarts: [:])

    struct Key: Hashable {
        let name: String
        /// The property schema's node (several may apply to one key).
        let schema: Int
    }

    struct Result: Sendable {
        let valid: Bool
        let failures: [ValidationFailure]
    }

    /// An item by where it is in its section (from the section's value), its length and the schema.
    struct ItemKey: Hashable {
        let offset: Int
        let length: Int
        let schema: Int
    }

    struct ItemResult: Sendable {
        let valid: Bool
        /// As found, when the item started at `origin`, at `path` (kept only when there are failures).
        let failures: [ValidationFailure]
        let origin: Int
        let path: [PathComponent]?
    }

    var results: [Key: Result]
    /// By top-level key.
    var items: [String: [ItemKey: ItemResult]]
    /// Where each section's value started, by top-level key.
    var sectionStarts: [String: Int]
}

/// What an earlier check's results may be used for: by top-level key, how far that unchanged
/// section has moved, and which parts of the text are unchanged.
struct SectionReuse {
    /// Items shorter than this are validated again: keeping them would cost about as much.
    static let smallestKeptItem = 64

    let previous: SectionValidations
    let moved: [String: Int]
    let unchanged: UnchangedText?
    var recorded: [SectionValidations.Key: SectionValidations.Result] = [:]
    var recordedItems: [String: [SectionValidations.ItemKey: SectionValidations.ItemResult]] = [:]
    var sectionStarts: [String: Int] = [:]
    /// The section being validated: its key and where its value starts.
    var current: (name: String, start: Int)?

    var kept: SectionValidations {
        SectionValidations(results: recorded, items: recordedItems, sectionStarts: sectionStarts)
    }

    /// The earlier result for an item now at `range`, if its text is unchanged.
    func keptItem(at range: TextRange, schema: Int, in section: String) -> SectionValidations.ItemResult? {
        guard let unchanged, let oldStart = unchanged.oldStart(of: range), let oldSection = previous.sectionStarts[section] else { return nil }
        return previous.items[section]?[SectionValidations.ItemKey(offset: oldStart - oldSection, length: range.length, schema: schema)]
    }
}

extension ValidationFailure {
    func moved(by delta: Int) -> ValidationFailure {
        guard delta != 0 else { return self }
        func move(_ range: TextRange?) -> TextRange? { range.map { TextRange(start: $0.start + delta, end: $0.end + delta) } }
        return ValidationFailure(keyword: keyword, instancePath: instancePath, schemaPath: schemaPath, detail: detail,
                                 range: move(range), keyRange: move(keyRange), value: value, schemaTitle: schemaTitle, note: note)
    }

    /// The failure of an item found at `old`, for the item now at `new`.
    func replacingPath(_ old: [PathComponent], with new: [PathComponent]) -> ValidationFailure {
        guard instancePath.starts(with: old) else { return self }
        return ValidationFailure(keyword: keyword, instancePath: new + instancePath.dropFirst(old.count), schemaPath: schemaPath, detail: detail,
                                 range: range, keyRange: keyRange, value: value, schemaTitle: schemaTitle, note: note)
    }
}

extension ValidationRun {
    /// A root property's value against its schema, through the kept results when the section is unchanged.
    mutating func validateSection<Instance: SchemaInstance>(_ schema: Int, _ value: Instance, name: String) -> Bool {
        guard collecting, path.count == 1, sections != nil else { return validateChild(schema, value) }
        let key = SectionValidations.Key(name: name, schema: schema)
        let start = value.sourceRange?.start
        if let start { sections!.sectionStarts[name] = start }
        if let delta = sections!.moved[name], let kept = sections!.previous.results[key] {
            let moved = kept.failures.map { $0.moved(by: delta) }
            failures += moved
            sections!.recorded[key] = SectionValidations.Result(valid: kept.valid, failures: moved)
            // The items' offsets are from the section's start, which moved with them.
            if let items = sections!.previous.items[name] { sections!.recordedItems[name] = items }
            return kept.valid
        }
        let before = failures.count
        sections!.current = start.map { (name, $0) }
        let valid = validateChild(schema, value)
        sections!.current = nil
        sections!.recorded[key] = SectionValidations.Result(valid: valid, failures: Array(failures[before...]))
        return valid
    }

    /// A list item against the items' schema, through the kept result when its text is unchanged.
    mutating func validateItem<Instance: SchemaInstance>(_ schema: Int, _ value: Instance) -> Bool {
        guard collecting, let current = sections?.current, let range = value.sourceRange,
              range.length >= SectionReuse.smallestKeptItem else { return validateChild(schema, value) }
        let key = SectionValidations.ItemKey(offset: range.start - current.start, length: range.length, schema: schema)
        if let kept = sections!.keptItem(at: range, schema: schema, in: current.name) {
            let delta = range.start - kept.origin
            for failure in kept.failures {
                let moved = failure.moved(by: delta)
                failures.append(kept.path.map { $0 == path ? moved : moved.replacingPath($0, with: path) } ?? moved)
            }
            sections!.recordedItems[current.name, default: [:]][key] = kept
            return kept.valid
        }
        let before = failures.count
        let valid = validateChild(schema, value)
        let found = failures.count == before ? [] : Array(failures[before...])
        sections!.recordedItems[current.name, default: [:]][key] = SectionValidations.ItemResult(
            valid: valid, failures: found, origin: range.start, path: found.isEmpty ? nil : path)
        return valid
    }
}
