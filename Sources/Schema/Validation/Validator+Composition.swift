/// Keywords that combine schemas on the same instance: `allOf`, `anyOf`, `oneOf`, `not`,
/// `if`/`then`/`else`. Branches are tried silently; a failure is explained once, not per branch.
extension ValidationRun {
    mutating func validateComposition<Instance: SchemaInstance>(_ node: SchemaNode, _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        var valid = true
        for branch in node.allOf {
            valid = validateInPlace(branch, instance, &evaluated) && valid
            if !valid && !collecting { return false }
        }
        if let branches = node.anyOf {
            valid = validateAnyOf(node, branches, instance, &evaluated) && valid
            if !valid && !collecting { return false }
        }
        if let branches = node.oneOf {
            valid = validateOneOf(node, branches, instance, &evaluated) && valid
            if !valid && !collecting { return false }
        }
        if let excluded = node.not, trial(excluded, instance) {
            report("not", .not, node, instance)
            valid = false
            if !collecting { return false }
        }
        if let condition = node.condition {
            var conditionParts: EvaluatedParts? = evaluated == nil ? nil : EvaluatedParts()
            let holds = trial(condition.if, instance, &conditionParts)
            if holds, let conditionParts { evaluated?.merge(conditionParts) }
            if let next = holds ? condition.then : condition.else {
                valid = validateInPlace(next, instance, &evaluated) && valid
            }
        }
        return valid
    }

    private mutating func validateAnyOf<Instance: SchemaInstance>(_ node: SchemaNode, _ branches: [Int], _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        var matched = false
        for branch in branches {
            var parts: EvaluatedParts? = evaluated == nil ? nil : EvaluatedParts()
            guard trial(branch, instance, &parts) else { continue }
            matched = true
            // Annotations come from every matching branch; without them one match decides.
            guard let parts else { break }
            evaluated?.merge(parts)
        }
        if !matched { explainNoAlternative("anyOf", node, branches, instance) }
        return matched
    }

    private mutating func validateOneOf<Instance: SchemaInstance>(_ node: SchemaNode, _ branches: [Int], _ instance: Instance, _ evaluated: inout EvaluatedParts?) -> Bool {
        var matches: [Int] = []
        var matchedParts: EvaluatedParts?
        for branch in branches {
            var parts: EvaluatedParts? = evaluated == nil ? nil : EvaluatedParts()
            guard trial(branch, instance, &parts) else { continue }
            matches.append(branch)
            matchedParts = parts
            if matches.count > 1 { break }
        }
        switch matches.count {
        case 1:
            if let matchedParts { evaluated?.merge(matchedParts) }
            return true
        case 0:
            explainNoAlternative("oneOf", node, branches, instance)
            return false
        default:
            report("oneOf", .severalAlternatives(matches.map(alternative)), node, instance)
            return false
        }
    }

    /// When exactly one branch accepts the value's type, that branch's own failures say best what
    /// is wrong (a malformed date rather than "none of: date, month"); otherwise one failure names
    /// the alternatives.
    private mutating func explainNoAlternative<Instance: SchemaInstance>(_ keyword: String, _ node: SchemaNode, _ branches: [Int], _ instance: Instance) {
        guard collecting else { return }
        let type = TypeSet(instance.instanceType)
        let candidates = branches.filter { nodes[$0].acceptedTypes.contains(type) }
        if candidates.count == 1 {
            let before = failures.count
            _ = validateChild(candidates[0], instance)
            if failures.count > before { return }
        }
        // Alternatives told apart by format (a date or a month) fail as that format: the value is
        // a malformed date, which is what `date/invalid` reports.
        let formats = branches.compactMap { nodes[$0].format ?? nodes[$0].reference.flatMap { nodes[$0].format } }
        if !formats.isEmpty, branches.allSatisfy({ nodes[$0].format != nil || nodes[$0].string?.pattern != nil || nodes[$0].reference.flatMap({ nodes[$0].format }) != nil }) {
            var names: [String] = []
            for format in formats where !names.contains(format.rawValue) { names.append(format.rawValue) }
            report("format", .format(names.joined(separator: "|")), node, instance)
            return
        }
        report(keyword, .noAlternative(branches.map(alternative)), node, instance)
    }

    private func alternative(_ number: Int) -> SchemaAlternative {
        SchemaAlternative(title: title(of: number), acceptedTypes: nodes[number].acceptedTypes.names)
    }
}
