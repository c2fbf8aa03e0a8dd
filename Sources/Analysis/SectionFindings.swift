#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Rules
import Schema
import SourceText
import Syntax

/// The findings of the rules that read one top-level section at a time (`RuleScope.eachSection`),
/// per section, with the text they were found in: after an edit, a section whose text is the
/// same keeps its findings (moved with it) and only the sections that changed are checked again.
public struct SectionFindings: Sendable {
    /// Nothing kept (a first check, or a document without distinct top-level keys).
    public static let none = SectionFindings(source: nil, kindID: nil, sections: [:], validations: .none)

    /// The text the sections' ranges refer to.
    let source: SourceFile?
    let kindID: String?
    /// By top-level key: the entry's range, and each rule's findings in it by rule id.
    let sections: [String: (range: TextRange, findings: [String: [Finding]])]
    /// The schema's results for each section's value.
    let validations: SectionValidations

    /// The top-level entries by key, or nil when the root is not a block mapping with distinct keys.
    static func sections(of tree: SyntaxTree) -> [(key: String, entry: MappingEntry)]? {
        guard let mapping = tree.root?.mapping, mapping.style == .block else { return nil }
        var seen = Set<String>()
        var sections: [(key: String, entry: MappingEntry)] = []
        for entry in mapping.entries {
            guard entry.key.scalar != nil, seen.insert(entry.keyText).inserted else { return nil }
            sections.append((entry.keyText, entry))
        }
        return sections
    }

    /// The sections whose text is byte for byte what it was, by key, with how far each moved;
    /// none when the kind differs.
    func unchanged(_ current: [(key: String, entry: MappingEntry)]?, in source: SourceFile, kindID: String?) -> [String: Int] {
        guard kindID == self.kindID, let old = self.source, let current else { return [:] }
        var moved: [String: Int] = [:]
        for (key, entry) in current {
            guard let kept = sections[key], kept.range.length == entry.range.length,
                  Self.sameBytes(old.bytes, kept.range.start, source.bytes, entry.range.start, count: entry.range.length) else { continue }
            moved[key] = entry.range.start - kept.range.start
        }
        return moved
    }

    /// The findings kept for `rule` in an unchanged section, moved by `delta`; nil when there are none.
    func reusable(_ rule: String, key: String, movedBy delta: Int) -> [Finding]? {
        guard let findings = sections[key]?.findings[rule] else { return nil }
        guard delta != 0 else { return findings }
        return findings.map { finding in
            var moved = finding
            moved.range = TextRange(start: finding.range.start + delta, end: finding.range.end + delta)
            for fix in moved.fixes.indices {
                for edit in moved.fixes[fix].edits.indices {
                    let range = moved.fixes[fix].edits[edit].range
                    moved.fixes[fix].edits[edit].range = TextRange(start: range.start + delta, end: range.end + delta)
                }
            }
            return moved
        }
    }

    /// Whether findings found in `range` can move with it: every place they name is inside it.
    static func keepable(_ findings: [Finding], within range: TextRange) -> Bool {
        findings.allSatisfy { finding in
            finding.related.isEmpty && range.contains(finding.range) && finding.fixes.allSatisfy { $0.edits.allSatisfy { range.contains($0.range) } }
        }
    }

    private static func sameBytes(_ a: [UInt8], _ aStart: Int, _ b: [UInt8], _ bStart: Int, count: Int) -> Bool {
        guard aStart >= 0, bStart >= 0, aStart + count <= a.count, bStart + count <= b.count else { return false }
        guard count > 0 else { return true }
        return a.withUnsafeBytes { x in b.withUnsafeBytes { y in memcmp(x.baseAddress! + aStart, y.baseAddress! + bStart, count) == 0 } }
    }
}
