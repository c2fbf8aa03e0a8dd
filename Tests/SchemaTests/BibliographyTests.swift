import Foundation
import Schema
import Testing

/// The bibliography (Schemas/bibliography.json) against the seeds themselves: every source's
/// facts and every section's heading are where it says, the sections cover each text without
/// overlapping, and every seed reference the schemas hold becomes a citation with no file name.
@Suite struct BibliographyTests {
    let bibliography = Bibliography.shared

    /// Line count as an editor shows it: a final newline ends the last line, it does not start one.
    static func lineCount(_ lines: [String]) -> Int { lines.last == "" ? lines.count - 1 : lines.count }

    static func allSections(_ sections: [BibliographySection]) -> [BibliographySection] {
        sections.flatMap { [$0] + allSections($0.sections) }
    }

    @Test func loadsOneSourceForEachSeed() throws {
        #expect(bibliography.problems == [])
        let seeds = try FileManager.default.contentsOfDirectory(atPath: SchemaTestPaths.seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(seeds.count == 5)
        #expect(Set(bibliography.sources.map(\.file)) == Set(seeds))
        #expect(bibliography.sources.count == seeds.count, "one entry per seed")
        for source in bibliography.sources {
            #expect(!source.title.isEmpty, "\(source.file)")
            #expect(Self.allSections(source.sections).count >= 5, "\(source.file): a table of sections")
        }
    }

    /// Title, author, year, series and publisher are on the lines the source's x-source gives.
    @Test func factsAreOnTheirSeedLines() throws {
        let document = try #require(SchemaDocuments.documents[Bibliography.file])
        let entries = try #require(document["x-bibliography"]?.arrayValue)
        for (entry, source) in zip(entries, bibliography.sources) {
            let references = (entry["x-source"]?.arrayValue ?? []).compactMap(\.stringValue)
            #expect(!references.isEmpty, "\(source.file): x-source gives the lines of its title and author")
            let lines = try #require(SeedText.lines(of: source.file))
            var text = ""
            for reference in references {
                let parsed = try #require(SourceReference(reference))
                #expect(parsed.file == source.file, "\(source.file): \(reference) is another file")
                text += parsed.lines.map { lines[$0 - 1] }.joined(separator: " ") + " "
            }
            text = SeedText.normalise(text)
            #expect(text.contains(SeedText.normalise(source.title)), "\(source.file): title not on \(references)")
            if let author = source.author {
                let names = author.replacingOccurrences(of: " and ", with: ", ").components(separatedBy: ", ")
                let named = names.allSatisfy(text.contains) || source.shortAuthor.map(text.contains) == true
                #expect(named, "\(source.file): neither '\(author)' nor its short form is on \(references)")
            }
            for fact in [source.year.map(String.init), source.date, source.series, source.publisher].compactMap({ $0 }) {
                #expect(text.contains(SeedText.normalise(fact)), "\(source.file): '\(fact)' not on \(references)")
            }
        }
    }

    /// First ≤ last, inside the file and inside the parent; siblings in order and not overlapping.
    @Test func sectionsAreWellFormed() throws {
        for source in bibliography.sources {
            let count = try Self.lineCount(#require(SeedText.lines(of: source.file)))
            func check(_ sections: [BibliographySection], within bounds: ClosedRange<Int>) {
                var previousLast = bounds.lowerBound - 1
                for section in sections {
                    let name = "\(source.file) \(section.citedName) \(section.lines)"
                    #expect(section.lines.lowerBound <= section.lines.upperBound, "\(name)")
                    #expect(bounds.contains(section.lines.lowerBound) && bounds.contains(section.lines.upperBound), "\(name) is outside \(bounds)")
                    #expect(section.lines.lowerBound > previousLast, "\(name) overlaps the section before it")
                    #expect(section.lines.contains(section.headingLine), "\(name): heading line \(section.headingLine) outside it")
                    previousLast = section.lines.upperBound
                    check(section.sections, within: section.lines)
                }
            }
            check(source.sections, within: 1...count)
        }
    }

    @Test func everyHeadingIsOnItsLine() throws {
        var checked = 0
        for source in bibliography.sources {
            let lines = try #require(SeedText.lines(of: source.file))
            for section in Self.allSections(source.sections) {
                guard let heading = section.heading else {
                    #expect(section.label?.isEmpty == false, "\(source.file) \(section.lines): an unheaded section needs a label")
                    continue
                }
                checked += 1
                let line = SeedText.normalise(lines[section.headingLine - 1])
                #expect(line.contains(SeedText.normalise(heading)), "\(source.file):\(section.headingLine) does not carry '\(heading)': \(line.prefix(100))")
            }
        }
        #expect(checked > 250, "the sources' headings, tables, figures and exercises")
    }

    @Test func everyLineOfEverySeedIsInASection() throws {
        for source in bibliography.sources {
            let count = try Self.lineCount(#require(SeedText.lines(of: source.file)))
            var covered = Set<Int>()
            for section in source.sections { covered.formUnion(section.lines) }
            let missing = (1...count).filter { !covered.contains($0) }
            #expect(missing.isEmpty, "\(source.file): lines \(missing.prefix(20)) are in no section")
            #expect(source.sections.last?.lines.upperBound == count, "\(source.file): the last section ends at the last line")
        }
    }

    /// Read by hand against the seeds.
    @Test(arguments: [
        ("001_b648799edb4670db.txt:60", "IPC, Commissioning for Health and Social Care, ch. 2, Table 2.2"),
        ("001_b648799edb4670db.txt:216-218", "IPC, Commissioning for Health and Social Care, ch. 2, Table 2.3"),
        ("001_b648799edb4670db.txt:100", "IPC, Commissioning for Health and Social Care, ch. 2, “Why commission?”"),
        ("001_b648799edb4670db.txt:206-218", "IPC, Commissioning for Health and Social Care, ch. 2, “Hypotheses”"),
        ("001_b648799edb4670db.txt:83", "IPC, Commissioning for Health and Social Care, ch. 2, Exercise 2.1"),
        ("001_b648799edb4670db.txt:470", "IPC, Commissioning for Health and Social Care, ch. 2, Figure 2.2"),
        ("001_b648799edb4670db.txt:3", "IPC, Commissioning for Health and Social Care, front matter"),
        ("000_5c1c6b30ea365b26.txt:58", "IPC, A Matrix for Analysing Approaches to Commissioning Across Agencies, the matrix, row “Purpose and Strategy”"),
        ("000_5c1c6b30ea365b26.txt:6-18", "IPC, A Matrix for Analysing Approaches to Commissioning Across Agencies, introduction"),
        ("000_5c1c6b30ea365b26.txt:40", "IPC, A Matrix for Analysing Approaches to Commissioning Across Agencies, the matrix"),
        ("002_ab63f349a42bac4e.txt:262", "Carson et al., Exploring Strategic Commissioning Models – A discussion paper, “Key questions for commissioning partnerships”"),
        ("002_ab63f349a42bac4e.txt:197", "Carson et al., Exploring Strategic Commissioning Models – A discussion paper, “2.1 Multi-layered Commissioning”"),
        ("002_ab63f349a42bac4e.txt:361", "Carson et al., Exploring Strategic Commissioning Models – A discussion paper, “4.1.3 Lessons learnt”"),
        ("002_ab63f349a42bac4e.txt:479-487", "Carson et al., Exploring Strategic Commissioning Models – A discussion paper, Appendix B"),
        ("003_a83ed4e6f8f71836.txt:1042", "Bovaird, Dickinson and Allen, Commissioning across government: review of evidence, “DWP Commissioning Cycle for Welfare to Work”, Figure 18"),
        ("003_a83ed4e6f8f71836.txt:609", "Bovaird, Dickinson and Allen, Commissioning across government: review of evidence, “The National Commissioning Framework (NCF) for young people, April 2010”, “Commissioning cycle in the model”"),
        ("003_a83ed4e6f8f71836.txt:563", "Bovaird, Dickinson and Allen, Commissioning across government: review of evidence, “Achieving Better Outcomes: Commissioning in Children's Services (2009)”, “What is included within the term 'commissioning' in the model”"),
        ("003_a83ed4e6f8f71836.txt:1094-1125", "Bovaird, Dickinson and Allen, Commissioning across government: review of evidence, “Institute of Purchasing Care”"),
        ("003_a83ed4e6f8f71836.txt:448", "Bovaird, Dickinson and Allen, Commissioning across government: review of evidence, “Approaches to commissioning”, “User-led commissioning”"),
        ("003_a83ed4e6f8f71836.txt:1534", "Bovaird, Dickinson and Allen, Commissioning across government: review of evidence, “Theme: Outcome-based commissioning within commissioning models”, “User-led commissioning”"),
        ("004_7626832a2734df92.txt:12", "IPC joint commissioning model for public care, commissioning cycle, “Analysis”"),
        ("004_7626832a2734df92.txt:36", "IPC joint commissioning model for public care, commissioning cycle, “Reviewing”"),
        ("004_7626832a2734df92.txt:44", "IPC joint commissioning model for public care, procurement or purchasing cycle"),
    ])
    func rendersTheCitationReadByHand(reference: String, expected: String) {
        #expect(bibliography.citation(for: reference) == expected)
    }

    @Test func markdownItalicisesTheTitleAndLinesCanBeShown() {
        let reference = "001_b648799edb4670db.txt:216"
        #expect(bibliography.citation(for: reference, style: .markdown) == "IPC, *Commissioning for Health and Social Care*, ch. 2, Table 2.3")
        #expect(bibliography.citation(for: reference, showingLines: true) == "IPC, Commissioning for Health and Social Care, ch. 2, Table 2.3 (001:216)")
        #expect(bibliography.citation(for: "001_b648799edb4670db.txt:216-218", style: .markdown, showingLines: true)
                == "IPC, *Commissioning for Health and Social Care*, ch. 2, Table 2.3 (001:216-218)")
        #expect(bibliography.citation(for: "003_a83ed4e6f8f71836.txt:1094", style: .markdown)
                == "Bovaird, Dickinson and Allen, *Commissioning across government: review of evidence*, “Institute of Purchasing Care”")
    }

    @Test func citesEachPlaceOnce() {
        let citations = bibliography.citations(for: ["001_b648799edb4670db.txt:215", "001_b648799edb4670db.txt:217", "004_7626832a2734df92.txt:12", "nonsense"])
        #expect(citations == ["IPC, Commissioning for Health and Social Care, ch. 2, Table 2.3",
                              "IPC joint commissioning model for public care, commissioning cycle, “Analysis”"])
    }

    @Test func refusesWhatItCannotPlace() {
        #expect(bibliography.citation(for: "001_b648799edb4670db.txt:482") == nil, "past the end")
        #expect(bibliography.citation(for: "001_b648799edb4670db.txt:480-482") == nil, "runs past the end")
        #expect(bibliography.citation(for: "009_0000000000000000.txt:1") == nil, "no such seed")
        #expect(bibliography.citation(for: "Table 2.3") == nil, "not a reference")
        #expect(Bibliography(document: nil).problems.isEmpty == false)
    }

    /// Every seed reference under any `x-` key of any file in Schemas/ — what hover, completion
    /// and skeleton comments show — becomes a citation without a seed file name.
    @Test func everySchemaReferenceBecomesACitationWithoutAFileName() {
        let references = VocabularySourcesTests.allSourceReferences()
        #expect(references.count > 400)
        for (place, text) in references {
            let citation = bibliography.citation(for: text)
            #expect(citation != nil, "\(place): \(text) has no citation")
            guard let citation else { continue }
            #expect(citation.range(of: #"\d{3}_[0-9a-f]+\.txt"#, options: .regularExpression) == nil, "\(place): '\(citation)'")
            let withLines = bibliography.citation(for: text, showingLines: true) ?? ""
            #expect(withLines.range(of: #"\(\d{3}:\d+(-\d+)?\)$"#, options: .regularExpression) != nil, "\(place): '\(withLines)'")
            #expect(!withLines.contains(".txt"), "\(place): '\(withLines)'")
        }
    }
}
