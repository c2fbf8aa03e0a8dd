import JSONSupport
@testable import Schema
import Testing

/// What a reader is shown of the schemas' descriptions keeps each locator and quotation and
/// loses the seeds' numbers and line references, which only our tests can follow.
@Suite struct SeedNumbersTests {
    @Test(arguments: [
        ("National guidance and research relevant to the population (001, element 3).",
         "National guidance and research relevant to the population (element 3)."),
        ("The likely future level of resourcing (001 Table 2.7).", "The likely future level of resourcing (Table 2.7)."),
        ("Partners (000; also 001 Table 2.6)", "Partners (also Table 2.6)"),
        ("Joint commissioning (003 L297–322).", "Joint commissioning."),
        ("The review's models (003 Figure 18, L1030–1068).", "The review's models (Figure 18)."),
        ("How hypotheses come to a view (001:247). The statuses are ours.", "How hypotheses come to a view. The statuses are ours."),
        ("The review finds it in one place: 003:1112 “there is no specific model”.", "The review finds it in one place: “there is no specific model”."),
        ("Integrated — 001:269: 'integrated approaches'", "Integrated — 'integrated approaches'"),
        ("Both count (003, 004).", "Both count."),
        ("A local plan (002 §4): 002:372 “The different”", "A local plan (§4): “The different”"),
        ("Agreed (001: 'agree and publish').", "Agreed ('agree and publish')."),
        ("Reviewed (003:469-476), but not named.", "Reviewed, but not named."),
        ("Evidence (003, Audit Commission KLOE 2).", "Evidence (Audit Commission KLOE 2)."),
        ("Taken from 001's description of the market (001's list)", "Taken from 001's description of the market (list)"),
    ])
    func dropsNumbersAndKeepsLocators(written: String, shown: String) {
        #expect(SeedNumbers.removed(from: written) == shown)
    }

    @Test(arguments: [
        "At most 100 patterns of at most 1,000 characters each.",
        "£250,000 a year, or £1/4m (a quarter of a million).",
        "Level 1 (L1) is the lowest; 2006 is the matrix's year (Level 004b).",
        "No seed is named here.",
    ])
    func leavesOtherNumbersAlone(text: String) {
        #expect(SeedNumbers.removed(from: text) == text)
    }

    /// Every description a reader can be shown, in every schema file: none names a seed by its
    /// number once shown, and none loses its words (at most the removed numbers and brackets).
    @Test func noShownDescriptionNamesASeed() {
        var checked = 0
        func walk(_ value: JSONValue, _ place: String) {
            switch value {
            case let .object(members):
                if let shown = value.shownDescription {
                    checked += 1
                    #expect(!SeedNumbers.mentionsSeed(shown), "\(place): \(shown)")
                    #expect(!shown.contains("()") && !shown.contains("( ") && !shown.contains("(,") && !shown.contains("(;"), "\(place): \(shown)")
                }
                for (key, member) in members where key != "x-source" { walk(member, place + "/" + key) }
            case let .array(items):
                for (index, item) in items.enumerated() { walk(item, place + "/\(index)") }
            default: break
            }
        }
        for (file, document) in SchemaDocuments.documents where file != Bibliography.file { walk(document, file + "#") }
        #expect(checked > 300)
    }
}
