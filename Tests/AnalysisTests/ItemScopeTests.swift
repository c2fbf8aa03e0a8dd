@testable import Analysis
import Foundation
import Rules
@testable import Schema
import SourceText
import Syntax
import Testing

/// Inside an edited section, list items whose text is unchanged keep their schema results and
/// the findings of the rules that judge items one by one (`RuleScope.eachItem`). After every
/// edit — in an item, of the list itself, of the keys above it — the kept analysis must equal a
/// fresh one, and what was kept must really not have been checked again.
@Suite struct ItemScopeTests {
    static let origin = DocumentOrigin(displayPath: "long.hypotheses.yaml", fileURL: nil)

    /// A hypothesis set of `count` hypotheses, varied so that every item rule and the schema find something in some.
    static func hypotheses(_ count: Int) -> String {
        var text = "kind: hypothesis-set\ntitle: Older people — hypotheses\npopulation: Older people with chronic health problems\nhypotheses:\n"
        for number in 1...count {
            text += "  - id: H\(number)\n"
            switch number % 7 {
            case 0: text += "    statement: To reduce the number of older people admitted to hospital in locality \(number).\n"
            case 1: text += "    statement: TBC\n"
            default: text += "    statement: Investing £\(number)k more in reablement will reduce demand for residential care in locality \(number).\n"
            }
            if number % 5 != 0 { text += "    test: Compare admissions in locality \(number) with the rest of the county over 12 months.\n" }
            if number % 6 == 0 { text += "    tset: a misspelt key the schema reports\n" }
            text += number % 4 == 0 ? "    status: supported\n" : (number % 9 == 0 ? "    status: maybe\n" : "    status: untested\n")
        }
        return text
    }

    /// A strategy whose aims, stakeholders and indicators are long lists.
    static func strategy(_ count: Int) -> String {
        var text = "kind: commissioning-strategy\ntitle: Living well in later life\npopulation: Older people with chronic health problems\naims:\n"
        for number in 1...count {
            text += number % 5 == 0
                ? "  - statement: To increase the number of assessments in locality \(number) of the county.\n    purpose: efficiency\n"
                : "  - statement: To reduce the number of older people who need residential care in locality \(number).\n    purpose: better-outcomes\n"
        }
        text += "development:\n  summary: Drafted by the joint commissioning team after six workshops across the localities.\n  stakeholders:\n"
        for number in 1...count {
            text += "    - group: \(number % 8 == 0 ? "everyone" : "carers")\n      commitment: contribute-analysis\n      how: \(number % 6 == 0 ? "TODO" : "Locality workshops and the carers’ forum in locality \(number).")\n"
        }
        text += "monitoring:\n  arrangements: The joint commissioning board reviews progress every quarter.\n  indicators:\n"
        for number in 1...count {
            text += number % 4 == 0 ? "    - Reviews completed in locality \(number) each quarter of the year.\n"
                : "    - People still at home 91 days after leaving hospital into reablement, locality \(number).\n"
        }
        return text
    }

    /// Applies `edits` one after another (each: replace `range` of the current text), checking
    /// each version from the last as the server does, against a fresh check.
    static func follow(_ text: String, name: String, analyzer: DocumentAnalyzer, edits: [(String) -> (Range<String.Index>, String)?]) {
        var source = SourceFile(name: name, text: text)
        var tree = Parser.parse(source)
        var previous = analyzer.analyze(tree, at: origin)
        for (step, edit) in edits.enumerated() {
            guard let (range, replacement) = edit(source.text) else { Issue.record("edit \(step) found nothing to change"); continue }
            var edited = source.text
            edited.replaceSubrange(range, with: replacement)
            source = SourceFile(name: name, text: edited)
            tree = IncrementalParser.parse(source, after: tree).tree
            let kept = analyzer.analyze(tree, at: origin, reusing: previous.sectionFindings)
            let fresh = analyzer.analyze(Parser.parse(source), at: origin)
            #expect(kept.diagnostics == fresh.diagnostics, "\(name), edit \(step)")
            previous = kept
        }
    }

    static func replacing(_ target: String, with replacement: String, occurrence: Int = 0) -> (String) -> (Range<String.Index>, String)? {
        { text in
            var from = text.startIndex
            for _ in 0..<occurrence {
                guard let found = text.range(of: target, range: from..<text.endIndex) else { return nil }
                from = found.upperBound
            }
            return text.range(of: target, range: from..<text.endIndex).map { ($0, replacement) }
        }
    }

    @Test func theListsFindingsAreThereToKeep() {
        let analysis = DocumentAnalyzer().analyze(SourceFile(name: "x", text: Self.hypotheses(40)), at: Self.origin)
        let codes = Set(analysis.diagnostics.map(\.code))
        for code in ["hypothesis/no-test", "hypothesis/finding-missing", "hypothesis/phrased-as-aim", "content/placeholder"] {
            #expect(codes.contains(code), "\(code) in \(codes.sorted())")
        }
        #expect(codes.contains { $0.hasPrefix("schema/") }, "\(codes.sorted())")
        let strategy = DocumentAnalyzer().analyze(SourceFile(name: "x", text: Self.strategy(24)), at: DocumentOrigin(displayPath: "s.strategy.yaml", fileURL: nil))
        #expect(Set(strategy.diagnostics.map(\.code)).isSuperset(of: ["strategy/output-not-outcome", "content/placeholder"]))
    }

    @Test func editsInALongListAreCheckedAsAFreshCheckChecksThem() {
        let analyzer = DocumentAnalyzer()
        Self.follow(Self.hypotheses(40), name: "long.hypotheses.yaml", analyzer: analyzer, edits: [
            Self.replacing("locality 23.", with: "locality 23x."),
            Self.replacing("locality 23x.", with: "locality 23."),
            // A new first item: every later item has moved, and its place in the list changed.
            Self.replacing("hypotheses:\n", with: "hypotheses:\n  - id: H0\n    statement: TBC\n    status: supported\n"),
            Self.replacing("  - id: H10\n", with: "  - id: H10b\n"),
            Self.replacing("    tset: a misspelt key the schema reports\n", with: ""),
            Self.replacing("status: untested", with: "status: supported", occurrence: 3),
            Self.replacing("test: Compare admissions in locality 31", with: "test: TBC. Compare admissions in locality 31"),
            // The first item removed: the others move back.
            Self.replacing("  - id: H0\n    statement: TBC\n    status: supported\n", with: ""),
            Self.replacing("hypotheses:\n", with: "hypothesis:\n"),
            Self.replacing("hypothesis:\n", with: "hypotheses:\n"),
            Self.replacing("kind: hypothesis-set", with: "kind: commissioning-strategy"),
            Self.replacing("kind: commissioning-strategy", with: "kind: hypothesis-set"),
        ])
        Self.follow(Self.strategy(24), name: "s.strategy.yaml", analyzer: analyzer, edits: [
            Self.replacing("locality 12.", with: "locality 12 and the coast."),
            Self.replacing("Reviews completed in locality 8", with: "Reviews done in locality 8"),
            Self.replacing("  stakeholders:\n", with: "  stakeholderz:\n"),
            Self.replacing("  stakeholderz:\n", with: "  stakeholders:\n"),
            Self.replacing("      how: TODO\n", with: "      how: Locality workshops.\n"),
            Self.replacing("    - group: carers\n", with: "    - group: carers\n      commitment: agree-changes\n      how: TBC\n    - group: carers\n"),
            Self.replacing("monitoring:\n  arrangements:", with: "monitoring:\n  arrangement:"),
        ])
    }

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Schemas/examples")

    /// Seeded random keystrokes inside the lists, and in each example (where the rules that read
    /// some sections keep their findings while those are unchanged), each version checked from the last.
    @Test(arguments: [5, 6, 7, 8, 9, 10, 11] as [UInt64])
    func randomKeystrokesAreCheckedAsAFreshCheckChecksThem(seed: UInt64) throws {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
        let pieces = ["e", " ", "£", "’", "\n", ": ", "- ", "TBC", "\"", "  ", "#", "x\n    test: y", "id: H1\n"]
        let examples = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let (name, text): (String, String)
        switch seed {
        case 5: (name, text) = ("r.hypotheses.yaml", Self.hypotheses(30))
        case 6: (name, text) = ("r.strategy.yaml", Self.strategy(16))
        default:
            name = examples[Int(seed - 7) % examples.count]
            text = try String(contentsOf: Self.examples.appending(path: name), encoding: .utf8)
        }
        let edits: [(String) -> (Range<String.Index>, String)?] = (0..<80).map { _ in
            let (offset, length, piece) = (next(1 << 20), next(4) == 0 ? next(6) : 0, pieces[next(pieces.count)])
            return { text in
                let scalars = text.unicodeScalars
                let start = scalars.index(scalars.startIndex, offsetBy: offset % max(scalars.count, 1))
                let end = scalars.index(start, offsetBy: min(length, scalars.distance(from: start, to: scalars.endIndex)))
                return (start..<end, piece)
            }
        }
        Self.follow(text, name: name, analyzer: DocumentAnalyzer(), edits: edits)
    }

    /// A keystroke in one item: the item rules check that item alone, and the schema validates
    /// it alone, the others' results are kept.
    @Test func aKeystrokeInOneItemChecksThatItemAlone() throws {
        let counting = CountingItemRule()
        let analyzer = DocumentAnalyzer(rules: [counting])
        let text = Self.hypotheses(40)
        let first = analyzer.analyze(Parser.parse(SourceFile(name: "x", text: text)), at: Self.origin)
        #expect(counting.counter.take() == 40)
        let edited = SourceFile(name: "x", text: text.replacingOccurrences(of: "locality 23.", with: "locality 23x."))
        let second = analyzer.analyze(Parser.parse(edited), at: Self.origin, reusing: first.sectionFindings)
        #expect(counting.counter.take() == 1)
        // The items after the edit kept the results found where they were before (one byte earlier).
        let validations = second.sectionFindings.validations
        let start = try #require(validations.sectionStarts["hypotheses"])
        let items = validations.items["hypotheses", default: []]
        let kept = items.filter { $0.origin != start + $0.offset }
        #expect(kept.count >= 16, "\(kept.count) items kept of \(items.count)")
        #expect(zip(items, items.dropFirst()).allSatisfy { $0.offset <= $1.offset })
    }
}

/// Counts the items it is asked to judge; finds nothing.
struct CountingItemRule: ItemRule {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        func take() -> Int { lock.withLock { defer { count = 0 }; return count } }
    }

    static let metadata = RuleMetadata(id: "test/counting", defaultSeverity: .warning, summary: "Counts items.", explanation: "For tests.",
                                       sources: [], firingExample: "", passingExample: "", scope: .eachItem)
    let counter = Counter()

    func lists(in context: RuleContext) -> [RuleList] {
        context.root?["hypotheses"].map { [RuleList(name: "hypotheses", node: $0)] } ?? []
    }

    func check(_ item: SyntaxNode, at index: Int, of list: RuleList, in context: RuleContext) -> [Finding] {
        counter.add()
        return []
    }
}
