import SourceText

/// Keywords on objects: `properties`, `patternProperties`, `additionalProperties`, `propertyNames`,
/// `required`, `dependentRequired`, `dependentSchemas`, `minProperties`, `maxProperties`, and
/// `unevaluatedProperties`.
extension ValidationRun {
    mutating func validateObject<Instance: SchemaInstance>(_ node: SchemaNode, _ keywords: ObjectKeywords, _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        var valid = true
        var present = SlotSet(capacity: keywords.slotNames.count)
        var presentNames: Set<String>?
        let count = instance.propertyCount
        let holderKey = keyRange
        defer { keyRange = holderKey }
        for entry in 0..<count {
            let name = instance.propertyName(at: entry)
            let slot = keywords.slot(of: name)
            if let slot { present.insert(slot) }
            let nameRange = instance.propertyNameRange(at: entry)
            path.append(.key(name))
            keyRange = nameRange
            if let names = keywords.propertyNames {
                valid = validateChild(names, PropertyNameInstance(name: name, range: nameRange)) && valid
            }
            if let value = instance.propertyValue(at: entry) {
                var matched = false
                if let slot, let schema = keywords.propertySchemas[slot] {
                    matched = true
                    valid = validateSection(schema, value, name: name) && valid
                }
                for pattern in keywords.patternProperties where pattern.regex.matches(name) {
                    matched = true
                    valid = validateChild(pattern.schema, value) && valid
                }
                if !matched, let additional = keywords.additionalProperties {
                    matched = true
                    valid = validateExtraProperty(additional, "additionalProperties", node, name: name, value: value, in: instance,
                                                  presentNames: &presentNames) && valid
                }
                if matched { evaluated?.properties.insert(entry) }
            } else {
                // A key still being typed: the parser reports it; it must not also be "unevaluated".
                evaluated?.properties.insert(entry)
            }
            path.removeLast()
            if !valid && !collecting { return false }
        }
        keyRange = holderKey
        valid = validateRequired(node, keywords, present, instance) && valid
        if !valid && !collecting { return false }
        if let minimum = keywords.minProperties, count < minimum {
            report("minProperties", .count(limit: minimum, actual: count), node, instance)
            valid = false
        }
        if let maximum = keywords.maxProperties, count > maximum {
            report("maxProperties", .count(limit: maximum, actual: count), node, instance)
            valid = false
        }
        for dependent in keywords.dependentSchemas where present.contains(dependent.slot) {
            if !valid && !collecting { return false }
            valid = validateInPlace(dependent.schema, instance, &evaluated) && valid
        }
        return valid
    }

    /// `required` and `dependentRequired`. A missing key is reported at the key holding this object,
    /// or, for the document itself or a list item, at the object's first key: never the whole file.
    private mutating func validateRequired<Instance: SchemaInstance>(_ node: SchemaNode, _ keywords: ObjectKeywords, _ present: SlotSet, _ instance: Instance) -> Bool {
        var valid = true
        let place: TextRange? = keyRange ?? (instance.propertyCount > 0 ? instance.propertyNameRange(at: 0) : nil)
        for slot in keywords.requiredSlots where !present.contains(slot) {
            let name = keywords.slotNames[slot]
            let title = keywords.propertySchemas[slot].flatMap(self.title(of:))
            let note = keywords.propertySchemas[slot].map { SchemaNote(description: description(of: $0), source: source(of: $0)) }
            report("required", .required(property: name, title: title), node, instance, keyRange: .some(place), note: note)
            valid = false
            if !collecting { return false }
        }
        for dependency in keywords.dependentRequired where present.contains(dependency.slot) {
            for needed in dependency.requires where !present.contains(needed) {
                let detail = FailureDetail.dependentRequired(property: keywords.slotNames[dependency.slot], requires: keywords.slotNames[needed])
                report("dependentRequired", detail, node, instance, keyRange: .some(place))
                valid = false
                if !collecting { return false }
            }
        }
        return valid
    }

    /// A property that `properties` and `patternProperties` do not name: checked against
    /// `additionalProperties` or `unevaluatedProperties`. When that is `false` it is an unknown
    /// key, reported at the key with the names that were allowed (for "did you mean").
    /// `presentNames` holds the object's key names once one extra property needed them: built
    /// once per object, not once per unknown key (which made 20,000 unknown keys take minutes).
    mutating func validateExtraProperty<Instance: SchemaInstance>(
        _ schema: Int, _ keyword: String, _ node: SchemaNode, name: String, value: Instance, in object: Instance, presentNames: inout Set<String>?
    ) -> Bool {
        let target = nodes[schema]
        guard target.constant == false, target.defect == nil else { return validateChild(schema, value) }
        if collecting {
            let present = presentNames ?? Set((0..<object.propertyCount).map(object.propertyName(at:)))
            presentNames = present
            let allowed = declaredNames(from: node.number).filter { !present.contains($0) }
            let required = Set((node.object?.requiredSlots ?? []).compactMap { node.object?.slotNames[$0] })
            let missing = allowed.filter(required.contains)
            report(keyword, .unknownProperty(name: name, allowed: allowed), node, value, note: SchemaNote(missing: missing))
        }
        return false
    }

    /// Property names declared by a schema and the schemas applied with it in place (`$ref`,
    /// `allOf` …), in schema order: what an object here may hold.
    func declaredNames(from start: Int) -> [String] {
        var names: [String] = []
        var seenNames = Set<String>()
        var visited = Set<Int>()
        var queue = [start]
        while let number = queue.popLast() {
            guard visited.insert(number).inserted else { continue }
            let node = nodes[number]
            for name in node.object?.declaredNames ?? [] where seenNames.insert(name).inserted { names.append(name) }
            var children: [Int] = []
            if let reference = node.reference { children.append(reference) }
            children += node.allOf + (node.anyOf ?? []) + (node.oneOf ?? [])
            if let condition = node.condition { children += [condition.then, condition.else].compactMap { $0 } }
            children += node.object?.dependentSchemas.map(\.schema) ?? []
            queue += children.reversed()
        }
        return names
    }

    /// A schema's title, or the title of the schema it references.
    func title(of number: Int) -> String? { annotation(of: number, \.title) }

    func description(of number: Int) -> String? { annotation(of: number, \.description) }

    func source(of number: Int) -> String? { annotation(of: number, \.source) }

    /// A property's own annotation, or that of the definition it refers to (a few `$ref`s deep).
    private func annotation(of number: Int, _ key: KeyPath<SchemaNode, String?>) -> String? {
        var current = number
        for _ in 0..<8 {
            let node = nodes[current]
            if let value = node[keyPath: key] { return value }
            guard let next = node.reference else { return nil }
            current = next
        }
        return nil
    }

    /// The node a property schema comes down to after its `$ref`s, to read its keywords.
    func target(of number: Int) -> SchemaNode {
        var current = number
        for _ in 0..<8 {
            guard let next = nodes[current].reference, nodes[current].types == nil, nodes[current].object == nil else { break }
            current = next
        }
        return nodes[current]
    }

    /// A mapping as it should be written, from its required keys (or, with none required, its
    /// first few keys): `{from: YYYY-MM-DD, to: YYYY-MM-DD}`. Nil when the schema names no keys.
    func mappingShape(of number: Int) -> String? {
        let node = target(of: number)
        guard let object = node.object else { return nil }
        var slots = object.requiredSlots
        if slots.isEmpty { slots = object.declaredNames.prefix(3).compactMap { object.slots[$0] } }
        guard !slots.isEmpty else { return nil }
        let entries = slots.map { slot in
            "\(object.slotNames[slot]): \(object.propertySchemas[slot].map(placeholder(for:)) ?? "…")"
        }
        return "{" + entries.joined(separator: ", ") + "}"
    }

    /// What to write for one value in a shape: the form of a date or month (of the first of
    /// several forms a value may take), else an ellipsis.
    private func placeholder(for number: Int) -> String {
        let node = target(of: number)
        switch node.format ?? node.anyOf?.first.flatMap({ target(of: $0).format }) {
        case .date?: return "YYYY-MM-DD"
        case .yearMonth?: return "YYYY-MM"
        case .financialYear?: return "YYYY/YY"
        case .money?: return "£…"
        case nil: return "…"
        }
    }

    /// `unevaluatedProperties` and `unevaluatedItems`, after every in-place keyword has run.
    mutating func validateUnevaluated<Instance: SchemaInstance>(_ node: SchemaNode, _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        var parts = evaluated ?? EvaluatedParts()
        var valid = true
        let holderKey = keyRange
        defer { keyRange = holderKey }
        if instance.instanceType == .object, let schema = node.object?.unevaluatedProperties {
            var presentNames: Set<String>?
            for entry in 0..<instance.propertyCount where !parts.properties.contains(entry) {
                guard let value = instance.propertyValue(at: entry) else { continue }
                let name = instance.propertyName(at: entry)
                path.append(.key(name))
                keyRange = instance.propertyNameRange(at: entry)
                valid = validateExtraProperty(schema, "unevaluatedProperties", node, name: name, value: value, in: instance,
                                              presentNames: &presentNames) && valid
                path.removeLast()
                parts.properties.insert(entry)
                if !valid && !collecting { return false }
            }
        }
        if instance.instanceType == .array, let schema = node.array?.unevaluatedItems, !parts.allItems {
            keyRange = nil
            for item in 0..<instance.elementCount where !parts.items.contains(item) {
                path.append(.index(item))
                valid = validateChild(schema, instance.element(at: item)) && valid
                path.removeLast()
                if !valid && !collecting { return false }
            }
            parts.allItems = true
        }
        evaluated = parts
        return valid
    }
}
