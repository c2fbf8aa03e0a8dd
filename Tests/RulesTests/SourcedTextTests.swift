import Foundation
import JSONSupport
import Schema
import Testing
@testable import Rules

/// Every text the product presents as the seeds' own words is on the lines it cites, in
/// ../shared/seeds (case, whitespace, curly quotes, bullets and markup ignored; a text may span
/// its line range; "…" in a quote stands for words left out). The texts are:
/// - a vocabulary term's label (the `title` of a `$defs/<list>/oneOf` branch, any schema file);
/// - a quotation inside a description: in a term's definition any '…' or “…”, elsewhere one
///   attributed to a seed (`001: '…'`, `(001 'When to commission?')`). A quotation may also be a
///   heading of that seed (a whole line), which is how descriptions name a section;
/// - every quoted item (`{text, x-source}`: matrix examples, stage activities, tasks, Table 2.1);
/// - every rule's `SourceQuote`.
/// A term's definition itself is the product's plain English and is not checked, only what it
/// quotes. Texts that knowingly differ from the seed are listed in `reviewed`, each with why.
@Suite struct SourcedTextTests {
    struct Sourced: CustomStringConvertible {
        /// Stable name for the reviewed list: `label of service-change.maintain`, `quote of rule hypothesis/count`.
        let name: String
        /// Where it is, for the failure message (file#pointer, or the rule).
        let place: String
        let text: String
        let source: String
        /// A quotation that may instead be a heading of its seed.
        var mayBeHeading = false
        var description: String { "\(name) (\(place))" }
    }

    /// Texts that are not the seed's words, reviewed: each says why it stands.
    static let reviewed: [String: String] = [
        "label of aim-purpose.needs-match":
            "noun phrase of 001:102 'To better match services to the needs of the population', like its two siblings (101, 103), which happen to survive as substrings",
        "label of hypothesis-status.untested":
            "the product's own word: 001:247 says hypotheses 'need to be tested' and the work will 'come to a view'; the seeds name no statuses",
        "label of hypothesis-status.supported": "the product's own word for one view the work comes to (001:247); the seeds name no statuses",
        "label of hypothesis-status.refuted": "the product's own word for one view the work comes to (001:247); the seeds name no statuses",
        "label of hypothesis-status.inconclusive": "the product's own word for one view the work comes to (001:247); the seeds name no statuses",
        "label of service-change.maintain":
            "the product's own word: 001:327's 'plan for the pattern of services' needs a case for services that stay as they are, which the seeds do not name",
        "label of budget-arrangement.separate-budgets":
            "short name for 000:94's 'Budgets are used solely to meet self-determined objectives', which its description quotes whole",
        "label of budget-arrangement.shared-resources":
            "short name for 000:99's 'Agencies allocate some resources to address issues of common concern', which its description quotes whole",
        "label of partner-type.other":
            "'other' added to 004:3's 'public care services such as health, education, social care and housing' for public care commissioners not listed",
    ]

    static let seedFolder = SeedLines.folder

    // MARK: Collecting the texts

    static func allSourced() -> [Sourced] {
        var found: [Sourced] = []
        for (file, document) in SchemaDocuments.documents.sorted(by: { $0.key < $1.key }) {
            walk(document, file: file, pointer: "", into: &found)
        }
        for metadata in RuleRegistry.metadata {
            for quote in metadata.sources {
                found.append(Sourced(name: "quote of rule \(metadata.id) at \(quote.reference)", place: "RuleRegistry \(metadata.id)",
                                     text: quote.quote, source: quote.reference))
            }
        }
        return found
    }

    private static func walk(_ value: JSONValue, file: String, pointer: String, into found: inout [Sourced]) {
        switch value {
        case let .object(object):
            collect(object, file: file, pointer: pointer, into: &found)
            for (key, member) in object { walk(member, file: file, pointer: pointer + "/" + key, into: &found) }
        case let .array(items):
            for (index, item) in items.enumerated() { walk(item, file: file, pointer: pointer + "/\(index)", into: &found) }
        default:
            break
        }
    }

    private static func collect(_ object: JSONObject, file: String, pointer: String, into found: inout [Sourced]) {
        guard let source = object["x-source"]?.stringValue else { return }
        let place = "\(file)#\(pointer)"
        let term = termName(pointer: pointer, const: object["const"]?.stringValue)
        if let term, let label = object["title"]?.stringValue {
            found.append(Sourced(name: "label of \(term)", place: place, text: label, source: source))
        }
        if let text = object["text"]?.stringValue {
            found.append(Sourced(name: "item at \(place)", place: place, text: text, source: source))
        }
        if let description = object["description"]?.stringValue {
            for quote in quotations(in: description, onlyAttributed: term == nil) {
                // A quotation led by its own line (`001:260: '…'`) is checked there, not on the term's x-source.
                let cited = citedLine(before: quote, in: description).map { "\(seedFile(number: $0.file) ?? $0.file):\($0.lines)" }
                found.append(Sourced(name: "quote in the description of \(term ?? place)", place: place, text: quote,
                                     source: cited ?? source, mayBeHeading: true))
            }
        }
    }

    /// `service-change.maintain` for `/$defs/service-change/oneOf/2` with `const: maintain`.
    static func termName(pointer: String, const: String?) -> String? {
        let parts = pointer.split(separator: "/")
        guard let const, parts.count == 4, parts[0] == "$defs", parts[2] == "oneOf" else { return nil }
        return "\(parts[1]).\(const)"
    }

    /// The `NNN:LINE` or `NNN:LINE-LINE` written just before a quotation (`001:260: 'Budgets can be pooled'`).
    static func citedLine(before quote: String, in text: String) -> (file: String, lines: String)? {
        guard let quoteStart = text.range(of: quote)?.lowerBound else { return nil }
        let before = String(text[..<quoteStart].suffix(20))
        let pattern = try! NSRegularExpression(pattern: #"\b(\d{3}):(\d+(?:-\d+)?):?\s*['‘“]$"#)
        let whole = before as NSString
        guard let match = pattern.firstMatch(in: before, range: NSRange(location: 0, length: whole.length)) else { return nil }
        return (whole.substring(with: match.range(at: 1)), whole.substring(with: match.range(at: 2)))
    }

    /// `001_b648799edb4670db.txt` for `001`.
    static func seedFile(number: String) -> String? {
        (try? FileManager.default.contentsOfDirectory(atPath: seedFolder.path))?.first { $0.hasPrefix(number + "_") && $0.hasSuffix(".txt") }
    }

    /// '…' and “…” quotations (an apostrophe inside a word starts or ends none); with
    /// `onlyAttributed`, only those a seed number (`001`) shortly precedes.
    static func quotations(in text: String, onlyAttributed: Bool) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z])['‘]([^'’]+?)['’](?![A-Za-z])|“([^”]+)”"#)
        let attribution = try! NSRegularExpression(pattern: #"\b\d{3}\b"#)
        let whole = text as NSString
        return pattern.matches(in: text, range: NSRange(location: 0, length: whole.length)).compactMap { match in
            let group = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
            if onlyAttributed {
                let start = max(0, match.range.location - 25)
                let before = NSRange(location: start, length: match.range.location - start)
                guard attribution.firstMatch(in: text, range: before) != nil else { return nil }
            }
            return whole.substring(with: group)
        }
    }

    // MARK: Checking

    static func compared(_ text: String) -> String { SeedLines.normalise(text).lowercased() }

    /// The parts between "…" are on the lines, in order.
    static func isQuoted(_ text: String, in cited: String) -> Bool {
        let lines = compared(cited)
        var rest = lines[...]
        let parts = text.replacingOccurrences(of: "...", with: "…").split(separator: "…").map { compared(String($0)) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return false }
        for part in parts {
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// What is wrong with one text, or nil when it is on its lines.
    static func problem(with sourced: Sourced) -> String? {
        guard let reference = SourceReference(sourced.source) else { return "\(sourced): '\(sourced.source)' is not FILE:LINE or FILE:FIRST-LAST" }
        guard let lines = SeedLines.lines(of: reference.file) else { return "\(sourced): no seed \(reference.file) in \(seedFolder.path)" }
        guard reference.lines.upperBound <= lines.count else { return "\(sourced): \(sourced.source) is past the end of \(reference.file)" }
        let cited = lines[(reference.lines.lowerBound - 1)...(reference.lines.upperBound - 1)].joined(separator: " ")
        if isQuoted(sourced.text, in: cited) { return nil }
        if sourced.mayBeHeading, lines.contains(where: { compared($0) == compared(sourced.text) }) { return nil }
        let shown = SeedLines.normalise(cited)
        return "\(sourced): “\(sourced.text)” is not on \(sourced.source), which says: “\(shown.count > 400 ? shown.prefix(400) + "…" : shown)”. Quote the seed's words and cite the lines they are on, or, if the wording is knowingly the product's own, add it to SourcedTextTests.reviewed with the reason."
    }

    @Test func everySourcedTextIsOnItsCitedLines() throws {
        let all = Self.allSourced()
        #expect(all.count > 300, "labels, quoted items and rule quotes: \(all.count)")
        #expect(all.contains { $0.name.hasPrefix("quote of rule") } && all.contains { $0.name.hasPrefix("label of") })
        for sourced in all where Self.reviewed[sourced.name] == nil {
            if let problem = Self.problem(with: sourced) { Issue.record(Comment(rawValue: problem)) }
        }
    }

    /// The reviewed list stays short and true: each entry names a text that exists and really
    /// differs from its lines (one the seed now supports should leave the list).
    @Test func everyReviewedParaphraseIsStillNeeded() {
        let all = Dictionary(Self.allSourced().map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(Self.reviewed.count <= 12, "the list of paraphrases is meant to be short")
        for (name, reason) in Self.reviewed {
            #expect(!reason.isEmpty)
            guard let sourced = all[name] else {
                Issue.record("SourcedTextTests.reviewed names '\(name)', which no longer exists; remove it")
                continue
            }
            #expect(Self.problem(with: sourced) != nil, "'\(name)' is now on its lines (\(sourced.source)); remove it from the reviewed list")
        }
    }

    // MARK: The check itself

    @Test func theCheckCatchesWhatItShould() {
        let line = "001_b648799edb4670db.txt:44"
        #expect(Self.problem(with: Sourced(name: "t", place: "p", text: "there is some FORM of   market", source: line)) == nil)
        #expect(Self.problem(with: Sourced(name: "t", place: "p", text: "There is … market", source: line)) == nil)
        #expect(Self.problem(with: Sourced(name: "t", place: "p", text: "There is … market", source: "001_b648799edb4670db.txt:44-45")) == nil)
        let wrong = Self.problem(with: Sourced(name: "label of x.y", place: "p", text: "police", source: line))
        #expect(wrong?.contains("“police” is not on 001_b648799edb4670db.txt:44, which says: “- There is some form of market") == true, "\(wrong ?? "")")
        #expect(Self.problem(with: Sourced(name: "t", place: "p", text: "market … There is", source: line)) != nil, "parts must come in order")
        #expect(Self.problem(with: Sourced(name: "t", place: "p", text: "When to commission?", source: line)) != nil)
        #expect(Self.problem(with: Sourced(name: "t", place: "p", text: "When to commission?", source: line, mayBeHeading: true)) == nil)
        #expect(Self.problem(with: Sourced(name: "t", place: "p", text: "x", source: "001_b648799edb4670db.txt:9999"))?.contains("past the end") == true)
        #expect(Self.quotations(in: "Stop it (001: 'where there may need'), Children's trusts' work", onlyAttributed: true) == ["where there may need"])
        #expect(Self.quotations(in: "Write 'To reduce…' or “We will”.", onlyAttributed: true).isEmpty)
        #expect(Self.quotations(in: "Write 'To reduce…' or “We will”.", onlyAttributed: false) == ["To reduce…", "We will"])
        #expect(Self.citedLine(before: "Budgets can be pooled", in: "(000: 'x'; 001:260: 'Budgets can be pooled')")! == ("001", "260"))
        #expect(Self.citedLine(before: "x", in: "(000: 'x'; 001:260: 'Budgets can be pooled')") == nil)
        #expect(Self.termName(pointer: "/$defs/service-change/oneOf/2", const: "maintain") == "service-change.maintain")
        #expect(Self.termName(pointer: "/properties/kind", const: "hypothesis-set") == nil)
    }
}
