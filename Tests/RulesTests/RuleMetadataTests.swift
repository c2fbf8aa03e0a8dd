import Foundation
import Schema
import SourceText
import Syntax
import Testing
@testable import Rules

/// Checks every registered rule's metadata against the sources and against itself: ids unique and
/// as SPEC §5.1 lists them, every quote really on the seed line it cites, and each rule's own
/// examples behaving as they claim (the firing one fires, the passing one does not).
@Suite struct RuleMetadataTests {
    static let rules = RuleRegistry.rules
    static let specFile = SeedLines.folder.deletingLastPathComponent().appendingPathComponent("design/SPEC.md")

    /// `(id, default severity)` of each row of SPEC §5.1's table, in order.
    static func specCatalogue() throws -> [(id: String, severity: String)] {
        let text = try String(contentsOf: specFile, encoding: .utf8)
        let start = try #require(text.range(of: "### 5.1 Rule catalogue"))
        let end = try #require(text.range(of: "### 5.2", range: start.upperBound..<text.endIndex))
        return text[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0].hasPrefix("`"), cells[0].hasSuffix("`") else { return nil }
            return (String(cells[0].dropFirst().dropLast()), cells[1])
        }
    }

    /// The kinds a rule declares are kinds of the vocabulary (a misspelt one would silently
    /// stop the rule running anywhere), and a rule declaring kinds stays quiet on any other kind.
    @Test func declaredKindsAreRealAndLimitTheRule() {
        let known = Set(Vocabulary.shared.kinds.map(\.id))
        let limited = RuleRegistry.metadata.filter { !$0.kinds.isEmpty }
        #expect(!limited.isEmpty)
        for metadata in limited {
            #expect(metadata.kinds.isSubset(of: known), "\(metadata.id) names unknown kinds \(metadata.kinds.subtracting(known))")
            #expect(!metadata.applies(toKind: nil), "\(metadata.id)")
            for kind in known.subtracting(metadata.kinds) { #expect(!metadata.applies(toKind: kind), "\(metadata.id) on \(kind)") }
            for kind in metadata.kinds { #expect(metadata.applies(toKind: kind)) }
        }
    }

    /// What `explain` and the README show of a rule names the book, never our seed numbers
    /// (its sources are cited beside it), like the schema descriptions (SeedNumbersTests).
    @Test func summariesAndExplanationsNameNoSeedByNumber() {
        for metadata in RuleRegistry.metadata {
            #expect(!SeedNumbers.mentionsSeed(metadata.summary), "\(metadata.id): \(metadata.summary)")
            #expect(!SeedNumbers.mentionsSeed(metadata.explanation), "\(metadata.id): \(metadata.explanation)")
        }
    }

    @Test func idsAreUniqueAndWellFormed() {
        let ids = RuleRegistry.metadata.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        for id in ids {
            #expect(id.range(of: #"^[a-z]+/[a-z]+(-[a-z]+)*$"#, options: .regularExpression) != nil, "\(id)")
        }
    }

    @Test func everySpecRuleIsRegisteredWithItsDefaultSeverityInSpecOrder() throws {
        let spec = try Self.specCatalogue()
        #expect(spec.count >= 27)
        let registered = RuleRegistry.metadata
        for row in spec {
            let metadata = registered.first { $0.id == row.id }
            #expect(metadata != nil, "\(row.id) is in SPEC §5.1 but not registered")
            #expect(metadata?.defaultSeverity.rawValue == row.severity, "\(row.id): SPEC says \(row.severity)")
        }
        let order = registered.map(\.id).filter { id in spec.contains { $0.id == id } }
        #expect(order == spec.map(\.id).filter { id in registered.contains { $0.id == id } })
    }

    @Test func everyRuleIsDescribed() {
        for metadata in RuleRegistry.metadata {
            #expect(!metadata.summary.isEmpty, "\(metadata.id)")
            #expect(metadata.explanation.count > metadata.summary.count, "\(metadata.id): the explanation says more than the summary")
            #expect(!metadata.firingExample.isEmpty && !metadata.passingExample.isEmpty, "\(metadata.id)")
            #expect(metadata.firingExample != metadata.passingExample, "\(metadata.id)")
        }
    }

    @Test func everySourceQuoteIsOnTheLineItCites() throws {
        var checked = 0
        for metadata in RuleRegistry.metadata {
            for source in metadata.sources {
                let reference = try #require(SourceReference(source.reference), "\(metadata.id): '\(source.reference)' is not FILE:LINE")
                let lines = try #require(SeedLines.lines(of: reference.file), "\(metadata.id): no seed \(reference.file)")
                #expect(reference.lines.upperBound <= lines.count, "\(metadata.id): \(source.reference) is past the end")
                guard reference.lines.upperBound <= lines.count else { continue }
                let cited = SeedLines.normalise(lines[(reference.lines.lowerBound - 1)...(reference.lines.upperBound - 1)].joined(separator: " "))
                #expect(!source.quote.isEmpty && cited.contains(SeedLines.normalise(source.quote)),
                        "\(metadata.id): \(source.reference) does not say “\(source.quote)”")
                checked += 1
            }
        }
        #expect(checked >= 20)
    }

    /// The rule's examples run as documents. A `# in a file named X` comment names the file;
    /// references resolve in the passing example's world and are missing in the firing one's
    /// (paths leaving the folder are outside the workspace in both).
    @Test func eachRuleFiresOnItsFiringExampleAndNotOnItsPassingOne() {
        for rule in Self.rules {
            let metadata = type(of: rule).metadata
            let firing = Self.run(rule, metadata.firingExample, referencesExist: false)
            let passing = Self.run(rule, metadata.passingExample, referencesExist: true)
            #expect(!firing.isEmpty, "\(metadata.id): its firing example does not fire")
            #expect(passing.isEmpty, "\(metadata.id): its passing example fires: \(passing.map(\.message))")
        }
    }

    static func run(_ rule: some Rule, _ example: String, referencesExist: Bool) -> [Finding] {
        let named = example.range(of: #"# in a file named (\S+)"#, options: .regularExpression).map { match in
            String(example[match].split(separator: " ").last ?? "")
        }
        return RuleRun(rule, example, fileName: named ?? "example.yaml", references: ExampleWorld(exists: referencesExist)).findings
    }

    struct ExampleWorld: ReferenceResolver {
        let exists: Bool

        func resolve(_ reference: String) -> ResolvedReference {
            if reference.hasPrefix("/") || reference.split(separator: "/").contains("..") { return .outsideWorkspace(path: reference) }
            guard exists else { return .missing(path: reference) }
            let kind = Vocabulary.shared.kind(forFileName: reference)?.id ?? "hypothesis-set"
            let text = "kind: \(kind)\ntitle: Example\npopulation: Example\n"
            return .document(path: reference, tree: Parser.parse(SourceFile(name: reference, text: text)))
        }
    }
}
