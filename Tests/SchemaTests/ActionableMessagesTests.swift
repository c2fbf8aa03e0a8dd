import Foundation
import JSONSupport
@testable import Schema
import SourceText
import Syntax
import Testing

/// Schema messages a commissioner can act on, against the real schemas: an unknown section is
/// matched by meaning as well as spelling and the missing sections are named; a mapping written
/// as text is shown as the mapping to write; an unknown lever is offered only the levers
/// commissioners have; a missing section says what it holds and where the sources say so.
@Suite struct ActionableMessagesTests {
    static func check(_ text: String, kind: String) throws -> (tree: SyntaxTree, diagnostics: [Diagnostic]) {
        try ValidatorRealSchemaTests.check(text, kind: kind)
    }

    static let mps = """
        kind: market-position-statement
        title: Older people's care market
        population: Older people in Northshire
        partners: [{name: Northshire Council}]
        period: {from: 2025-04-01, to: 2030-03-31}
        market: Home care
        demand: Rising.
        supply: Twelve providers.
        models-of-practice: Reablement first.
        resourcing: Flat.
        support: A provider forum.
        """

    // MARK: Unknown sections

    @Test func anUnknownSectionIsMatchedByMeaning() throws {
        let result = try Self.check(Self.mps + "\nvision: A vibrant market.", kind: "market-position-statement")
        let unknown = try #require(result.diagnostics.first { $0.code == "schema/unknown-key" })
        #expect(unknown.message == "Unknown section `vision` in this market position statement. Did you mean `direction`?")
        // One mistake, one message: the missing `direction` is the unknown `vision`.
        #expect(!result.diagnostics.contains { $0.code == "schema/required" }, "\(result.diagnostics.map(\.message))")
        // A guess by meaning is offered, not applied unasked.
        #expect(unknown.fixes.map(\.title) == ["Replace with `direction`"])
        #expect(unknown.fixes.first?.isSafe == false)
    }

    @Test func meaningDependsOnTheKind() throws {
        let strategy = try Self.check("kind: commissioning-strategy\nvision: Older people live well at home.\n", kind: "commissioning-strategy")
        let message = try #require(strategy.diagnostics.first { $0.code == "schema/unknown-key" }?.message)
        #expect(message.hasPrefix("Unknown section `vision` in this commissioning strategy. Did you mean `aims`? Required sections still missing: "), "\(message)")
        #expect(message.contains("title, population, partners, period, rationale") && !message.contains("levers") && !message.contains("aims,"), "only the required sections still missing: \(message)")
        // Plural and case variants of a listed word, and a section already there is not offered again.
        #expect(MeaningSuggestions.sections(for: "KPI", among: ["monitoring"]) == ["monitoring"])
        #expect(MeaningSuggestions.sections(for: "Objective", among: ["aims", "monitoring"]) == ["aims"])
        #expect(MeaningSuggestions.sections(for: "vision", among: ["monitoring"]).isEmpty)
        #expect(MeaningSuggestions.sections(for: "zebra", among: ["aims"]).isEmpty)
    }

    @Test func spellingComesBeforeMeaning() throws {
        let result = try Self.check(Self.mps + "\ndirecton: Grow rural supply.", kind: "market-position-statement")
        #expect(result.diagnostics.first { $0.code == "schema/unknown-key" }?.message == "Unknown section `directon` in this market position statement. Did you mean `direction`?")
        #expect(result.diagnostics.first { $0.code == "schema/unknown-key" }?.fixes.first?.isSafe == true)
    }

    @Test func anUnknownSectionWithNothingCloseNamesTheSectionsStillMissing() throws {
        let result = try Self.check("kind: market-position-statement\ntitle: T\nwibble: x\n", kind: "market-position-statement")
        let message = try #require(result.diagnostics.first { $0.code == "schema/unknown-key" }?.message)
        #expect(message == "Unknown section `wibble` in this market position statement. If it is one of the required sections still missing — population, partners, period, market, direction, demand, supply, models-of-practice, resourcing, support — rename it; otherwise remove it.")
        #expect(!message.contains("owner") && !message.contains("approach"), "optional sections are not what is missing")
    }

    @Test func whenNothingIsMissingTheAllowedSectionsAreListed() throws {
        let result = try Self.check(Self.mps + "\ndirection: Grow rural supply.\nwibble: x", kind: "market-position-statement")
        let message = try #require(result.diagnostics.first { $0.code == "schema/unknown-key" }?.message)
        #expect(message.hasPrefix("Unknown section `wibble` in this market position statement; remove it or use one of: approach"), "\(message)")
    }

    // MARK: A mapping written as text

    @Test func aMappingWrittenAsTextIsShownAsTheMappingToWrite() throws {
        let text = Self.mps.replacingOccurrences(of: "period: {from: 2025-04-01, to: 2030-03-31}", with: "period: 2025 to 2030") + "\ndirection: Grow."
        let result = try Self.check(text, kind: "market-position-statement")
        let diagnostic = try #require(result.diagnostics.first { $0.code == "schema/type" })
        #expect(result.tree.text(diagnostic.range) == "2025 to 2030")
        #expect(diagnostic.message == "`period` must be a mapping of `key: value` lines, not text; write it as `{from: YYYY-MM-DD, to: YYYY-MM-DD}`, or put those keys on lines of their own under it.")
    }

    @Test func anEmptyMappingShowsItsShapeToo() throws {
        let text = Self.mps.replacingOccurrences(of: "period: {from: 2025-04-01, to: 2030-03-31}", with: "period:") + "\ndirection: Grow."
        let result = try Self.check(text, kind: "market-position-statement")
        #expect(result.diagnostics.first { $0.code == "schema/type" }?.message == "`period` has no value; write a mapping of `key: value` lines here, e.g. `{from: YYYY-MM-DD, to: YYYY-MM-DD}`.")
    }

    @Test func aMappingWithNoRequiredKeysShowsItsFirstKeys() throws {
        let result = try Self.check("kind: commissioning-strategy\nmonitoring: every quarter\n", kind: "commissioning-strategy")
        let message = try #require(result.diagnostics.first { $0.code == "schema/type" }?.message)
        #expect(message.contains("write it as `{arrangements: …"), "\(message)")
    }

    // MARK: Levers

    @Test func anUnknownLeverIsOfferedOnlyTheLeversCommissionersHave() throws {
        let result = try Self.check("kind: commissioning-strategy\nlevers: [commissioning-for-outcomes, line-managment]\n", kind: "commissioning-strategy")
        let messages = result.diagnostics.filter { $0.code == "schema/enum" }.map(\.message)
        try #require(messages.count == 2, "\(result.diagnostics.map(\.message))")
        #expect(messages[0] == "`commissioning-for-outcomes` is not a lever for change; expected one of information-and-advice, user-representation, brokerage, contracts, service-level-agreements, framework-contracts, grants.")
        for unavailable in ["job-descriptions", "line-management", "work-plans", "organisation-procedures", "professional-guidance", "legislation"] {
            #expect(!messages.joined().contains(unavailable), "\(unavailable) is not a lever commissioners have: \(messages)")
        }
        // The levers commissioners lack are still accepted (lever/not-available explains them).
        #expect(try Self.check("kind: commissioning-strategy\nlevers: [line-management]\n", kind: "commissioning-strategy").diagnostics.allSatisfy { $0.code != "schema/enum" })
        // A vocabulary with nothing marked unavailable lists all its ids, as before.
        let level = try Self.check("kind: commissioning-strategy\nintegration:\n  contracting: {current: seperate}\n", kind: "commissioning-strategy")
        #expect(level.diagnostics.first { $0.code == "schema/enum" }?.message == "`seperate` is not a level of integration; expected one of separate, parallel, joint, integrated. Did you mean `separate`?")
    }

    // MARK: Text of the wrong form

    @Test func aValueOfTheWrongFormIsToldWhatItIsForNotTheRegex() throws {
        let text = "kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses:\n  - id: H 1\n    statement: Investing in reablement will reduce admissions.\n    test: Compare.\n"
        let result = try Self.check(text, kind: "hypothesis-set")
        #expect(result.diagnostics.first { $0.code == "schema/pattern" }?.message == "`H 1` does not have the form required for `id` (a short id to refer to the hypothesis, e.g. H1); correct it.")
    }

    // MARK: Missing sections

    @Test func aMissingSectionSaysWhatItHoldsAndWhere() throws {
        let result = try Self.check(Self.mps.replacingOccurrences(of: "demand: Rising.\n", with: "") + "\ndirection: Grow.", kind: "market-position-statement")
        let message = try #require(result.diagnostics.first { $0.code == "schema/required" }?.message)
        #expect(message == "The required section `demand` (Future demand) is missing: it holds the commissioners' predictions of future demand, identifying key pressure points (Table 2.7; see \(Bibliography.shared.citation(for: "001_b648799edb4670db.txt:351") ?? "no citation")); add a `demand:` section to the document.")
    }

    @Test func aMissingSectionStartingWithAVowelTakesAn() throws {
        let result = try Self.check("kind: commissioning-framework\ntitle: Eastborough framework\n", kind: "commissioning-framework")
        let messages = result.diagnostics.filter { $0.code == "schema/required" }.map(\.message)
        #expect(messages.contains { $0.hasSuffix("add an `integration:` section to the document.") })
        #expect(messages.contains { $0.hasSuffix("add a `roles:` section to the document.") })
        #expect(!messages.contains { $0.contains("add a `i") || $0.contains("add a `a") })
    }

    @Test func aDescriptionIsCutAtItsFirstSentenceNotAtAnAbbreviation() {
        #expect(SchemaMessages.firstSentence("The population, e.g. 'Older people'. Commissioning is for a population (001).") == "The population, e.g. 'Older people'")
        #expect(SchemaMessages.firstSentence("A short id to refer to the hypothesis, e.g. H1.") == "A short id to refer to the hypothesis, e.g. H1")
        #expect(SchemaMessages.firstSentence("That is, i.e. Table 2.7. Then more.") == "That is, i.e. Table 2.7")
        #expect(SchemaMessages.firstSentence("The likely future level of resourcing (001 Table 2.7).") == "The likely future level of resourcing (001 Table 2.7)")
        #expect(SchemaMessages.holdsClause(SchemaNote(description: "Who does what.", source: "001_b648799edb4670db.txt:287")) == ": it holds who does what (see \(Bibliography.shared.citation(for: "001_b648799edb4670db.txt:287") ?? "no citation"))")
        #expect(SchemaMessages.holdsClause(SchemaNote()) == nil)
        let long = String(repeating: "word ", count: 60)
        #expect(SchemaMessages.firstSentence(long).hasSuffix(" …") && SchemaMessages.firstSentence(long).count < 170)
        // A cut that would fall inside brackets falls before them: they are never left open.
        let bracketed = String(repeating: "word ", count: 28) + "and the end (see the sources, Table 2.7, and a long note on where it is)"
        #expect(SchemaMessages.firstSentence(bracketed) == String(repeating: "word ", count: 28) + "and the end")
        let goesOn = String(repeating: "word ", count: 28) + "and more (see the sources, Table 2.7, and a long note) and then more words"
        #expect(SchemaMessages.firstSentence(goesOn) == String(repeating: "word ", count: 28) + "and more …")
    }
}
