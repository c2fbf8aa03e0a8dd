import Foundation

/// A `pattern` (or `patternProperties` key) compiled once, which remembers its answers for ASCII
/// texts. The same short values come back in every document (hypothesis ids such as `H3`), and a
/// regular-expression match costs far more than a lookup.
///
/// Only ASCII texts are remembered: for them `String` equality is byte equality, whereas two
/// canonically equivalent non-ASCII strings are equal keys yet may match differently. Safe to
/// use from many threads; the memory is bounded.
final class CompiledPattern: @unchecked Sendable {
    let regex: NSRegularExpression
    private let lock = NSLock()
    // Guarded by `lock`.
    private var answers: [String: Bool] = [:]
    /// More distinct texts than this, and the answers are forgotten and gathered anew.
    static let remembered = 4096

    init(_ regex: NSRegularExpression) { self.regex = regex }

    /// ECMA-262 `pattern` semantics, as `Formats.matches`.
    func matches(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return Formats.matches(regex, text) }
        if let known = lock.withLock({ answers[text] }) { return known }
        let answer = Formats.matches(regex, text)
        lock.withLock {
            if answers.count >= Self.remembered { answers.removeAll(keepingCapacity: true) }
            answers[text] = answer
        }
        return answer
    }
}
