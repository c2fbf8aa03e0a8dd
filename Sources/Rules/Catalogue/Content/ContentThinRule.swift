import Schema
import SourceText
import Syntax

/// A required narrative element too short to do what the sources say it is for: a strategy's
/// "analysis of the extent and effectiveness of current resources" in three words, an MPS whose
/// `direction:` is one letter. The least each element needs is data: `x-min-words` beside the
/// element in its kind's schema.
public struct ContentThinRule: Rule {
    public static let metadata = RuleMetadata(
        id: "content/thin",
        defaultSeverity: .info,
        summary: "A narrative element has too few words to do what the sources say it is for.",
        explanation: explanation(),
        sources: [
            SourceQuote("001_b648799edb4670db.txt:317", "it presents an authoritative analysis of current arrangements and future needs for a given population"),
            SourceQuote("001_b648799edb4670db.txt:325", "An analysis of the extent and effectiveness of current resources, and potential service improvements."),
            SourceQuote("001_b648799edb4670db.txt:350", "A summary of the direction the commissioning organisation(s) wish to take and the purpose of the document"),
            SourceQuote("001_b648799edb4670db.txt:282", "a realistic and sensible guide about how commissioning activities are expected to be undertaken."),
        ],
        firingExample: """
            kind: market-position-statement
            market: m
            direction: d
            """,
        passingExample: """
            kind: market-position-statement
            market: Home care for older people in Northshire
            direction: >-
              The council and the NHS want home care that helps older people regain and keep their
              independence, organised around localities; this statement gives providers what they
              need to plan for the next three years.
            """,
        scope: .eachSection
    )

    public init() {}

    /// The elements each kind checks, read once from the schemas.
    static let minimums: [String: [NarrativeMinimum]] = Dictionary(
        Vocabulary.shared.kinds.map { ($0.id, ElementGuide.shared.narrativeMinimums(in: $0)) }, uniquingKeysWith: { first, _ in first }
    )

    /// The general reason, then every element's threshold as the schemas set it.
    static func explanation() -> String {
        var text = """
            Each element of a strategy (the nine elements), a market position statement (Table \
            2.7) and a framework (the eight elements) is there to say something: an \
            analysis, an overview, a statement of arrangements, a summary of direction. A few words \
            cannot do that, and a document whose elements are a word each passes every check of \
            shape. The least is set per element, from what the sources say it holds, low enough \
            that one real sentence passes: a name (a market segment, a piece of legislation) needs \
            a word or two; a point in a list, a role or how a document relates, a short phrase (3–4 \
            words); a definition, how a group is involved, the support offered, the likely \
            resourcing, how monitoring is done, the guidance that applies or the models of practice, \
            a short sentence (5–6); how the strategy was developed or the arrangements for \
            procurement, a sentence (8); an analysis, an assessment, an overview of policy or the \
            direction and purpose of an MPS, a full sentence at least (10). A list counts all its \
            points together. These are floors, not targets: meeting one does not make an element \
            good. \
            Placeholders (TODO, TBC) are content/placeholder's to report, not this rule's. The \
            thresholds are `x-min-words` in the kinds' schemas in Schemas/:
            """
        for kind in Vocabulary.shared.kinds {
            let elements = (minimums[kind.id] ?? []).map { "`\(pathText($0.path))` \($0.minimumWords)" }
            if !elements.isEmpty { text += " \(kind.title): \(elements.joined(separator: ", "))." }
        }
        return text
    }

    static func pathText(_ path: [ElementStep]) -> String {
        path.map { step in
            switch step {
            case let .key(key): key
            case .anyItem: "[]"
            }
        }.joined(separator: ".").replacingOccurrences(of: ".[]", with: "[]")
    }

    public func check(_ context: RuleContext) -> [Finding] {
        guard let kind = context.kind, let minimums = Self.minimums[kind.id], let root = context.tree.root else { return [] }
        var findings: [Finding] = []
        for minimum in minimums {
            for node in Self.nodes(at: minimum.path, from: root) {
                guard let words = Self.words(in: node, upTo: minimum.minimumWords), words < minimum.minimumWords else { continue }
                // Found from the root only for a finding: most elements reach their floor.
                let place = ElementPlace.name(context.tree.path(at: node.range.start))
                findings.append(Finding(
                    range: node.range,
                    message: "\(place.prefix(1).uppercased())\(place.dropFirst()) says little (\(words) word\(words == 1 ? "" : "s")) for what it must hold: \(ElementPlace.holds(minimum.documentation)). Write at least \(minimum.minimumWords) words."
                ))
            }
        }
        return findings.sorted { $0.range.start < $1.range.start }
    }

    /// The nodes a schema path reaches in the document (`[]` reaches every item).
    static func nodes(at steps: [ElementStep], from root: SyntaxNode) -> [SyntaxNode] {
        var reached = [root]
        for step in steps {
            switch step {
            case let .key(key):
                reached = reached.compactMap { $0.mapping?[key] }
            case .anyItem:
                reached = reached.flatMap { ($0.sequence?.items ?? []).map(\.value) }
            }
        }
        return reached
    }

    /// Words of a text, or of all the texts of a list, counted up to `limit` (all that matters);
    /// nil when there is nothing to judge (blank, not text, or only placeholders, which
    /// content/placeholder reports). A word is a run of non-space holding a letter or digit.
    static func words(in node: SyntaxNode, upTo limit: Int) -> Int? {
        // Counted first with placeholders in: nearly every element reaches its floor at once,
        // and only one that does not needs its placeholders set aside.
        let all = count(node, upTo: limit, skippingPlaceholders: false)
        guard let all, all < limit else { return all }
        return count(node, upTo: limit, skippingPlaceholders: true)
    }

    private static func count(_ node: SyntaxNode, upTo limit: Int, skippingPlaceholders: Bool) -> Int? {
        var total = 0
        var judged = false
        func add(_ node: SyntaxNode) {
            guard total < limit, let scalar = node.scalar, case .string = scalar.value else { return }
            if skippingPlaceholders, PlaceholderPhrases.shared.match(scalar.text) != nil { return }
            let (words, nonBlank) = Self.words(in: scalar.text, upTo: limit - total)
            total += words
            judged = judged || nonBlank
        }
        switch node.content {
        case .scalar: add(node)
        case let .sequence(sequence): for item in sequence.items { add(item.value) }
        case .mapping: return nil
        }
        return judged ? total : nil
    }

    /// Words in `text` up to `limit`, and whether it has anything but white space. ASCII is read
    /// as bytes; other characters are decoded and asked whether they are letters or digits.
    static func words(in text: String, upTo limit: Int) -> (words: Int, nonBlank: Bool) {
        var words = 0
        var nonBlank = false
        // True once the current run of non-space has been counted as a word.
        var counted = false
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            let isWordCharacter: Bool
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                isWordCharacter = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            } else {
                isSpace = scalar.properties.isWhitespace
                isWordCharacter = !isSpace && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            }
            if isSpace {
                counted = false
                continue
            }
            nonBlank = true
            if !counted, isWordCharacter {
                counted = true
                words += 1
                if words >= limit { break }
            }
        }
        return (words, nonBlank)
    }
}
