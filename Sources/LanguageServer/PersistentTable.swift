/// A dictionary from strings whose copies share storage in parts: a copy costs nothing, and a
/// change to one copy while another is still held copies only the part holding the key, not the
/// whole table.
///
/// Why: the store hands out snapshots of the open documents that a check holds while edits
/// arrive. With a plain `Dictionary`, each `didOpen` or `didChange` made while a snapshot was held
/// copied every open document's entry (copy on write), so opening n documents cost O(n²).
/// Here a change copies one of `partCount` parts (about count / partCount entries) and the list of
/// parts: with 128 parts and at most `ServerLimits.maximumOpenDocuments` (10,000) entries, a
/// change copies at most about 200 pointers however many documents are open.
public struct PersistentTable<Value: Sendable>: Sendable {
    private final class Part: Sendable {
        let entries: [String: Value]
        init(_ entries: [String: Value]) { self.entries = entries }
    }

    static var partCount: Int { 128 }
    private var parts: [Part]
    public private(set) var count = 0

    public init() {
        let empty = Part([:])
        parts = Array(repeating: empty, count: Self.partCount)
    }

    public init(_ dictionary: [String: Value]) {
        self.init()
        for (key, value) in dictionary { self[key] = value }
    }

    private static func part(of key: String) -> Int {
        Int(UInt(bitPattern: key.hashValue) % UInt(partCount))
    }

    public subscript(key: String) -> Value? {
        get { parts[Self.part(of: key)].entries[key] }
        set {
            let index = Self.part(of: key)
            // Parts are immutable: a change makes a new part, leaving the old one to any copy
            // of the table that still holds it.
            var entries = parts[index].entries
            let old = entries.updateValue(forKey: key, newValue)
            count += (newValue == nil ? 0 : 1) - (old == nil ? 0 : 1)
            parts[index] = Part(entries)
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let old = self[key] else { return nil }
        self[key] = nil
        return old
    }

    public var isEmpty: Bool { count == 0 }
    public var keys: [String] { parts.flatMap { $0.entries.keys } }
    public var values: [Value] { parts.flatMap { $0.entries.values } }
}

extension Dictionary {
    /// Sets or removes (nil) the value for `key`; returns the value it replaced.
    fileprivate mutating func updateValue(forKey key: Key, _ value: Value?) -> Value? {
        guard let value else { return removeValue(forKey: key) }
        return updateValue(value, forKey: key)
    }
}
