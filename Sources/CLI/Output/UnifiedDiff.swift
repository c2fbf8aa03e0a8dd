/// A unified diff (`diff -u`, three lines of context) between two texts, by lines, for
/// `lint --diff` and `fmt --diff`. Empty when the texts are equal.
enum UnifiedDiff {
    static func text(from old: [UInt8], to new: [UInt8], path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = lines(old)
        let b = lines(new)
        let operations = script(a, b)
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        // Changes closer than twice the context share a hunk.
        let changes = operations.indices.filter { operations[$0].kind != .same }
        var groups: [[Int]] = []
        for change in changes {
            if let last = groups.last?.last, change - last <= 2 * context + 1 { groups[groups.count - 1].append(change) } else { groups.append([change]) }
        }
        for group in groups {
            let hunk = operations[max(0, group.first! - context)..<min(operations.count, group.last! + context + 1)]
            let oldStart = hunk.first!.oldLine, newStart = hunk.first!.newLine
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for operation in hunk {
                let prefix = operation.kind == .same ? " " : operation.kind == .delete ? "-" : "+"
                output += prefix + operation.text
                if !operation.text.hasSuffix("\n") { output += "\n\\ No newline at end of file\n" }
            }
        }
        return output
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start + 1)" : "\(count == 0 ? start : start + 1),\(count)"
    }

    private enum Kind { case same, delete, insert }
    private struct Operation {
        let kind: Kind
        let text: String
        /// 0-based line numbers in the old and new text where the operation stands.
        let oldLine: Int
        let newLine: Int
    }

    /// Lines with their line breaks kept.
    private static func lines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            result.append(String(decoding: bytes[start...index], as: UTF8.self))
            start = index + 1
        }
        if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return result
    }

    /// The edit script of a longest common subsequence (documents are small: quadratic is fine),
    /// after the common head and tail are set aside.
    private static func script(_ a: [String], _ b: [String]) -> [Operation] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var operations: [Operation] = []
        for k in 0..<head { operations.append(Operation(kind: .same, text: a[k], oldLine: k, newLine: k)) }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                operations.append(Operation(kind: .same, text: x[i], oldLine: head + i, newLine: head + j)); i += 1; j += 1
            } else if i < x.count, j == y.count || table[i + 1][j] >= table[i][j + 1] {
                // Deletions before insertions, as `diff -u` shows a changed line.
                operations.append(Operation(kind: .delete, text: x[i], oldLine: head + i, newLine: head + j)); i += 1
            } else {
                operations.append(Operation(kind: .insert, text: y[j], oldLine: head + i, newLine: head + j)); j += 1
            }
        }
        for k in 0..<tail {
            operations.append(Operation(kind: .same, text: a[a.count - tail + k], oldLine: a.count - tail + k, newLine: b.count - tail + k))
        }
        return operations
    }
}
