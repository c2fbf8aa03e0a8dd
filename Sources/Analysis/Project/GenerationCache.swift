/// The project's cache of checked versions: one value per document, kept with the generation
/// (version) it was made from, so that a value is reused only for that very version. At most
/// `capacity` values are kept; the least recently used goes first. Not locked itself: its owner
/// holds it in its own state, and frees what `store` returns outside its lock (freeing a large
/// tree takes a while).
public struct GenerationCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    public let capacity: Int
    private var entries: [Key: (generation: UInt64, value: Value, lastUse: UInt64)] = [:]
    private var uses: UInt64 = 0

    public init(capacity: Int) { self.capacity = max(1, capacity) }

    public var count: Int { entries.count }

    /// The value kept for this generation of `key`, without counting it as a use.
    public func peek(_ key: Key, generation: UInt64) -> Value? {
        guard let entry = entries[key], entry.generation == generation else { return nil }
        return entry.value
    }

    /// The value kept for `key`, whatever its generation, without counting it as a use (an
    /// earlier version to parse the next one from).
    public func latest(_ key: Key) -> (generation: UInt64, value: Value)? {
        entries[key].map { ($0.generation, $0.value) }
    }

    /// Forgets `key` (its document was closed); the value it held, for the caller to free.
    public mutating func remove(_ key: Key) -> Value? {
        entries.removeValue(forKey: key)?.value
    }

    /// The value kept for this generation of `key`, counted as a use (so kept longer).
    public mutating func use(_ key: Key, generation: UInt64) -> Value? {
        guard entries[key]?.generation == generation else { return nil }
        uses += 1
        entries[key]?.lastUse = uses
        return entries[key]?.value
    }

    /// Keeps `value` for this generation of `key`, unless a newer generation is kept already
    /// (then nil: a slow check of an old version must not replace a newer one). Otherwise the
    /// values replaced or evicted, for the caller to free.
    public mutating func store(_ value: Value, for key: Key, generation: UInt64) -> [Value]? {
        if let existing = entries[key], existing.generation > generation { return nil }
        uses += 1
        var released = entries.updateValue((generation, value, uses), forKey: key).map { [$0.value] } ?? []
        if entries.count > capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            released += entries.removeValue(forKey: oldest).map { [$0.value] } ?? []
        }
        return released
    }
}
