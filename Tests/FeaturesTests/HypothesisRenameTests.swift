import Foundation
import SourceText
import Syntax
import Testing
@testable import Features

@Suite struct HypothesisRenameTests {
    static let pattern = "^[A-Za-z][A-Za-z0-9_.-]*$"
    let workspace = InMemoryWorkspace(files: [
        "sets/older.hypotheses.yaml": NavigationTests.set,
        "plans/living-well.strategy.yaml": NavigationTests.strategy,
        // Cites H2 too, but of another set: not renamed.
        "plans/other.strategy.yaml": "kind: commissioning-strategy\nhypotheses: other.hypotheses.yaml\nfuture-services:\n  - service: X\n    hypotheses: [H2]\n",
    ])

    private func offset(of needle: String, in text: String, occurrence: Int = 0) -> Int {
        var from = text.startIndex
        var found = text.startIndex
        for _ in 0...occurrence {
            let range = text.range(of: needle, range: from..<text.endIndex)!
            found = range.lowerBound
            from = range.upperBound
        }
        return text[..<found].utf8.count
    }

    private func rename(_ file: String, at needle: String, to newName: String) -> Result<[DocumentEdit], HypothesisRename.Refusal> {
        let text = workspace.files[file]!
        return HypothesisRename.rename(in: workspace.tree(file), fileURL: workspace.url(file), at: offset(of: needle, in: text) + 1,
                                       to: newName, idPattern: Self.pattern, documents: workspace)
    }

    @Test func renamingInTheSetRewritesTheDefinitionAndEveryCitationOfThatSet() throws {
        let edits = try rename("sets/older.hypotheses.yaml", at: "H2", to: "H-carers").get()
        #expect(edits.count == 3)
        #expect(edits.allSatisfy { $0.newText == "H-carers" })
        let inSet = edits.filter { $0.target.url.lastPathComponent == "older.hypotheses.yaml" }
        #expect(inSet.map { NavigationTests.set.utf8Slice($0.target.range) } == ["H2"])
        let inStrategy = edits.filter { $0.target.url.lastPathComponent == "living-well.strategy.yaml" }
        #expect(inStrategy.map { NavigationTests.strategy.utf8Slice($0.target.range) } == ["H2", "H2"])
        #expect(!edits.contains { $0.target.url.lastPathComponent == "other.strategy.yaml" })
    }

    @Test func renamingFromACitationRenamesTheSameEverywhere() throws {
        let edits = try rename("plans/living-well.strategy.yaml", at: "H1", to: "H9").get()
        #expect(edits.count == 2)
        #expect(Set(edits.map { $0.target.url.lastPathComponent }) == ["older.hypotheses.yaml", "living-well.strategy.yaml"])
    }

    @Test func anIdAlreadyInTheSetIsRefusedAndNamed() {
        guard case let .failure(refusal) = rename("sets/older.hypotheses.yaml", at: "H2", to: "H1") else {
            Issue.record("renaming H2 to the existing H1 was not refused")
            return
        }
        #expect(refusal.message.contains("`H1` is already a hypothesis of `older.hypotheses.yaml`"))
    }

    @Test func aNameOutsideTheIdPatternIsRefused() {
        for bad in ["1st", "H 2", "", "H2:"] {
            guard case let .failure(refusal) = rename("sets/older.hypotheses.yaml", at: "H2", to: bad) else {
                Issue.record("'\(bad)' was accepted")
                continue
            }
            #expect(refusal.message.contains("is not a hypothesis id"), "\(bad): \(refusal.message)")
        }
        guard case let .failure(refusal) = rename("sets/older.hypotheses.yaml", at: "H2", to: "true") else {
            Issue.record("'true' was accepted")
            return
        }
        #expect(refusal.message.contains("yes/no"))
    }

    @Test func prepareRefusesWhatIsNotAnIdSayingWhatItIs() throws {
        let file = "sets/older.hypotheses.yaml"
        let text = NavigationTests.set
        func refusal(at needle: String) -> String? {
            guard case let .failure(refusal) = HypothesisRename.prepare(in: workspace.tree(file), fileURL: workspace.url(file), at: offset(of: needle, in: text) + 1)
            else { return nil }
            return refusal.message
        }
        #expect(refusal(at: "population") == "Only a hypothesis id can be renamed; this is the key `population`.")
        #expect(refusal(at: "Older people\n") == "Only a hypothesis id can be renamed; this is the value of `population`.")
        let strategyFile = "plans/living-well.strategy.yaml"
        guard case let .failure(pathRefusal) = HypothesisRename.prepare(
            in: workspace.tree(strategyFile), fileURL: workspace.url(strategyFile), at: offset(of: "../sets", in: NavigationTests.strategy) + 1)
        else { Issue.record("a path was offered for rename"); return }
        #expect(pathRefusal.message.contains("this is the path `../sets/older.hypotheses.yaml`"))

        let place = try HypothesisRename.prepare(in: workspace.tree(file), fileURL: workspace.url(file), at: offset(of: "H1", in: text) + 1).get()
        #expect(place.id == "H1")
        #expect(text.utf8Slice(place.range) == "H1")
    }

    @Test func aQuotedIdKeepsItsQuotes() throws {
        let set = "kind: hypothesis-set\nhypotheses:\n  - id: \"H1\"\n    statement: S\n"
        let quoted = InMemoryWorkspace(files: ["a.hypotheses.yaml": set])
        let edits = try HypothesisRename.rename(in: quoted.tree("a.hypotheses.yaml"), fileURL: quoted.url("a.hypotheses.yaml"),
                                                at: offset(of: "H1", in: set), to: "H3", idPattern: Self.pattern, documents: quoted).get()
        #expect(edits.map { set.utf8Slice($0.target.range) } == ["H1"])
    }

    @Test func highlightsAreTheDefinitionAsWriteAndCitationsAsRead() {
        let strategyFile = "plans/living-well.strategy.yaml"
        let inStrategy = HypothesisHighlights.highlights(in: workspace.tree(strategyFile), fileURL: workspace.url(strategyFile),
                                                         at: offset(of: "H2", in: NavigationTests.strategy) + 1)
        #expect(inStrategy.map { NavigationTests.strategy.utf8Slice($0.range) } == ["H2", "H2"])
        #expect(inStrategy.allSatisfy { $0.kind == .citation })
        let setFile = "sets/older.hypotheses.yaml"
        let inSet = HypothesisHighlights.highlights(in: workspace.tree(setFile), fileURL: workspace.url(setFile),
                                                    at: offset(of: "H1", in: NavigationTests.set))
        #expect(inSet.map(\.kind) == [.definition])
        #expect(HypothesisHighlights.highlights(in: workspace.tree(setFile), fileURL: workspace.url(setFile),
                                                at: offset(of: "population", in: NavigationTests.set)).isEmpty)
    }
}
