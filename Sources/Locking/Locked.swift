import Foundation

/// A value behind a lock: the one lock wrapper of the project, for state shared between threads
/// (the server's reading thread, writers and workers; the engine's caches). Work is done outside
/// `withLock` where it can be: the body should only read or swap the value.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    public var current: Value { withLock { $0 } }
}
