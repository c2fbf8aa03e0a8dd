import Analysis
import Foundation
import SourceText
import Syntax
import Testing
@testable import Features

/// Every feature at many cursor positions of real and broken documents: nothing traps, and every
/// range given back lies in the document, where it should.
@Suite struct RobustnessTests {
    static let examples = ["older-people.strategy.yaml", "northshire.framework.yaml", "home-care.mps.yaml", "older-people.hypotheses.yaml"]

    /// The example, and the same text cut at odd places and scrambled, as typing leaves it.
    static func variants(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var variants = [text]
        for cut in stride(from: bytes.count / 7, to: bytes.count, by: bytes.count / 3 + 1) {
            variants.append(String(decoding: bytes[..<cut], as: UTF8.self))
        }
        variants.append(text.replacingOccurrences(of: ": ", with: ":"))
        variants.append(text.replacingOccurrences(of: "\n  ", with: "\n ").replacingOccurrences(of: "- ", with: "-"))
        variants.append(text.replacingOccurrences(of: "e", with: "\"").replacingOccurrences(of: "a", with: "["))
        return variants
    }

    @Test(arguments: examples)
    func everyFeatureAtManyPlaces(example: String) throws {
        for text in Self.variants(try Repository.example(example)) {
            let analysis = analyze(text, name: example)
            let size = text.utf8.count
            let whole = TextRange(start: 0, end: size)
            for region in Folding.regions(in: analysis.tree) { #expect(whole.contains(region.range)) }
            func check(_ items: [OutlineItem], in parent: TextRange) {
                for item in items {
                    #expect(parent.contains(item.range) && item.range.contains(item.selectionRange))
                    check(item.children, in: item.range)
                }
            }
            check(Outline.items(in: analysis), in: whole)
            // Tokens in order, none overlapping, each on one line; hints inside the document.
            let tokens = SemanticTokens.tokens(in: analysis.tree, schemaFile: analysis.kind?.schemaFile)
            for (first, second) in zip(tokens, tokens.dropFirst()) { #expect(first.range.end <= second.range.start) }
            let bytes = Array(text.utf8)
            for token in tokens {
                #expect(whole.contains(token.range) && !token.range.isEmpty)
                #expect(!bytes[token.range.start..<token.range.end].contains(UInt8(ascii: "\n")))
            }
            for hint in InlayHints.hints(in: analysis.tree, schemaFile: analysis.kind?.schemaFile, range: whole) {
                #expect(hint.offset >= 0 && hint.offset <= size)
            }
            for offset in stride(from: 0, through: size, by: 11) {
                for item in Completion.items(in: analysis, at: offset) {
                    #expect(whole.contains(item.replacing))
                    #expect(item.replacing.touches(offset) || item.kind == .activity, "\(item.label) at \(offset)")
                }
                if let hover = Hover.info(in: analysis, at: offset), let range = hover.range {
                    #expect(range.touches(offset) && whole.contains(range))
                }
                let ranges = SelectionRanges.ranges(in: analysis.tree, at: offset)
                #expect(ranges.last == whole)
                for (inner, outer) in zip(ranges, ranges.dropFirst()) { #expect(outer.contains(inner)) }
            }
            for diagnostic in analysis.diagnostics {
                for action in CodeActions.actions(in: analysis, for: diagnostic.range) {
                    for edit in action.edits { #expect(whole.contains(edit.range)) }
                }
            }
        }
    }
}
