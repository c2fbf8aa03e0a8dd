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

/// The findings of the rules that read one top-level section at a time (`RuleScope.eachSection`
/// and `.eachItem`), per section, with the text they were found in: after an edit, a section whose
/// text is the same keeps its findings (moved with it), and in one that changed, an item whose
/// text is the same keeps what an `ItemRule` found in it. Only what changed is checked again.
public struct SectionFindings: Sendable {
    /// Nothing kept (a first check, or a document without distinct top-level keys).
    public static let none = SectionFindings(source: nil, kindID: nil, sections: [:], validations: .none, bySections: [:])

    /// What was found in one top-level section.
    struct Section: Sendable {
        let range: TextRange
        /// Each rule's findings in the section, by rule id (only those that can move with it).
        var findings: [String: [Finding]] = [:]
        /// Each `ItemRule`'s findings in the items of its lists, by rule id.
        var items: [String: ItemFindings] = [:]
    }

    /// The text the sections' ranges refer to.
    let source: SourceFile?
    let kindID: String?
    /// By top-level key.
    let sections: [String: Section]
    /// The schema's results for each section's value.
    let validations: SectionValidations
    /// The findings of each rule of `RuleScope.sections`, by rule id.
    let bySections: [String: [Finding]]

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

    /// Which parts of `source` are the kept text's, unchanged; nil when nothing can be kept.
    func unchangedText(in source: SourceFile, kindID: String?) -> UnchangedText? {
        guard kindID == self.kindID, let old = self.source else { return nil }
        return UnchangedText(from: old, to: source)
    }

    /// The findings kept for `rule` in an unchanged section, moved by `delta`; nil when there are none.
    func reusable(_ rule: String, key: String, movedBy delta: Int) -> [Finding]? {
        sections[key]?.findings[rule].map { $0.map { $0.moved(by: delta) } }
    }

    /// The findings kept for a rule that reads the sections `keys`, moved to where they are now,
    /// when none of those sections has changed, appeared or gone (`present`: the keys now); nil otherwise.
    func reusable(_ rule: String, reading keys: Set<String>, present: Set<String>, unchanged: [String: Int], text: UnchangedText?) -> [Finding]? {
        guard let found = bySections[rule], let text else { return nil }
        for key in keys {
            let before = sections[key] != nil
            guard present.contains(key) == before, !before || unchanged[key] != nil else { return nil }
        }
        // A place moves with the section it is in; one outside them all, with the text around it.
        func move(_ range: TextRange) -> TextRange? {
            for key in keys {
                if let section = sections[key], section.range.contains(range), let delta = unchanged[key] {
                    return TextRange(start: range.start + delta, end: range.end + delta)
                }
            }
            return text.newRange(ofOld: range)
        }
        var moved: [Finding] = []
        for finding in found {
            var copy = finding
            guard let range = move(finding.range) else { return nil }
            copy.range = range
            for fix in copy.fixes.indices {
                for edit in copy.fixes[fix].edits.indices {
                    guard let range = move(copy.fixes[fix].edits[edit].range) else { return nil }
                    copy.fixes[fix].edits[edit].range = range
                }
            }
            for index in copy.related.indices {
                guard let range = move(copy.related[index].range) else { return nil }
                copy.related[index].range = range
            }
            moved.append(copy)
        }
        return moved
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

/// What one `ItemRule` found in each item of its lists in one section, in the order of where
/// each item starts (from the section's start, which moves with the section).
struct ItemFindings: Sendable {
    struct Item: Sendable {
        let offset: Int
        let length: Int
        let list: String
        let index: Int
        /// As found, when the item started at `origin`.
        let findings: [Finding]
        let origin: Int
    }

    var items: [Item] = []

    /// The item that started at `offset` with this length, list and place, if one was kept.
    func item(at offset: Int, length: Int, list: String, index: Int) -> Item? {
        var (low, high) = (0, items.count)
        while low < high {
            let middle = (low + high) / 2
            if items[middle].offset < offset { low = middle + 1 } else { high = middle }
        }
        guard low < items.count, items[low].offset == offset else { return nil }
        let item = items[low]
        return item.length == length && item.index == index && item.list == list ? item : nil
    }

    /// An `ItemRule` on one section: kept findings for the items whose text is unchanged (in
    /// `previous`, of the section that started at `previousStart`), the rule for the others and
    /// for what lies outside its lists.
    static func check(_ rule: any ItemRule, in context: RuleContext, sectionStart: Int, previous: ItemFindings?, previousStart: Int?,
                      text: UnchangedText?) -> (findings: [Finding], kept: ItemFindings) {
        var findings = rule.checkOutsideLists(context)
        var kept = ItemFindings()
        for list in rule.lists(in: context) {
            for (index, item) in list.items.enumerated() {
                let range = item.value.range
                if let previous, let previousStart, let oldStart = text?.oldStart(of: range),
                   let earlier = previous.item(at: oldStart - previousStart, length: range.length, list: list.name, index: index) {
                    let delta = range.start - earlier.origin
                    findings += delta == 0 ? earlier.findings : earlier.findings.map { $0.moved(by: delta) }
                    kept.items.append(Item(offset: range.start - sectionStart, length: range.length, list: list.name, index: index,
                                           findings: earlier.findings, origin: earlier.origin))
                    continue
                }
                let found = rule.check(item.value, at: index, of: list, in: context)
                findings += found
                if SectionFindings.keepable(found, within: range) {
                    kept.items.append(Item(offset: range.start - sectionStart, length: range.length, list: list.name, index: index,
                                           findings: found, origin: range.start))
                }
            }
        }
        if !kept.items.isSorted(by: { $0.offset <= $1.offset }) { kept.items.sort { $0.offset < $1.offset } }
        return (findings, kept)
    }
}

extension Finding {
    func moved(by delta: Int) -> Finding {
        guard delta != 0 else { return self }
        var moved = self
        moved.range = TextRange(start: range.start + delta, end: range.end + delta)
        for fix in moved.fixes.indices {
            for edit in moved.fixes[fix].edits.indices {
                let range = moved.fixes[fix].edits[edit].range
                moved.fixes[fix].edits[edit].range = TextRange(start: range.start + delta, end: range.end + delta)
            }
        }
        return moved
    }
}

extension Array {
    fileprivate func isSorted(by ordered: (Element, Element) -> Bool) -> Bool {
        zip(self, dropFirst()).allSatisfy(ordered)
    }
}
