import JSONSupport

/// Keywords on arrays: `prefixItems`, `items`, `contains` (with `minContains`, `maxContains`),
/// `minItems`, `maxItems`, `uniqueItems`.
extension ValidationRun {
    mutating func validateArray<Instance: SchemaInstance>(_ node: SchemaNode, _ keywords: ArrayKeywords, _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        let count = instance.elementCount
        var valid = true
        // Lengths are reported at the list's key (where `keyRange` still points).
        if let minimum = keywords.minItems, count < minimum {
            report("minItems", .count(limit: minimum, actual: count), node, instance)
            valid = false
        }
        if let maximum = keywords.maxItems, count > maximum {
            report("maxItems", .count(limit: maximum, actual: count), node, instance)
            valid = false
        }
        if !valid && !collecting { return false }
        let holderKey = keyRange
        defer { keyRange = holderKey }
        keyRange = nil
        let prefixCount = min(count, keywords.prefixItems.count)
        for item in 0..<prefixCount {
            path.append(.index(item))
            valid = validateItem(keywords.prefixItems[item], instance.element(at: item)) && valid
            path.removeLast()
            evaluated?.items.insert(item)
            if !valid && !collecting { return false }
        }
        if let items = keywords.items {
            for item in prefixCount..<max(prefixCount, count) {
                path.append(.index(item))
                valid = validateItem(items, instance.element(at: item)) && valid
                path.removeLast()
                if !valid && !collecting { return false }
            }
            evaluated?.allItems = true
        }
        if let contains = keywords.contains {
            var matches = 0
            for item in 0..<count where trial(contains, instance.element(at: item)) {
                matches += 1
                evaluated?.items.insert(item)
            }
            keyRange = holderKey
            let minimum = keywords.minContains ?? 1
            if matches < minimum {
                let detail: FailureDetail = keywords.minContains == nil ? .noMatchingItem : .count(limit: minimum, actual: matches)
                report(keywords.minContains == nil ? "contains" : "minContains", detail, node, instance)
                valid = false
            }
            if let maximum = keywords.maxContains, matches > maximum {
                report("maxContains", .count(limit: maximum, actual: matches), node, instance)
                valid = false
            }
            keyRange = nil
        }
        if keywords.uniqueItems, count > 1 {
            var seen: [ExactJSON: Int] = [:]
            for item in 0..<count {
                let element = instance.element(at: item)
                let key = ExactJSON(element.scalarJSONValue ?? element.jsonValue())
                if let first = seen[key] {
                    path.append(.index(item))
                    report("uniqueItems", .duplicateItems(first: first, second: item), node, element)
                    path.removeLast()
                    valid = false
                    break
                }
                seen[key] = item
            }
        }
        return valid
    }
}
