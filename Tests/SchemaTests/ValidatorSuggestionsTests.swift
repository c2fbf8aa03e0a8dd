import Schema
import Testing

/// "Did you mean": nearest allowed ids by edit distance, with a threshold that rejects unrelated words.
@Suite struct ValidatorSuggestionsTests {
    let sections = ["rationale", "aims", "development", "policy-context", "monitoring", "procurement", "levers", "resources", "integration"]
    let levels = ["separate", "parallel", "joint", "integrated"]

    @Test func typosFindTheIntendedWord() {
        #expect(Suggestions.nearest(to: "monitering", among: sections) == ["monitoring"])
        #expect(Suggestions.nearest(to: "intergrated", among: levels) == ["integrated"])
        #expect(Suggestions.nearest(to: "paralel", among: levels) == ["parallel"])
        #expect(Suggestions.nearest(to: "Policy_Context", among: sections) == ["policy-context"])
        // An adjacent transposition is one edit (Damerau).
        #expect(Suggestions.nearest(to: "aism", among: sections) == ["aims"])
    }

    @Test func unrelatedWordsGetNoSuggestion() {
        #expect(Suggestions.nearest(to: "budget", among: sections).isEmpty)
        #expect(Suggestions.nearest(to: "x", among: levels).isEmpty)
        #expect(Suggestions.nearest(to: "", among: levels).isEmpty)
        #expect(Suggestions.nearest(to: "completely-different", among: levels).isEmpty)
    }

    @Test func tiesAreAllOfferedInSchemaOrder() {
        #expect(Suggestions.nearest(to: "cat", among: ["bat", "hat", "dog"]) == ["bat", "hat"])
    }

    /// A word a negating prefix away from the typed one means the opposite: never offered.
    @Test func anOppositeIsNeverSuggested() {
        let changes = ["new", "increase", "maintain", "reduce", "decommission"]
        #expect(Suggestions.nearest(to: "re-commission", among: changes).isEmpty)
        #expect(Suggestions.nearest(to: "recommission", among: changes).isEmpty)
        #expect(Suggestions.nearest(to: "commission", among: changes).isEmpty)
        #expect(Suggestions.nearest(to: "decrease", among: changes).isEmpty)
        #expect(Suggestions.nearest(to: "recommission", among: changes + ["re-commission"]) == ["re-commission"])
        // Typos of the word itself, with or without its hyphen, still find it.
        #expect(Suggestions.nearest(to: "decomission", among: changes) == ["decommission"])
        #expect(Suggestions.nearest(to: "de-commission", among: changes) == ["decommission"])
        #expect(Suggestions.nearest(to: "increse", among: changes) == ["increase"])
    }
}
