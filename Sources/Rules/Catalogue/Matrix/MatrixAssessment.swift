import Schema
import SourceText
import Syntax

/// A document's IPC matrix self-assessment (`integration:`), read once for the `matrix/…` rules:
/// which areas are assessed, at which levels, with what evidence. Only kinds whose schema has an
/// `integration` section are read (strategies and frameworks); nothing here names an area or a
/// level — they come from the vocabulary.
struct MatrixAssessment {
    /// The `integration:` entry of the document.
    let entry: MappingEntry
    /// The assessed areas in document order (keys that are not matrix areas are left to the schema).
    let areas: [AreaAssessment]

    static let section = "integration"

    init?(_ context: RuleContext) {
        guard context.kind?.section(Self.section) != nil, let entry = context.root?.entry(Self.section) else { return nil }
        self.entry = entry
        let matrix = context.vocabulary.matrix
        areas = (entry.value?.mapping?.entries ?? []).compactMap { areaEntry in
            guard let area = matrix.areas.term(areaEntry.keyText) else { return nil }
            return AreaAssessment(area: area, entry: areaEntry, matrix: matrix)
        }
    }

    /// The mapping of areas, nil when `integration:` has no value or is not a mapping.
    var mapping: SyntaxMapping? { entry.value?.mapping }
}

/// One area of the self-assessment: `purpose-and-strategy: {current: joint, evidence: …}`.
struct AreaAssessment {
    let area: Term
    let entry: MappingEntry
    /// `current:` when it names a level of the matrix.
    let current: Level?
    /// `target:` when it names a level of the matrix.
    let target: Level?
    /// The `current:` entry whatever its value (a misspelt level is still a level the writer meant).
    let currentEntry: MappingEntry?
    let evidenceEntry: MappingEntry?

    struct Level {
        let id: String
        let rank: Int
        let node: SyntaxNode
    }

    init(area: Term, entry: MappingEntry, matrix: IntegrationMatrix) {
        self.area = area
        self.entry = entry
        let fields = entry.value?.mapping
        currentEntry = fields?.entry("current")
        evidenceEntry = fields?.entry("evidence")
        func level(_ key: String) -> Level? {
            guard let node = fields?[key], let id = node.scalar?.text, let rank = matrix.rank(ofLevel: id) else { return nil }
            return Level(id: id, rank: rank, node: node)
        }
        current = level("current")
        target = level("target")
    }

    /// True when `current:` holds something (a level, or a misspelling of one).
    var hasCurrentValue: Bool {
        guard let value = currentEntry?.value else { return false }
        if let scalar = value.scalar { return scalar.value != .null && !Self.isBlank(scalar.text) }
        return true
    }

    /// The evidence text when it is non-blank text.
    var evidenceText: String? {
        guard let scalar = evidenceEntry?.value?.scalar, scalar.value != .null, !Self.isBlank(scalar.text) else { return nil }
        return scalar.text
    }

    /// Only spaces, tabs and line breaks (checked on bytes: this runs on every keystroke).
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
}

extension IntegrationMatrix {
    /// "Purpose and strategy" for `purpose-and-strategy`, the id itself when unknown.
    func label(ofArea id: String) -> String { areas.term(id)?.label ?? id }

    /// "Joint approaches" for `joint`.
    func label(ofLevel id: String) -> String { levels.term(id)?.label ?? id }
}
