import Foundation
import JSONSupport
import Schema
import SourceText
import Syntax
import Testing
@testable import Features

/// `source.sortKeys` (issue 17): keys in the schema's order, matrix areas in the matrix's order,
/// comments travelling with their keys, the data unchanged but for order; offered only when
/// something is out of order.
@Suite struct KeySortingTests {
    private func sorted(_ text: String, name: String) -> String? {
        let analysis = analyze(text, name: name)
        return KeySorting.edit(in: analysis.tree, schemaFile: analysis.kind?.schemaFile).map { applying([$0], to: text) }
    }

    /// Every mapping of a text with its entries in reverse order (the same layout code that sorting uses).
    private func shuffled(_ text: String) throws -> String {
        var bytes = Array(text.utf8)
        var tree = Parser.parse(SourceFile(name: "x", bytes: bytes))
        for index in KeySorting.mappings(in: tree).indices {
            let node = KeySorting.mappings(in: tree)[index].node
            let count = node.mapping?.entries.count ?? 0
            guard count > 1, let reversed = KeySorting.reordered(bytes, mapping: node, order: Array((0..<count).reversed()), lineIndex: tree.source.lineIndex) else { continue }
            let parsed = Parser.parse(SourceFile(name: "x", bytes: reversed))
            guard parsed.diagnostics.isEmpty, KeySorting.normalised(parsed.toJSON()) == KeySorting.normalised(tree.toJSON()) else { continue }
            bytes = reversed
            tree = parsed
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aNewDocumentIsInOrderSoNothingIsOffered() throws {
        for kind in Vocabulary.shared.kinds {
            let text = DocumentSkeleton.sections(of: kind).flatMap(\.lines).joined(separator: "\n") + "\n"
            #expect(sorted(text, name: "new" + (kind.fileSuffixes.first ?? ".yaml")) == nil, "\(kind.id)")
        }
    }

    @Test func everyExampleShuffledIsSortedBackWithItsDataAndComments() throws {
        let folder = Repository.root.appendingPathComponent("Schemas/examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".yaml") }).sorted() {
            let example = try Repository.example(name)
            let inOrder = sorted(example, name: name) ?? example
            let shuffledText = try shuffled(inOrder)
            #expect(shuffledText != inOrder, "\(name): the shuffle moved nothing")
            let result = try #require(sorted(shuffledText, name: name), "\(name): sorting offered")
            #expect(result == inOrder, "\(name)")
            // Only the order changed.
            let before = KeySorting.normalised(Parser.parse(SourceFile(name: name, text: shuffledText)).toJSON())
            let after = KeySorting.normalised(Parser.parse(SourceFile(name: name, text: result)).toJSON())
            #expect(before == after, "\(name): data changed")
            #expect(sorted(result, name: name) == nil, "\(name): sorting again offers nothing")
        }
    }

    @Test func sectionsAndMatrixAreasFollowTheSchemaAndCommentsTravel() throws {
        let text = """
            kind: commissioning-framework
            # the areas, as we assessed them
            integration:
              # contracting first, by mistake
              contracting:
                current: joint
              purpose-and-strategy:
                current: parallel
            title: Northshire
            population: Adults

            """
        let result = try #require(sorted(text, name: "n.framework.yaml"))
        let tree = Parser.parse(SourceFile(name: "n", text: result))
        let keys = tree.root?.mapping?.entries.map(\.keyText) ?? []
        #expect(keys == ["kind", "title", "population", "integration"])
        let areas = tree.root?.mapping?["integration"]?.mapping?.entries.map(\.keyText) ?? []
        let matrixOrder = Vocabulary.shared.matrix.areas.ids
        #expect(areas == matrixOrder.filter { areas.contains($0) })
        #expect(areas == ["purpose-and-strategy", "contracting"])
        #expect(result.contains("# the areas, as we assessed them\nintegration:\n"))
        #expect(result.contains("  # contracting first, by mistake\n  contracting:\n    current: joint\n"))
        #expect(result.hasSuffix("\n"))
        // The code action is offered, of its kind, and only when something is out of order.
        let actions = CodeActions.actions(in: analyze(text, name: "n.framework.yaml"), for: .empty(at: 0))
        #expect(actions.contains { $0.kind == .sortKeys && $0.title == KeySorting.title })
        #expect(!CodeActions.actions(in: analyze(result, name: "n.framework.yaml"), for: .empty(at: 0)).contains { $0.kind == .sortKeys })
    }

    @Test func listItemsKeepTheirDashAndUnknownKeysFollowTheKeyBefore() throws {
        let text = """
            kind: hypothesis-set
            title: T
            population: P
            hypotheses:
              - test: Compare admissions.
                statement: Reablement reduces admissions.
                id: H1
                our-note: written after the id

            """
        let result = try #require(sorted(text, name: "h.hypotheses.yaml"))
        #expect(result.hasSuffix("""
            hypotheses:
              - id: H1
                our-note: written after the id
                statement: Reablement reduces admissions.
                test: Compare admissions.

            """), "\(result)")
    }
}
