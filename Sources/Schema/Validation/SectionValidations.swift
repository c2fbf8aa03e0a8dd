import SourceText

/// The results of validating each top-level section's value against its property schema, kept
/// from one check for the next: a section whose text has not changed is not validated again,
/// its failures are moved with it. What a property's schema says of a value depends on that value
/// alone, so this is the same as validating it afresh.
public struct SectionValidations: Sendable {
    public static let none = SectionValidations(results: [:])

    struct Key: Hashable {
        let name: String
        /// The property schema's node (several may apply to one key).
        let schema: Int
    }

    struct Result: Sendable {
        let valid: Bool
        let failures: [ValidationFailure]
    }

    var results: [Key: Result]
}

/// What an earlier check's results may be used for: by top-level key, how far that unchanged
/// section has moved.
struct SectionReuse {
    let previous: SectionValidations
    let moved: [String: Int]
    var recorded: [SectionValidations.Key: SectionValidations.Result] = [:]
}

extension ValidationFailure {
    func moved(by delta: Int) -> ValidationFailure {
        guard delta != 0 else { return self }
        func move(_ range: TextRange?) -> TextRange? { range.map { TextRange(start: $0.start + delta, end: $0.end + delta) } }
        return ValidationFailure(keyword: keyword, instancePath: instancePath, schemaPath: schemaPath, detail: detail,
                                 range: move(range), keyRange: move(keyRange), value: value, schemaTitle: schemaTitle, note: note)
    }
}

extension ValidationRun {
    /// A root property's value against its schema, through the kept results when the section is unchanged.
    mutating func validateSection<Instance: SchemaInstance>(_ schema: Int, _ value: Instance, name: String) -> Bool {
        guard collecting, path.count == 1, var reuse = sections else { return validateChild(schema, value) }
        let key = SectionValidations.Key(name: name, schema: schema)
        if let delta = reuse.moved[name], let kept = reuse.previous.results[key] {
            let moved = kept.failures.map { $0.moved(by: delta) }
            failures += moved
            reuse.recorded[key] = SectionValidations.Result(valid: kept.valid, failures: moved)
            sections = reuse
            return kept.valid
        }
        let before = failures.count
        let valid = validateChild(schema, value)
        reuse = sections ?? reuse
        reuse.recorded[key] = SectionValidations.Result(valid: valid, failures: Array(failures[before...]))
        sections = reuse
        return valid
    }
}
