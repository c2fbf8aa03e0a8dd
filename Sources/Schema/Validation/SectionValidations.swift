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

    /// An item's result: where it is in its section (from the section value's start), its
    /// length and the schema it was validated against.
    struct ItemResult: Sendable {
        let offset: Int
        let length: Int
        let schema: Int
        var valid: Bool
        /// As found, when the item started at `origin`, at `path` (kept only when there are failures).
        var failures: [ValidationFailure]
        var origin: Int
        var path: [PathComponent]?
    }

    var results: [Key: Result]
    /// By top-level key, in the order the items start (an item before the items inside it).
    var items: [String: [ItemResult]]
    /// Where each section's value started, by top-level key.
    var sectionStarts: [String: Int]
}

/// What an earlier check's results may be used for: by top-level key, how far that unchanged
/// section has moved, and which parts of the text are unchanged.
struct SectionReuse {
    /// Items shorter than this are validated again: keeping them would cost about as much.
    static let smallestKeptItem = 64

    /// The section being validated, and its items' results so far.
    struct Current {
        let name: String
        let start: Int
        let previous: [SectionValidations.ItemResult]
        let previousStart: Int?
        var recorded: [SectionValidations.ItemResult] = []
    }

    let previous: SectionValidations
    let moved: [String: Int]
    let unchanged: UnchangedText?
    var recorded: [SectionValidations.Key: SectionValidations.Result] = [:]
    var recordedItems: [String: [SectionValidations.ItemResult]] = [:]
    var sectionStarts: [String: Int] = [:]
    var current: Current?

    var kept: SectionValidations {
        SectionValidations(results: recorded, items: recordedItems, sectionStarts: sectionStarts)
    }
}

extension SectionReuse.Current {
    /// The earlier result for an item now at `range`, if its text is unchanged.
    func keptItem(at range: TextRange, schema: Int, unchanged: UnchangedText?) -> SectionValidations.ItemResult? {
        guard let unchanged, let previousStart, let oldStart = unchanged.oldStart(of: range) else { return nil }
        let offset = oldStart - previousStart
        var (low, high) = (0, previous.count)
        while low < high {
            let middle = (low + high) / 2
            if previous[middle].offset < offset { low = middle + 1 } else { high = middle }
        }
        while low < previous.count, previous[low].offset == offset {
            if previous[low].length == range.length, previous[low].schema == schema { return previous[low] }
            low += 1
        }
        return nil
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
        if let start {
            let previous = sections!.previous
            sections!.current = SectionReuse.Current(name: name, start: start, previous: previous.items[name] ?? [],
                                                     previousStart: previous.sectionStarts[name])
        }
        let valid = validateChild(schema, value)
        if let current = sections!.current {
            // A section the root's schemas reach twice (`allOf`) is recorded twice, in one order.
            var items = sections!.recordedItems.removeValue(forKey: name) ?? []
            let sorted = items.last.map { last in current.recorded.first.map { last.offset <= $0.offset } ?? true } ?? true
            items += current.recorded
            if !sorted { items.sort { $0.offset < $1.offset } }
            sections!.recordedItems[name] = items
            sections!.current = nil
        }
        sections!.recorded[key] = SectionValidations.Result(valid: valid, failures: Array(failures[before...]))
        return valid
    }

    /// A list item against the items' schema, through the kept result when its text is unchanged.
    mutating func validateItem<Instance: SchemaInstance>(_ schema: Int, _ value: Instance) -> Bool {
        guard collecting, sections?.current != nil, let range = value.sourceRange,
              range.length >= SectionReuse.smallestKeptItem else { return validateChild(schema, value) }
        let offset = range.start - sections!.current!.start
        if let kept = sections!.current!.keptItem(at: range, schema: schema, unchanged: sections!.unchanged) {
            let delta = range.start - kept.origin
            for failure in kept.failures {
                let moved = failure.moved(by: delta)
                failures.append(kept.path.map { $0 == path ? moved : moved.replacingPath($0, with: path) } ?? moved)
            }
            sections!.current!.recorded.append(SectionValidations.ItemResult(
                offset: offset, length: range.length, schema: schema, valid: kept.valid, failures: kept.failures, origin: kept.origin, path: kept.path))
            return kept.valid
        }
        // Recorded before the items inside it, so that the results stay in the order items start.
        let slot = sections!.current!.recorded.count
        sections!.current!.recorded.append(SectionValidations.ItemResult(
            offset: offset, length: range.length, schema: schema, valid: true, failures: [], origin: range.start, path: nil))
        let before = failures.count
        let valid = validateChild(schema, value)
        sections!.current!.recorded[slot].valid = valid
        if failures.count > before {
            sections!.current!.recorded[slot].failures = Array(failures[before...])
            sections!.current!.recorded[slot].path = path
        }
        return valid
    }
}
