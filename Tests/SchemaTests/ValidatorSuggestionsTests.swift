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
}
