import Foundation
import JSONSupport

/// Reading each keyword of one schema object into its compiled form.
extension SchemaCompiler {
    mutating func build(location: SchemaLocation, base: URIReference) -> SchemaDraft {
        var draft = SchemaDraft(location: locationText(location))
        switch value(at: location) {
        case let .bool(flag)?:
            draft.constant = flag
            return draft
        case let .object(object)?:
            if object.isEmpty { draft.constant = true }
            buildKeywords(object, location: location, base: base, into: &draft)
        default:
            let message = "\(draft.location) is not a schema (a schema is an object or a boolean)"
            report(message)
            draft.defect = message
        }
        return draft
    }

    private mutating func buildKeywords(_ object: JSONObject, location: SchemaLocation, base: URIReference, into draft: inout SchemaDraft) {
        draft.title = object["title"]?.stringValue
        draft.description = object["description"]?.stringValue
        draft.source = object["x-source"]?.stringValue
        if let type = object["type"] { draft.types = types(type, location: location) }
        if case let .string(reference)? = object["$ref"] { draft.reference = resolveReference(reference, from: location, base: base, draft: &draft) }
        if let values = object["enum"]?.arrayValue { draft.enumeration = (values, Set(values.map(ExactJSON.init))) }
        draft.constValue = object["const"]
        // `x-format` lets a schema assert a format only this tool knows (`money`) while a generic
        // tool with format assertion on, which must reject unknown formats, still reads the file.
        for keyword in ["format", "x-format"] where draft.format == nil {
            if let name = object[keyword]?.stringValue { draft.format = AssertedFormat(rawValue: name) }
        }

        draft.allOf = subschemas(object, "allOf", location, base)
        for keyword in ["oneOf", "anyOf"] where draft.vocabulary == nil {
            // A constant listed twice makes `oneOf` fail on it (two branches match), which the
            // lookup table cannot express; such a list takes the general path.
            if let values = object[keyword]?.arrayValue.flatMap(constantsOnly),
               case let positions = Dictionary(values.enumerated().map { (ExactJSON($1), $0) }, uniquingKeysWith: { first, _ in first }),
               positions.count == values.count {
                let offered = object[keyword]?.arrayValue?.filter { $0["x-available"] != .bool(false) }.compactMap { $0["const"] }
                draft.vocabulary = VocabularyKeyword(keyword: keyword, values: values, positions: positions, offered: offered)
            } else if object[keyword] != nil {
                let branches = subschemas(object, keyword, location, base)
                if keyword == "oneOf" { draft.oneOf = branches } else { draft.anyOf = branches }
            }
        }
        draft.not = subschema(object, "not", location, base)
        if let condition = subschema(object, "if", location, base) {
            draft.condition = (condition, subschema(object, "then", location, base), subschema(object, "else", location, base))
        }
        draft.object = objectKeywords(object, location, base)
        draft.array = arrayKeywords(object, location, base)
        draft.string = stringKeywords(object, location)
        draft.numeric = numericKeywords(object)
    }

    private mutating func types(_ value: JSONValue, location: SchemaLocation) -> TypeSet? {
        let names: [String]
        switch value {
        case let .string(name): names = [name]
        case let .array(items): names = items.compactMap(\.stringValue)
        default: names = []
        }
        var result = TypeSet()
        for name in names {
            guard let type = TypeSet(schemaName: name) else {
                report("\(locationText(location)): unknown type \(name)")
                continue
            }
            result.formUnion(type)
        }
        return result
    }

    private mutating func resolveReference(_ reference: String, from location: SchemaLocation, base: URIReference, draft: inout SchemaDraft) -> Int? {
        let relative = URIReference(reference)
        var candidates = [relative.resolved(against: base)]
        // A file's relative references also resolve against the file's own name, so schemas with
        // an `$id` on another host still find their neighbours in `Schemas/`.
        candidates.append(relative.resolved(against: URIReference(documents[location.document].retrievalURI)))
        for target in candidates {
            if let found = resolve(target) {
                return reserve(found, base: URIReference(target.withoutFragment))
            }
        }
        let message = "\(draft.location): cannot resolve $ref \(reference)"
        report(message)
        draft.defect = message
        return nil
    }

    /// The values of a `oneOf`/`anyOf` whose branches are each a `const` with annotations only.
    private func constantsOnly(_ branches: [JSONValue]) -> [JSONValue]? {
        var values: [JSONValue] = []
        var seen = Set<ExactJSON>()
        for branch in branches {
            guard case let .object(object) = branch, let value = object["const"],
                  object.keys.allSatisfy({ $0 == "const" || SchemaKeywords.isAnnotation($0) }),
                  seen.insert(ExactJSON(value)).inserted else { return nil }
            values.append(value)
        }
        return values.isEmpty ? nil : values
    }

    private mutating func subschema(_ object: JSONObject, _ keyword: String, _ location: SchemaLocation, _ base: URIReference) -> Int? {
        guard let value = object[keyword], value.boolValue != nil || value.objectValue != nil else { return nil }
        return reserve(location.appending(keyword), base: base)
    }

    private mutating func subschemas(_ object: JSONObject, _ keyword: String, _ location: SchemaLocation, _ base: URIReference) -> [Int] {
        guard let items = object[keyword]?.arrayValue else { return [] }
        return items.indices.map { reserve(location.appending(keyword, String($0)), base: base) }
    }

    private mutating func objectKeywords(_ object: JSONObject, _ location: SchemaLocation, _ base: URIReference) -> ObjectKeywords? {
        let keywords = ["properties", "patternProperties", "additionalProperties", "unevaluatedProperties", "propertyNames",
                        "required", "dependentRequired", "dependentSchemas", "minProperties", "maxProperties"]
        guard keywords.contains(where: { object[$0] != nil }) else { return nil }
        var slots: [String: Int] = [:]
        var names: [String] = []
        func slot(_ name: String) -> Int {
            if let existing = slots[name] { return existing }
            slots[name] = names.count
            names.append(name)
            return names.count - 1
        }
        let properties = object["properties"]?.objectValue ?? JSONObject()
        var propertySchemas: [Int: Int] = [:]
        for name in properties.keys {
            propertySchemas[slot(name)] = reserve(location.appending("properties", name), base: base)
        }
        let required = (object["required"]?.arrayValue ?? []).compactMap(\.stringValue).map(slot)
        var dependentRequired: [(slot: Int, requires: [Int])] = []
        for (name, value) in object["dependentRequired"]?.objectValue ?? JSONObject() {
            dependentRequired.append((slot(name), (value.arrayValue ?? []).compactMap(\.stringValue).map(slot)))
        }
        var dependentSchemas: [(slot: Int, schema: Int)] = []
        for name in (object["dependentSchemas"]?.objectValue ?? JSONObject()).keys {
            dependentSchemas.append((slot(name), reserve(location.appending("dependentSchemas", name), base: base)))
        }
        var patternProperties: [(pattern: String, regex: CompiledPattern, schema: Int)] = []
        for pattern in (object["patternProperties"]?.objectValue ?? JSONObject()).keys {
            guard let regex = regex(pattern, at: location) else { continue }
            patternProperties.append((pattern, regex, reserve(location.appending("patternProperties", pattern), base: base)))
        }
        return ObjectKeywords(
            slots: slots, slotNames: names, propertySchemas: names.indices.map { propertySchemas[$0] },
            declaredNames: properties.keys, requiredSlots: required, dependentRequired: dependentRequired,
            dependentSchemas: dependentSchemas, patternProperties: patternProperties,
            additionalProperties: subschema(object, "additionalProperties", location, base),
            unevaluatedProperties: subschema(object, "unevaluatedProperties", location, base),
            propertyNames: subschema(object, "propertyNames", location, base),
            minProperties: object["minProperties"]?.intValue, maxProperties: object["maxProperties"]?.intValue
        )
    }

    private mutating func arrayKeywords(_ object: JSONObject, _ location: SchemaLocation, _ base: URIReference) -> ArrayKeywords? {
        let keywords = ["prefixItems", "items", "contains", "minItems", "maxItems", "uniqueItems", "unevaluatedItems"]
        guard keywords.contains(where: { object[$0] != nil }) else { return nil }
        let contains = subschema(object, "contains", location, base)
        return ArrayKeywords(
            prefixItems: subschemas(object, "prefixItems", location, base),
            items: subschema(object, "items", location, base),
            contains: contains,
            minContains: contains == nil ? nil : object["minContains"]?.intValue,
            maxContains: contains == nil ? nil : object["maxContains"]?.intValue,
            minItems: object["minItems"]?.intValue, maxItems: object["maxItems"]?.intValue,
            uniqueItems: object["uniqueItems"]?.boolValue ?? false,
            unevaluatedItems: subschema(object, "unevaluatedItems", location, base)
        )
    }

    private mutating func stringKeywords(_ object: JSONObject, _ location: SchemaLocation) -> StringKeywords? {
        let pattern = object["pattern"]?.stringValue
        guard object["minLength"] != nil || object["maxLength"] != nil || pattern != nil else { return nil }
        var compiled: (source: String, regex: CompiledPattern)?
        if let pattern, let regex = regex(pattern, at: location) { compiled = (pattern, regex) }
        return StringKeywords(minLength: object["minLength"]?.intValue, maxLength: object["maxLength"]?.intValue, pattern: compiled)
    }

    private func numericKeywords(_ object: JSONObject) -> NumericKeywords? {
        let numbers = NumericKeywords(
            minimum: object["minimum"]?.doubleValue, maximum: object["maximum"]?.doubleValue,
            exclusiveMinimum: object["exclusiveMinimum"]?.doubleValue, exclusiveMaximum: object["exclusiveMaximum"]?.doubleValue,
            multipleOf: object["multipleOf"]?.doubleValue
        )
        let any = [numbers.minimum, numbers.maximum, numbers.exclusiveMinimum, numbers.exclusiveMaximum, numbers.multipleOf].contains { $0 != nil }
        return any ? numbers : nil
    }
}
