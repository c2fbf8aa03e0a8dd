import Foundation
import JSONSupport

/// Turns schema documents into `SchemaNode`s once, at load time: each subschema is compiled once
/// (by location), `$ref`s become node numbers, and a reference cycle that never reaches a child of
/// the instance is found here rather than looping at validation time.
struct SchemaCompiler {
    struct Document {
        let retrievalURI: String
        let root: JSONValue
    }

    let documents: [Document]
    var index = SchemaResourceIndex()
    private(set) var drafts: [SchemaDraft?] = []
    private(set) var problems: [String] = []
    private(set) var compiled: [SchemaLocation: Int] = [:]
    private var pending: [(node: Int, location: SchemaLocation, base: URIReference)] = []
    private var regexes: [String: CompiledPattern] = [:]

    init(documents: [Document]) {
        self.documents = documents
        for (number, document) in documents.enumerated() {
            index.add(document: number, retrievalURI: document.retrievalURI, root: document.root)
        }
        problems += index.problems
    }

    /// The node for the schema at `uri` (absolute, or relative to nothing: a retrieval URI), compiling
    /// it and everything it references.
    mutating func node(for uri: String) -> Int? {
        guard let location = resolve(URIReference(uri)) else { return nil }
        let node = reserve(location, base: index.bases[location] ?? URIReference(URIReference(uri).withoutFragment))
        drain()
        return node
    }

    /// Compiles every subschema of every document (each once), so any of them can be looked up.
    mutating func compileAll() {
        for number in documents.indices {
            let root = SchemaLocation(document: number, tokens: [])
            _ = reserve(root, base: URIReference(documents[number].retrievalURI))
        }
        for location in index.bases.keys.sorted(by: { ($0.document, $0.tokens.count) < ($1.document, $1.tokens.count) }) {
            _ = reserve(location, base: index.bases[location] ?? URIReference(""))
        }
        drain()
    }

    /// Compiles every reserved schema; iterative, so long `$ref` chains cannot exhaust the stack.
    mutating func drain() {
        while let (node, location, base) = pending.popLast() {
            drafts[node] = build(location: location, base: base)
        }
    }

    /// The number of the node for `location`, reserving it (to be built by `drain`) when new.
    mutating func reserve(_ location: SchemaLocation, base: URIReference) -> Int {
        if let existing = compiled[location] { return existing }
        let number = drafts.count
        drafts.append(nil)
        compiled[location] = number
        pending.append((number, location, index.bases[location] ?? base))
        return number
    }

    func value(at location: SchemaLocation) -> JSONValue? {
        var value = documents[location.document].root
        for token in location.tokens {
            switch value {
            case let .object(object):
                guard let next = object[token] else { return nil }
                value = next
            case let .array(items):
                guard let position = Int(token), String(position) == token, items.indices.contains(position) else { return nil }
                value = items[position]
            default:
                return nil
            }
        }
        return value
    }

    func locationText(_ location: SchemaLocation) -> String {
        documents[location.document].retrievalURI + "#" + JSONPointer.string(location.tokens)
    }

    /// The location an absolute URI names: a resource, a JSON Pointer inside one, or an anchor.
    func resolve(_ uri: URIReference) -> SchemaLocation? {
        let resourceName = uri.withoutFragment
        let fragment = uri.fragment ?? ""
        if !fragment.isEmpty, !fragment.hasPrefix("/") {
            return index.anchors[resourceName + "#" + JSONPointer.percentDecoded(fragment)]
        }
        guard let resource = index.resources[resourceName], let tokens = JSONPointer.tokens(fromFragment: fragment) else { return nil }
        let location = SchemaLocation(document: resource.document, tokens: resource.tokens + tokens)
        return value(at: location) == nil ? nil : location
    }

    mutating func regex(_ pattern: String, at location: SchemaLocation) -> CompiledPattern? {
        if let cached = regexes[pattern] { return cached }
        do {
            let regex = CompiledPattern(try NSRegularExpression(pattern: ECMARegex.translate(pattern)))
            regexes[pattern] = regex
            return regex
        } catch {
            problems.append("\(locationText(location)): the pattern \(pattern) is not a regular expression this validator reads")
            return nil
        }
    }

    mutating func report(_ problem: String) { problems.append(problem) }

    /// The finished nodes, once every draft is built: types accepted by each and cycles checked.
    mutating func finish() -> [SchemaNode] {
        drain()
        var finished = drafts.map { $0 ?? SchemaDraft(location: "?") }
        markInPlaceCycles(&finished)
        var accepted: [TypeSet?] = Array(repeating: nil, count: finished.count)
        var visiting = Set<Int>()
        for number in finished.indices {
            finished[number].acceptedTypes = acceptedTypes(number, finished, &accepted, &visiting)
        }
        return finished.enumerated().map { SchemaNode($1, number: $0) }
    }

    /// A schema that reaches itself again without descending into the instance would recurse for
    /// ever; its node is marked defective (reported, and failing) instead.
    private mutating func markInPlaceCycles(_ drafts: inout [SchemaDraft]) {
        var state = [UInt8](repeating: 0, count: drafts.count)  // 0 new, 1 on the stack, 2 done
        for start in drafts.indices where state[start] == 0 {
            var stack: [(node: Int, children: [Int], next: Int)] = [(start, drafts[start].inPlaceChildren, 0)]
            state[start] = 1
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].next == stack[top].children.count {
                    state[stack[top].node] = 2
                    stack.removeLast()
                    continue
                }
                let child = stack[top].children[stack[top].next]
                stack[top].next += 1
                switch state[child] {
                case 0:
                    state[child] = 1
                    stack.append((child, drafts[child].inPlaceChildren, 0))
                case 1:
                    let node = stack[top].node
                    let message = "\(drafts[node].location) refers back to \(drafts[child].location) without descending into the value: an endless loop"
                    drafts[node].defect = message
                    problems.append(message)
                default:
                    break
                }
            }
        }
    }

    private func acceptedTypes(_ number: Int, _ drafts: [SchemaDraft], _ memo: inout [TypeSet?], _ visiting: inout Set<Int>) -> TypeSet {
        if let known = memo[number] { return known }
        guard visiting.insert(number).inserted else { return .all }
        defer { visiting.remove(number) }
        let draft = drafts[number]
        var result = draft.types ?? .all
        if draft.constant == false || draft.defect != nil { result = [] }
        if let value = draft.constValue { result.formIntersection(TypeSet(of: value)) }
        if let values = draft.enumeration?.values { result.formIntersection(values.reduce(TypeSet()) { $0.union(TypeSet(of: $1)) }) }
        if let values = draft.vocabulary?.values { result.formIntersection(values.reduce(TypeSet()) { $0.union(TypeSet(of: $1)) }) }
        if let reference = draft.reference { result.formIntersection(acceptedTypes(reference, drafts, &memo, &visiting)) }
        for branch in draft.allOf { result.formIntersection(acceptedTypes(branch, drafts, &memo, &visiting)) }
        for branches in [draft.anyOf, draft.oneOf].compactMap({ $0 }) {
            result.formIntersection(branches.reduce(TypeSet()) { $0.union(acceptedTypes($1, drafts, &memo, &visiting)) })
        }
        memo[number] = result
        return result
    }
}
