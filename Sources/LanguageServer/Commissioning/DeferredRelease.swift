import Dispatch

/// Frees large values (a replaced check, its syntax tree) on a background thread, so that the
/// answer they were replaced for does not wait for the free (which grows with the document).
///
/// The values are handed over, not shared: if the caller still held them while the background
/// block captured them, the caller's reference would be the last one whenever the block ran
/// first, and the free would happen on the answering thread after all.
enum DeferredRelease {
    private static let queue = DispatchQueue(label: "commissioning-ls.release", qos: .utility)

    /// Takes the values out of `values` (leaving it empty) and frees them on the background queue.
    static func release<Value: Sendable>(_ values: inout [Value]) {
        guard !values.isEmpty else { return }
        let box = Box(values)
        values = []
        queue.async { box.empty() }
    }

    /// Holds the only references to the values until the background queue drops them.
    private final class Box<Value: Sendable>: @unchecked Sendable {
        // Written only at creation and then by `empty()`, on the queue.
        private var values: [Value]

        init(_ values: [Value]) { self.values = values }

        func empty() { values = [] }
    }
}
