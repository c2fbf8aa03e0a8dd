import Foundation

/// Says whether a hypothesis statement is phrased as an aim, objective, plan or indicator rather
/// than as an assumption to test (001: hypotheses are "NOT … aims, objectives, plans or
/// indicators"). A few explainable patterns on the statement's first sentence — no model, no
/// list of known sentences — and each verdict names the pattern, so the writer sees why.
///
/// The word lists below are English-language heuristics (how an aim or an instruction opens),
/// not commissioning vocabulary, so they live here rather than in `Schemas/`. They were tuned on
/// the seeds: every hypothesis of 001 Tables 2.4 and 2.5 passes, and the aims and objectives the
/// seeds list fire (see AimPhrasingTests for the measured precision and recall).
enum AimPhrasing: Equatable {
    /// `Aim: …`, `Objective: …`.
    case label(String)
    /// `To reduce …`, `In order to …`: the infinitive an aim opens with.
    case infinitive(String)
    /// `We will …`, `Our aim is …`: a commitment or plan of the writer's.
    case commitment(String)
    /// `Improve …`, `Ensure that …`: an instruction, as objectives are written.
    case imperative(String)
    /// `The number of …` with no verb: an indicator to measure.
    case indicator(String)
    /// `Better outcomes for …` with no verb: a desired outcome.
    case outcome(String)

    /// The words the statement opens with that made the verdict, as the writer typed them.
    var opening: String {
        switch self {
        case let .label(text), let .infinitive(text), let .commitment(text), let .imperative(text),
             let .indicator(text), let .outcome(text): text
        }
    }

    // MARK: The language heuristics, in one table

    enum Words {
        /// A heading that labels the statement as something other than an assumption.
        static let labels: Set<String> = [
            "aim", "aims", "objective", "objectives", "goal", "goals", "target", "targets", "plan", "plans",
            "action", "actions", "indicator", "indicators", "kpi", "priority", "priorities", "purpose", "vision",
            "outcome", "outcomes", "ambition",
        ]
        /// What follows `we`/`I` in a commitment: `we will`, `we aim to`, `we intend to` …
        static let commitments: Set<String> = [
            "will", "shall", "'ll", "must", "should", "aim", "intend", "plan", "want", "propose", "commit",
            "hope", "seek", "need", "are going", "would like", "wish",
        ]
        /// Nouns that, after `our`/`the`, name the writer's own intention (`Our aim is …`).
        static let intentions: Set<String> = [
            "aim", "aims", "objective", "objectives", "goal", "goals", "plan", "plans", "priority", "priorities",
            "intention", "intentions", "ambition", "ambitions", "target", "targets", "vision", "purpose",
        ]
        /// Verbs that open an instruction and are (almost) never a sentence's subject noun.
        static let instructions: Set<String> = [
            "achieve", "address", "agree", "assure", "avoid", "build", "commission", "create", "decommission",
            "deliver", "develop", "embed", "enable", "encourage", "enhance", "ensure", "establish", "expand",
            "extend", "get", "give", "identify", "implement", "improve", "introduce", "keep", "maintain",
            "make", "maximise", "maximize", "minimise", "minimize", "prevent", "promote", "provide", "raise",
            "recommission", "redesign", "redistribute", "reduce", "reshape", "seek", "secure", "strengthen",
            "tackle", "transform", "understand", "widen",
        ]
        /// Verbs that also serve as nouns (`Support for carers is thin`): an instruction only when
        /// no finite verb follows in the same clause.
        static let instructionsOrNouns: Set<String> = [
            "change", "cut", "decrease", "design", "focus", "fund", "help", "increase", "invest", "lower",
            "move", "plan", "review", "scope", "set", "share", "shift", "support", "target", "use", "work",
        ]
        /// Nouns that open an indicator: `The number of …`, `Proportion of …`.
        static let measures: Set<String> = ["number", "percentage", "proportion", "rate", "ratio", "level", "share", "amount"]
        /// Comparatives that open a desired outcome: `Better outcomes …`, `Greater efficiency …`.
        static let comparatives: Set<String> = [
            "better", "greater", "more", "fewer", "less", "lower", "higher", "improved", "increased", "reduced",
        ]
        /// Finite verbs and auxiliaries: a clause with one of these asserts something.
        static let finite: Set<String> = [
            "is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "may", "might",
            "must", "has", "have", "had", "does", "do", "did", "needs", "need", "lacks", "lack", "remains",
            "rises", "falls", "grows", "exceeds", "means", "leads", "causes", "isn't", "aren't", "won't",
        ]
        /// Words that start a subordinate clause: a finite verb after one does not belong to the opening.
        static let clauseMarkers: Set<String> = [
            "that", "which", "who", "whom", "whose", "how", "what", "why", "whether", "when", "where", "while",
            "whereas", "because", "if", "unless", "until", "so",
        ]
    }

    // MARK: Reading a statement

    /// The verdict for a statement, or nil when it reads as an assumption to test.
    static func classify(_ statement: String) -> AimPhrasing? {
        let sentence = firstSentence(of: statement)
        let tokens = Token.split(sentence)
        guard let first = tokens.first else { return nil }
        let words = tokens.map(\.word)
        let opening = { (count: Int) in tokens.prefix(count).map(\.text).joined(separator: " ") }

        if first.endsWithColon, Words.labels.contains(first.word) { return .label(opening(1)) }
        if first.word == "to", tokens.count > 1, tokens[1].word != "date" { return .infinitive(opening(2)) }
        if words.starts(with: ["in", "order", "to"]) || words.starts(with: ["so", "as", "to"]) { return .infinitive(opening(3)) }
        if ["we", "i"].contains(first.word), tokens.count > 1 {
            let next = words[1]
            let pair = tokens.count > 2 ? "\(next) \(words[2])" : next
            if Words.commitments.contains(pair) { return .commitment(opening(3)) }
            if Words.commitments.contains(next) { return .commitment(opening(2)) }
        }
        if first.word == "we'll" || first.word == "i'll" { return .commitment(opening(1)) }
        if ["our", "the"].contains(first.word), tokens.count > 2, Words.intentions.contains(words[1]) {
            if first.word == "our" || (["is", "are"].contains(words[2]) && words.dropFirst(3).first == "to") {
                return .commitment(opening(first.word == "our" ? 2 : 4))
            }
        }
        let verb = Token.withoutHyphens(first.word)
        let secondIsFinite = tokens.count > 1 && isFinite(words[1])
        if Words.instructions.contains(verb), !secondIsFinite { return .imperative(opening(1)) }
        if Words.instructionsOrNouns.contains(verb), !hasFiniteVerbInMainClause(words) { return .imperative(opening(1)) }
        let measureStart = first.word == "the" ? 1 : 0
        if words.count > measureStart + 1, Words.measures.contains(words[measureStart]), words[measureStart + 1] == "of",
           !words.contains(where: isFinite) {
            return .indicator(opening(measureStart + 2))
        }
        if Words.comparatives.contains(first.word), !words.contains(where: isFinite) {
            return .outcome(opening(2))
        }
        return nil
    }

    /// Whether a finite verb comes before the first subordinate clause (`Support for carers is
    /// thin` has one; `Review how services are used` does not).
    private static func hasFiniteVerbInMainClause(_ words: [String]) -> Bool {
        for word in words.dropFirst() {
            if Words.clauseMarkers.contains(word) { return false }
            if isFinite(word) { return true }
        }
        return false
    }

    /// A finite verb or auxiliary, or an instruction verb with the `-s` of the third person
    /// (`reduces`, `addresses`): those verbs are never plural nouns, so the `-s` form asserts.
    private static func isFinite(_ word: String) -> Bool {
        if Words.finite.contains(word) { return true }
        guard word.hasSuffix("s") else { return false }
        let stems = [String(word.dropLast()), String(word.dropLast(2))]
        return stems.contains { Words.instructions.contains(Token.withoutHyphens($0)) }
    }

    /// Up to the first `.`, `!`, `?` or `;` that ends a sentence (followed by a space or the end),
    /// so `£1.5m` and `e.g` inside a sentence do not end it early; bullets and quotes stripped.
    static func firstSentence(of text: String) -> String {
        // On Unicode scalars, not Characters: grapheme breaking made this the classifier's
        // largest cost, and every mark looked for here is a single scalar.
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !(isSpace($0) || leadingMarks.contains($0)) }) else { return "" }
        var previous: String.Index?
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if let end = previous, sentenceEnds.contains(scalars[end]), isSpace(scalar) {
                return String(Substring(scalars[start..<end]))
            }
            previous = index
            index = scalars.index(after: index)
        }
        var end = scalars.endIndex
        while end > start {
            let before = scalars.index(before: end)
            guard sentenceEnds.contains(scalars[before]) || isSpace(scalars[before]) else { break }
            end = before
        }
        return String(Substring(scalars[start..<end]))
    }

    /// Whitespace (Unicode's property), answered without a property lookup for ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    private static let leadingMarks: Set<Unicode.Scalar> = ["-", "•", "·", "*", "\"", "'", "‘", "“"]
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", ";"]

    /// A word of the statement: as written, and lower-cased without surrounding punctuation.
    struct Token {
        let text: String
        let word: String
        let endsWithColon: Bool

        static func split(_ sentence: String) -> [Token] {
            // Split on whitespace scalars, not Characters (grapheme breaking is costly; a word
            // never starts with a combining mark in practice).
            Substring(sentence).unicodeScalars.split(whereSeparator: AimPhrasing.isSpace).compactMap { scalars in
                let piece = Substring(scalars)
                let text = replacingCurlyApostrophes(piece)
                let word = trimmingPunctuation(text.lowercased())
                guard !word.isEmpty else { return nil }
                return Token(text: trimmingPunctuation(piece), word: word, endsWithColon: text.hasSuffix(":"))
            }
        }

        // The helpers below work on Unicode scalars, as Foundation's `replacingOccurrences` and
        // `trimmingCharacters(in:)` did, without their bridging through NSString: that bridging
        // made this classifier cost half of `lint`'s time on a large hypothesis set.

        private static let wordPunctuation: Set<Unicode.Scalar> = Set(".,;:!?()[]\"*‘’“”".unicodeScalars)

        /// The text without `wordPunctuation` at either end.
        static func trimmingPunctuation<S: StringProtocol>(_ text: S) -> String {
            let scalars = Substring(text).unicodeScalars
            guard let first = scalars.firstIndex(where: { !wordPunctuation.contains($0) }),
                  let last = scalars.lastIndex(where: { !wordPunctuation.contains($0) }) else { return "" }
            return String(Substring(scalars[first...last]))
        }

        /// The text with every `’` written as `'`.
        static func replacingCurlyApostrophes(_ text: Substring) -> String {
            guard text.unicodeScalars.contains("’") else { return String(text) }
            return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
        }

        /// The word without its hyphens (`co-produce` → `coproduce`).
        static func withoutHyphens(_ word: String) -> String {
            guard word.unicodeScalars.contains("-") else { return word }
            return String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "-" }))
        }
    }
}
