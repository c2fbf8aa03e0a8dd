import Foundation
import JSONSupport
import Schema
import Testing

/// Every term, section and quotation in Schemas/ is traceable to a real seed line.
@Suite struct VocabularySourcesTests {
    let vocabulary = Vocabulary.shared

    /// Every string that looks like a seed reference, under any `x-` key of any schema file.
    static func allSourceReferences() -> [(place: String, text: String)] {
        var found: [(String, String)] = []
        for (file, document) in SchemaDocuments.documents {
            walkSchemaObjects(document) { object, pointer in
                for (key, value) in object where key.hasPrefix("x-") {
                    let strings = value.stringValue.map { [$0] } ?? value.arrayValue?.compactMap(\.stringValue) ?? []
                    for text in strings where text.range(of: #"^\d{3}_[0-9a-f]+\.txt:"#, options: .regularExpression) != nil {
                        found.append(("\(file)#\(pointer)/\(key)", text))
                    }
                }
            }
        }
        return found
    }

    @Test func everySourcePointsToARealSeedLine() throws {
        let references = Self.allSourceReferences()
        #expect(references.count > 400, "the schemas quote their sources throughout")
        var seeds: [String: [String]] = [:]
        for (place, text) in references {
            let reference = try #require(SourceReference(text), "\(place): '\(text)' is not FILE:LINE or FILE:FIRST-LAST")
            if seeds[reference.file] == nil { seeds[reference.file] = SeedText.lines(of: reference.file) }
            let lines = try #require(seeds[reference.file], "\(place): no seed file \(reference.file)")
            #expect(reference.lines.upperBound <= lines.count, "\(place): \(text) is past the end of the file")
            guard reference.lines.upperBound <= lines.count else { continue }
            for line in [reference.lines.lowerBound, reference.lines.upperBound] {
                #expect(!SeedText.normalise(lines[line - 1]).isEmpty, "\(place): \(text) points at a blank line")
            }
        }
    }

    /// Every property of every schema (a section or a field) and every term says what it is and where from.
    @Test func everyPropertyAndTermIsDescribedWithItsSource() {
        var checked = 0
        for (file, document) in SchemaDocuments.documents {
            walkSchemaObjects(document) { object, pointer in
                // `if`/`then` conditions repeat property names only to test them; they describe nothing.
                if pointer.contains("/if") || pointer.contains("/then") { return }
                var described: [(String, JSONValue)] = []
                if let properties = object["properties"]?.objectValue { described += properties.map { ($0.key, $0.value) } }
                if let branches = object["oneOf"]?.arrayValue, branches.allSatisfy({ $0["const"] != nil }) {
                    described += branches.map { ($0["const"]?.stringValue ?? "?", $0) }
                }
                for (name, schema) in described {
                    checked += 1
                    #expect(schema["description"]?.stringValue?.isEmpty == false, "\(file)#\(pointer): '\(name)' has no description")
                    #expect(schema["x-source"]?.stringValue.flatMap(SourceReference.init) != nil, "\(file)#\(pointer): '\(name)' has no x-source")
                }
            }
        }
        #expect(checked > 200)
    }

    /// The 28 cells of the IPC matrix, each with example activities quoted from the 2006 original.
    @Test func matrixHasTwentyEightCellsQuotedFrom000() throws {
        #expect(vocabulary.matrix.cells.count == 28)
        let seed = try #require(SeedText.lines(of: "000_5c1c6b30ea365b26.txt"))
        for area in vocabulary.matrix.areas.ids {
            for level in vocabulary.matrix.levels.ids {
                let cell = try #require(vocabulary.matrix.cell(area: area, level: level), "\(area) × \(level)")
                let first = try #require(cell.activities.first, "\(area) × \(level) has no activities")
                let reference = try #require(SourceReference(cell.source))
                #expect(reference.file == "000_5c1c6b30ea365b26.txt")
                let opening = SeedText.normalise(first.text).split(separator: " ").prefix(5).joined(separator: " ")
                #expect(SeedText.normalise(seed[reference.lines.lowerBound - 1]).contains(opening),
                        "\(area) × \(level): line \(reference.lines.lowerBound) does not start the cell with '\(opening)'")
                for activity in cell.activities {
                    let line = try #require(SourceReference(activity.source))
                    #expect(reference.lines.contains(line.lines.lowerBound), "\(area) × \(level): activity outside its cell")
                }
            }
        }
    }

    /// Every quoted activity or task (matrix, cycle stages, purchasing cycle, commissioning levels) is on its line.
    @Test func everyQuotedActivityIsOnItsLine() throws {
        var activities = vocabulary.matrix.cells.flatMap(\.activities) + vocabulary.purchasingCycle
        for list in vocabulary.lists.values { activities += list.terms.flatMap(\.activities) }
        #expect(activities.count == 95, "50 matrix activities, 13 IPC stage activities, 8 of the purchasing cycle, 24 commissioning-level tasks")
        for activity in activities {
            let reference = try #require(SourceReference(activity.source))
            let lines = try #require(SeedText.lines(of: reference.file))
            let text = reference.lines.map { lines[$0 - 1] }.joined(separator: " ")
            #expect(SeedText.normalise(text).contains(SeedText.normalise(activity.text)), "'\(activity.text)' is not at \(activity.source)")
        }
    }

    /// Each term's label is the seed's own wording, found at (or next to) the term's source line.
    @Test(arguments: ["matrix-area", "integration-level", "approach", "lever", "evidence-type", "stakeholder-group", "market-situation", "intervention", "commissioning-level", "cycle-stage"])
    func labelsAreTheSeedsOwn(name: String) throws {
        let list = try #require(vocabulary.list(name))
        for term in list.terms {
            let reference = try #require(term.sourceReference)
            let lines = try #require(SeedText.lines(of: reference.file))
            let text = SeedText.normalise(reference.lines.map { lines[$0 - 1] }.joined(separator: " ")).lowercased()
            #expect(text.contains(SeedText.normalise(term.label).lowercased()), "\(name).\(term.id): '\(term.label)' not at \(term.source)")
        }
    }
}
