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
            return a.utf8.elementsEqual(b.utf8)
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

    private static func hash(_ value: JSONValue, into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case let .bool(flag): hasher.combine(flag)
        case let .int(number): hasher.combine(Double(number))
        case let .double(number): hasher.combine(number)
        case let .string(text): hasher.combine(text.utf8.count); for byte in text.utf8 { hasher.combine(byte) }
        case let .array(items): hasher.combine(items.count); for item in items { hash(item, into: &hasher) }
        case let .object(object):
            // Order-independent: keys in any order hash alike.
            var combined = 0
            for (key, member) in object {
                var inner = Hasher()
                for byte in key.utf8 { inner.combine(byte) }
                hash(member, into: &inner)
                combined ^= inner.finalize()
            }
            hasher.combine(object.count)
            hasher.combine(combined)
        }
    }
}
