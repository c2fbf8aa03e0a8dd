import Foundation
import JSONSupport
import Schema
import Testing

/// The matrix is quoted from the 2006 original (000); 001's appendix and 002's Appendix B copy it.
/// Every activity must be in both copies, in the same cell and order, except where the schema
/// records the copy's different wording (`x-variants`, e.g. "liase" / "liaise").
@Suite struct VocabularyMatrixCopiesTests {
    let matrix = Vocabulary.shared.matrix

    @Test func everyActivityIsInBothCopies() throws {
        var variantsSeen = 0
        for area in matrix.areas.terms {
            let copies = try #require(area.extras["x-copies"]?.arrayValue, "\(area.id) lists no copies")
            #expect(copies.count == 2, "\(area.id): the copies in 001 and 002")
            for copy in copies {
                let source = try #require(copy["x-source"]?.stringValue)
                let reference = try #require(SourceReference(source))
                let lines = try #require(SeedText.lines(of: reference.file))
                let row = lines[reference.lines.lowerBound - 1].split(separator: "\t", omittingEmptySubsequences: false).map { SeedText.normalise(String($0)) }
                try #require(row.count >= 5, "\(source) is not a table row")
                #expect(row[0] == copy["label"]?.stringValue, "\(source): the row is not '\(copy["label"]?.stringValue ?? "")'")
                #expect(row[0].lowercased().hasPrefix(area.label.lowercased()), "\(source) is not the row of \(area.label)")
                for (column, level) in matrix.levels.ids.enumerated() {
                    let cell = try #require(matrix.cell(area: area.id, level: level))
                    let activityTerms = area.extras["x-cells"]?[level]?["activities"]?.arrayValue ?? []
                    var lastPosition = row[column + 1].startIndex
                    for (index, activity) in cell.activities.enumerated() {
                        let variant = activityTerms[index]["x-variants"]?.arrayValue?.first { $0["x-source"]?.stringValue == source }
                        let expected = variant?["text"]?.stringValue ?? activity.text
                        if variant != nil {
                            variantsSeen += 1
                            #expect(SeedText.normalise(expected) != SeedText.normalise(activity.text), "a variant must differ")
                        }
                        let words = Self.withoutFinalStop(SeedText.normalise(expected))
                        let found = row[column + 1].range(of: words, range: lastPosition..<row[column + 1].endIndex)
                        #expect(found != nil, "\(area.id) × \(level): '\(words)' is not in \(source) (or is out of order)")
                        if let found { lastPosition = found.upperBound }
                    }
                }
            }
        }
        #expect(variantsSeen == 3, "001 writes partners' and liaise, 002 writes liaise")
    }

    static func withoutFinalStop(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}
