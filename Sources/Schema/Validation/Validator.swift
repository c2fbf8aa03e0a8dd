import JSONSupport
import SourceText
import Syntax

/// Which properties and items of the current instance some keyword has evaluated; kept only while
/// a schema with `unevaluatedProperties`/`unevaluatedItems` needs to know (so it costs nothing
/// elsewhere). Properties are entry numbers, so duplicate keys stay distinct.
struct EvaluatedParts {
    var properties = Set<Int>()
    var items = Set<Int>()
    var allItems = false

    mutating func merge(_ other: EvaluatedParts) {
        properties.formUnion(other.properties)
        items.formUnion(other.items)
        allItems = allItems || other.allItems
    }
}

/// Names present in a schema, numbered by `ObjectKeywords.slots`: a bit each, with no allocation
/// for the usual object of at most 64 names.
struct SlotSet {
    private var small: UInt64 = 0
    private var large: [Bool] = []

    init(capacity: Int) {
        if capacity > 64 { large = Array(repeating: false, count: capacity) }
    }

    mutating func insert(_ slot: Int) {
        if large.isEmpty { small |= 1 << UInt64(slot) } else { large[slot] = true }
    }

    func contains(_ slot: Int) -> Bool {
        large.isEmpty ? small & (1 << UInt64(slot)) != 0 : large[slot]
    }
}

/// One validation of one instance. `collecting` is false while a branch of `anyOf`, `oneOf`, `not`
/// or `if` is only being tried: then the first failure ends the branch and nothing is recorded.
struct ValidationRun {
    /// Deeper than this, a schema and instance are reported rather than followed (no stack overflow).
    static let maximumDepth = 200

    let nodes: [SchemaNode]
    var failures: [ValidationFailure] = []
    var path: [PathComponent] = []
    var collecting = true
    var depth = 0
    /// The key of the entry whose value is being validated (nil at the root and in list items).
    var keyRange: TextRange?
    /// Results of the root's sections kept from an earlier run, and those of this one.
    var sections: SectionReuse?

    init(nodes: [SchemaNode]) {
        self.nodes = nodes
        path.reserveCapacity(16)
    }

    mutating func report<Instance: SchemaInstance>(_ keyword: String, _ detail: FailureDetail, _ node: SchemaNode, _ instance: Instance, keyRange: TextRange?? = nil, pathSuffix: PathComponent? = nil, note: SchemaNote? = nil) {
        guard collecting else { return }
        var instancePath = path
        if let pathSuffix { instancePath.append(pathSuffix) }
        failures.append(ValidationFailure(
            keyword: keyword, instancePath: instancePath, schemaPath: node.location + "/" + keyword, detail: detail,
            range: instance.sourceRange, keyRange: keyRange ?? self.keyRange, value: instance.scalarJSONValue, schemaTitle: node.title, note: note
        ))
    }

    /// Validates as a trial: nothing it fails is recorded, and it stops at its first failure.
    /// (A method rather than a closure-taking helper, so that `self` is accessed exclusively.)
    mutating func trial<Instance: SchemaInstance>(_ number: Int, _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        let saved = collecting
        collecting = false
        defer { collecting = saved }
        return validate(number, instance, &evaluated)
    }

    mutating func trial<Instance: SchemaInstance>(_ number: Int, _ instance: Instance) -> Bool {
        var none: EvaluatedParts?
        return trial(number, instance, &none)
    }

    /// Validates `instance` against node `number`. `evaluated` is non-nil when an enclosing schema
    /// has `unevaluated*` keywords and needs to know what this one evaluated.
    mutating func validate<Instance: SchemaInstance>(_ number: Int, _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        let node = nodes[number]
        if let constant = node.constant, node.defect == nil, node.reference == nil {
            if constant { return true }
            report("false", .falseSchema, node, instance)
            return false
        }
        if let defect = node.defect {
            report("$ref", .schemaDefect(defect), node, instance)
            return false
        }
        guard depth < ValidationRun.maximumDepth else {
            report("$ref", .schemaDefect("the document or the schema is nested too deeply to check"), node, instance)
            return false
        }
        depth += 1
        defer { depth -= 1 }

        let type = instance.instanceType
        if let types = node.types, !types.contains(TypeSet(type)) {
            // Other keywords of this schema would only repeat the type mismatch.
            let shape = types.names.contains(.object) ? SchemaNote(shape: mappingShape(of: number)) : nil
            report("type", .type(expected: types.names, actual: type), node, instance, note: shape)
            return false
        }
        let ownsAnnotations = node.object?.unevaluatedProperties != nil || node.array?.unevaluatedItems != nil
        var local: EvaluatedParts? = evaluated != nil || ownsAnnotations ? EvaluatedParts() : nil
        var valid = true

        if let reference = node.reference {
            valid = validateInPlace(reference, instance, &local) && valid
            if !valid && !collecting { return false }
        }
        valid = validateValue(node, instance, type) && valid
        if !valid && !collecting { return false }
        var formatHolds = true
        if let format = node.format, !Formats.accepts(format, instance, type) {
            report("format", .format(format.rawValue), node, instance)
            valid = false
            formatHolds = false
            if !collecting { return false }
        }
        switch type {
        case .object:
            if let keywords = node.object { valid = validateObject(node, keywords, instance, &local) && valid }
        case .array:
            if let keywords = node.array { valid = validateArray(node, keywords, instance, &local) && valid }
        case .string, .integer, .number:
            // A value that fails its format is reported once as such, not again by the `pattern` or
            // bounds that approximate the format for generic tools. Validity is unchanged.
            let saved = collecting
            if !formatHolds { collecting = false }
            if let keywords = node.string, type == .string { valid = validateString(node, keywords, instance) && valid }
            if let keywords = node.numeric, type != .string { valid = validateNumber(node, keywords, instance) && valid }
            collecting = saved
        case .null, .boolean:
            break
        }
        if !valid && !collecting { return false }
        valid = validateComposition(node, instance, &local) && valid
        if !valid && !collecting { return false }
        if ownsAnnotations {
            valid = validateUnevaluated(node, instance, &local) && valid
        }
        if let local, evaluated != nil { evaluated?.merge(local) }
        return valid
    }

    /// A subschema applied to the same instance: its annotations count only if it passes.
    mutating func validateInPlace<Instance: SchemaInstance>(_ number: Int, _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        guard evaluated != nil else {
            var none: EvaluatedParts?
            return validate(number, instance, &none)
        }
        var branch: EvaluatedParts? = EvaluatedParts()
        let valid = validate(number, instance, &branch)
        if valid, let branch { evaluated?.merge(branch) }
        return valid
    }

    /// A subschema applied to a child (a property's value or an item).
    mutating func validateChild<Instance: SchemaInstance>(_ number: Int, _ instance: Instance) -> Bool {
        var none: EvaluatedParts?
        return validate(number, instance, &none)
    }
}
