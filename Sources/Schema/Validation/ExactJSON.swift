import JSONSupport

/// JSON equality as JSON Schema defines it for `enum`, `const` and `uniqueItems`: numbers by
/// value (`1` equals `1.0`), strings by code points. Swift's `String` equality is canonical
/// equivalence (`"é"` equals `"e\u{301}"`), which JSON Schema does not allow, hence this key.
struct ExactJSON: Hashable, Sendable {
    let value: JSONValue

    init(_ value: JSONValue) { self.value = value }

    static func == (lhs: ExactJSON, rhs: ExactJSON) -> Bool { equal(lhs.value, rhs.value) }

    func hash(into hasher: inout Hasher) { ExactJSON.hash(value, into: &hasher) }

    private static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)):
            return sameScalars(a, b)
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return false }
            for (key, value) in a {
                guard let other = b[key], equal(value, other) else { return false }
            }
            return true
        case let (.int(a), .double(b)), let (.double(b), .int(a)):
            // Compared as doubles only when exact: no trap on values beyond Int's range.
            return b == b.rounded() && abs(b) < 9.2e18 && Int(b) == a
        default:
            return lhs == rhs
        }
    }

    /// Code-point equality: String's `==` (quick, and true for every exact match) confirmed on bytes.
    static func sameScalars(_ a: String, _ b: String) -> Bool {
        guard a == b else { return false }
        var a = a, b = b
        return a.withUTF8 { left in b.withUTF8 { right in left.elementsEqual(right) } }
    }

    private static func hash(_ value: JSONValue, into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case let .bool(flag): hasher.combine(flag)
        case let .int(number): hasher.combine(Double(number))
        case let .double(number): hasher.combine(number)
        // Strings that are equal code point by code point are canonically equivalent, so String's
        // own (fast) hash is consistent with the stricter equality.
        case let .string(text): hasher.combine(text)
        case let .array(items): hasher.combine(items.count); for item in items { hash(item, into: &hasher) }
        case let .object(object):
            // Order-independent: keys in any order hash alike.
            var combined = 0
            for (key, member) in object {
                var inner = Hasher()
                inner.combine(key)
                hash(member, into: &inner)
                combined ^= inner.finalize()
            }
            hasher.combine(object.count)
            hasher.combine(combined)
        }
    }
}
