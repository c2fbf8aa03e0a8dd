import Foundation
import Testing
@testable import Rules

/// Measures the aim-phrasing classifier on the seeds' own sentences, extracted by line range:
/// the aims and objectives the seeds list must read as aims, and the hypotheses of 001 Tables 2.4
/// and 2.5 (with other plain assertions of the seeds) must not.
@Suite struct AimPhrasingTests {
    struct Passage {
        let file: String
        let lines: ClosedRange<Int>
        let what: String
        init(_ file: String, _ lines: ClosedRange<Int>, _ what: String) {
            self.file = file
            self.lines = lines
            self.what = what
        }
    }

    static let first = "001_b648799edb4670db.txt"
    static let second = "002_ab63f349a42bac4e.txt"
    static let third = "003_a83ed4e6f8f71836.txt"

    /// Aims, objectives and plans as the seeds write them.
    static let aims: [Passage] = [
        Passage(first, 35...38, "learning outcomes of the chapter"),
        Passage(first, 101...103, "the three overall aims"),
        Passage(first, 111...113, "aims for older people"),
        Passage(first, 119...120, "aims for children with special education needs"),
        Passage(first, 126...128, "Exercise 2.2's aims"),
        Passage(first, 159...161, "commissioning priorities for older people"),
        Passage(first, 165...167, "commissioning priorities for children"),
        Passage(first, 199...200, "what the commissioner works with stakeholders to do"),
        Passage(first, 227...227, "Table 2.4's commissioning aims"),
        Passage(first, 240...240, "Table 2.5's commissioning aims"),
        Passage(second, 101...106, "aims of the DH 2007 framework"),
        Passage(third, 911...913, "what CLG 2008 strategic commissioning is to enable"),
        Passage(third, 1459...1469, "DWP commissioning strategy commitments"),
        Passage(third, 1560...1563, "what the Total Capital pilots will do"),
    ]

    /// The hypotheses of Tables 2.4 and 2.5.
    static let hypotheses: [Passage] = [
        Passage(first, 228...233, "Table 2.4's hypotheses"),
        Passage(first, 241...245, "Table 2.5's hypotheses"),
    ]

    /// Other assertions of the seeds: statements that could be tested, not aims.
    static let assertions: [Passage] = [
        Passage(first, 93...95, "when a resource is effective"),
        Passage(first, 258...260, "benefits of a common agenda"),
        Passage(second, 386...388, "challenges a Care Trust Plus faced"),
    ]

    /// The statements of a passage: one per `- ` item (with its continuation lines), or per
    /// bullet of a table row (`<ul …> • a • b`), or per sentence of a table row with no bullets
    /// when it lists aims (Table 2.5 runs them together).
    static func statements(of passage: Passage) throws -> [String] {
        let lines = try #require(SeedLines.lines(of: passage.file), "cannot read \(passage.file) in \(SeedLines.folder.path)")
        try #require(passage.lines.upperBound <= lines.count)
        var items: [String] = []
        for line in lines[(passage.lines.lowerBound - 1)...(passage.lines.upperBound - 1)] {
            if let tag = line.range(of: "<ul[^>]*>", options: .regularExpression) {
                let cells = line[tag.upperBound...].replacingOccurrences(of: "|", with: " ")
                if cells.contains("•") {
                    items += cells.components(separatedBy: "•")
                } else if line.hasPrefix("Commissioning aims") {
                    items += cells.components(separatedBy: ". ")
                } else {
                    items.append(cells)
                }
            } else if line.hasPrefix("- ") {
                items.append(String(line.dropFirst(2)))
            } else if line.hasPrefix(" "), !items.isEmpty {
                items[items.count - 1] += line
            }
        }
        return items.map { $0.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func corpus(_ passages: [Passage]) throws -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for passage in passages {
            let found = try statements(of: passage)
            #expect(!found.isEmpty, "\(passage.file):\(passage.lines) (\(passage.what)) yielded no statements")
            for statement in found {
                let key = statement.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                if seen.insert(key).inserted { result.append(statement) }
            }
        }
        return result
    }

    @Test func everyHypothesisOfTables24And25ReadsAsAnAssumption() throws {
        let statements = try Self.corpus(Self.hypotheses)
        #expect(statements.count == 11, "Table 2.4 has six hypotheses and Table 2.5 five")
        for statement in statements {
            #expect(AimPhrasing.classify(statement) == nil, "fired on a hypothesis: \(statement)")
        }
    }

    @Test func precisionAndRecallOnTheSeeds() throws {
        let aims = try Self.corpus(Self.aims)
        let others = try Self.corpus(Self.hypotheses + Self.assertions)
        #expect(aims.count >= 39)
        #expect(others.count >= 20)
        let missed = aims.filter { AimPhrasing.classify($0) == nil }
        let wrong = others.filter { AimPhrasing.classify($0) != nil }
        let truePositives = Double(aims.count - missed.count)
        let precision = truePositives / (truePositives + Double(wrong.count))
        let recall = truePositives / Double(aims.count)
        print("hypothesis/phrased-as-aim on \(aims.count) aims and \(others.count) assertions from the seeds: precision \(precision), recall \(recall)")
        for statement in missed { print("  missed aim: \(statement)") }
        for statement in wrong { print("  fired on assertion: \(statement)") }
        #expect(precision >= 0.9)
        #expect(recall >= 0.9)
    }

    // MARK: Each pattern, on sentences written for the test

    @Test(arguments: [
        ("To reduce emergency admissions by a fifth.", "To reduce"),
        ("In order to cut costs, move care closer to home.", "In order to"),
        ("Aim: fewer admissions to residential care.", "Aim"),
        ("We will commission a new reablement service.", "We will"),
        ("We are going to pool budgets.", "We are going"),
        ("Our priority is reablement.", "Our priority"),
        ("The aim is to keep people at home.", "The aim is to"),
        ("Develop a single point of access.", "Develop"),
        ("Ensure that carers get breaks.", "Ensure"),
        ("Increase the number of people offered reablement.", "Increase"),
        ("Review how referrals are made.", "Review"),
        ("The number of emergency admissions per 1,000 people aged 75 and over.", "The number of"),
        ("Better support for carers.", "Better support"),
    ])
    func aimsFire(statement: String, opening: String) {
        #expect(AimPhrasing.classify(statement)?.opening == opening)
    }

    @Test(arguments: [
        "Investing more in reablement will reduce admissions.",
        "There is insufficient supply of home care in the rural north.",
        "If we pool budgets, then fewer people will be admitted to hospital.",
        "Support for carers is too thin to prevent crises.",
        "Increase in demand will overwhelm the current providers.",
        "Reviews of care plans happen too late to prevent admissions.",
        "The number of admissions rises every winter because home care is short.",
        "More children need to be better supported by mainstream schools.",
        "We spend too much on acute care and too little on prevention.",
        "To date, few carers have been offered an assessment.",
        "Better information would help self-funders choose good care.",
        "Redistributing £1.5m from acute care will prevent admissions.",
    ])
    func assumptionsPass(statement: String) {
        #expect(AimPhrasing.classify(statement) == nil)
    }

    @Test func onlyTheFirstSentenceDecides() {
        #expect(AimPhrasing.classify("Home care is scarce in the north. We will test this with providers.") == nil)
        #expect(AimPhrasing.firstSentence(of: "Redistributing £1/4m will help. More.") == "Redistributing £1/4m will help")
    }
}
