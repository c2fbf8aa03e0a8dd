import JSONSupport

/// Keywords on a single value: `enum`, `const`, vocabularies, and the string and number
/// bounds.
extension ValidationRun {
    mutating func validateValue<Instance: SchemaInstance>(_ node: SchemaNode, _ instance: Instance, _ type: InstanceType) -> Bool {
        var valid = true
        if let vocabulary = node.vocabulary {
            let value = instance.scalarJSONValue ?? instance.jsonValue()
            if !vocabulary.allows(value) {
                let offered = vocabulary.offered.count < vocabulary.values.count ? SchemaNote(offered: vocabulary.offered) : nil
                report(vocabulary.keyword, .vocabulary(title: node.title, allowed: vocabulary.values), node, instance, note: offered)
                valid = false
                if !collecting { return false }
            }
        }
        if let enumeration = node.enumeration {
            let value = instance.scalarJSONValue ?? instance.jsonValue()
            if !enumeration.set.contains(ExactJSON(value)) {
                report("enum", .enumeration(allowed: enumeration.values), node, instance)
                valid = false
                if !collecting { return false }
            }
        }
        if let expected = node.constValue {
            let value = instance.scalarJSONValue ?? instance.jsonValue()
            if ExactJSON(value) != ExactJSON(expected) {
                report("const", .const(expected: expected), node, instance)
                valid = false
                if !collecting { return false }
            }
        }
        return valid
    }

    mutating func validateString<Instance: SchemaInstance>(_ node: SchemaNode, _ keywords: StringKeywords, _ instance: Instance) -> Bool {
        let text = instance.textValue
        var valid = true
        if keywords.minLength != nil || keywords.maxLength != nil, !ValidationRun.lengthSurelyFits(text, keywords) {
            // JSON Schema counts code points, not UTF-16 units or grapheme clusters.
            let length = text.unicodeScalars.count
            if let minimum = keywords.minLength, length < minimum {
                report("minLength", .count(limit: minimum, actual: length), node, instance)
                valid = false
                if !collecting { return false }
            }
            if let maximum = keywords.maxLength, length > maximum {
                report("maxLength", .count(limit: maximum, actual: length), node, instance)
                valid = false
                if !collecting { return false }
            }
        }
        if let pattern = keywords.pattern, !pattern.regex.matches(text) {
            report("pattern", .pattern(pattern.source), node, instance, note: node.description.map { SchemaNote(description: $0) })
            valid = false
        }
        return valid
    }

    /// A code point takes one to four UTF-8 bytes, so the byte count alone often settles a length
    /// limit without counting code points (the usual `minLength: 1` on a sentence).
    static func lengthSurelyFits(_ text: String, _ keywords: StringKeywords) -> Bool {
        let bytes = text.utf8.count
        if let minimum = keywords.minLength, bytes < minimum * 4 { return false }
        if let maximum = keywords.maxLength, bytes > maximum { return false }
        return true
    }

    mutating func validateNumber<Instance: SchemaInstance>(_ node: SchemaNode, _ keywords: NumericKeywords, _ instance: Instance) -> Bool {
        let number = instance.numberValue
        let value = number.doubleValue
        var valid = true
        func fail(_ keyword: String, _ limit: Double) {
            report(keyword, .bound(limit: limit, actual: value), node, instance)
            valid = false
        }
        if let limit = keywords.minimum, value < limit { fail("minimum", limit) }
        if let limit = keywords.maximum, value > limit { fail("maximum", limit) }
        if let limit = keywords.exclusiveMinimum, value <= limit { fail("exclusiveMinimum", limit) }
        if let limit = keywords.exclusiveMaximum, value >= limit { fail("exclusiveMaximum", limit) }
        if let divisor = keywords.multipleOf, !ValidationRun.isMultiple(number, of: divisor) { fail("multipleOf", divisor) }
        return valid
    }

    static func isMultiple(_ number: InstanceNumber, of divisor: Double) -> Bool {
        guard divisor > 0 else { return false }
        if case let .int(value) = number, divisor.rounded() == divisor, divisor < 9.2e18 {
            return value % Int(divisor) == 0
        }
        let quotient = number.doubleValue / divisor
        guard quotient.isFinite else { return false }
        // Decimal divisors such as 0.01 are not exact in binary: allow rounding noise in the quotient.
        return abs(quotient - quotient.rounded()) <= 1e-9 * max(1, abs(quotient))
    }
}
