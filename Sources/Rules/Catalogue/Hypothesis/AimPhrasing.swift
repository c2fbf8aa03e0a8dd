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

    /// The verdict for a statement, or nil when it reads as an assumption to test. Words are
    /// read only as far as a pattern needs them: most patterns look at the first two or three,
    /// and only a few (an indicator, an outcome, an instruction that is also a noun) read the
    /// whole sentence — splitting every statement into all its words was most of this rule's cost.
    static func classify(_ statement: String) -> AimPhrasing? {
        var reader = TokenReader(statement)
        guard let first = reader.token(0) else { return nil }
        func word(_ index: Int) -> String? { reader.token(index)?.word }
        func opening(_ count: Int) -> String {
            (0..<count).compactMap { reader.token($0)?.text }.joined(separator: " ")
        }
        /// A finite verb anywhere in the sentence.
        func hasFiniteVerb() -> Bool {
            var index = 0
            while let word = word(index) {
                if isFinite(word) { return true }
                index += 1
            }
            return false
        }
        /// A finite verb before the first subordinate clause (`Support for carers is thin` has
        /// one; `Review how services are used` does not).
        func hasFiniteVerbInMainClause() -> Bool {
            var index = 1
            while let word = word(index) {
                if Words.clauseMarkers.contains(word) { return false }
                if isFinite(word) { return true }
                index += 1
            }
            return false
        }

        if first.endsWithColon, Words.labels.contains(first.word) { return .label(opening(1)) }
        if first.word == "to", let second = word(1), second != "date" { return .infinitive(opening(2)) }
        if (first.word == "in" && word(1) == "order" && word(2) == "to") || (first.word == "so" && word(1) == "as" && word(2) == "to") {
            return .infinitive(opening(3))
        }
        if first.word == "we" || first.word == "i", let next = word(1) {
            let pair = word(2).map { "\(next) \($0)" } ?? next
            if Words.commitments.contains(pair) { return .commitment(opening(3)) }
            if Words.commitments.contains(next) { return .commitment(opening(2)) }
        }
        if first.word == "we'll" || first.word == "i'll" { return .commitment(opening(1)) }
        if first.word == "our" || first.word == "the", let second = word(1), let third = word(2), Words.intentions.contains(second) {
            if first.word == "our" || ((third == "is" || third == "are") && word(3) == "to") {
                return .commitment(opening(first.word == "our" ? 2 : 4))
            }
        }
        let verb = Token.withoutHyphens(first.word)
        let secondIsFinite = word(1).map(isFinite) ?? false
        if Words.instructions.contains(verb), !secondIsFinite { return .imperative(opening(1)) }
        if Words.instructionsOrNouns.contains(verb), !hasFiniteVerbInMainClause() { return .imperative(opening(1)) }
        let measureStart = first.word == "the" ? 1 : 0
        if let measure = word(measureStart), Words.measures.contains(measure), word(measureStart + 1) == "of", !hasFiniteVerb() {
            return .indicator(opening(measureStart + 2))
        }
        if Words.comparatives.contains(first.word), !hasFiniteVerb() {
            return .outcome(opening(2))
        }
        return nil
    }

    /// The words of a statement's first sentence (as `firstSentence(of:)` delimits it), split at
    /// whitespace one at a time as they are asked for: the statement is decoded only as far as
    /// the words read, so a long statement costs no more than a short one.
    struct TokenReader {
        private var scalars: String.UnicodeScalarView.Iterator
        /// The sentence's first word has been found (leading bullets and quotes are skipped before it).
        private var started = false
        /// The sentence (or the statement) has ended: no more words.
        private var ended = false
        private var tokens: [Token] = []

        init(_ statement: String) {
            scalars = statement.unicodeScalars.makeIterator()
        }

        /// The word at `position` (from 0), or nil when the sentence has fewer.
        mutating func token(_ position: Int) -> Token? {
            while tokens.count <= position {
                guard let next = nextToken() else { return nil }
                tokens.append(next)
            }
            return tokens[position]
        }

        private mutating func nextToken() -> Token? {
            while !ended {
                var first: Unicode.Scalar
                repeat {
                    guard let scalar = scalars.next() else {
                        ended = true
                        return nil
                    }
                    first = scalar
                } while isSpace(first) || (!started && isLeadingMark(first))
                started = true
                var piece = [first]
                var followedBySpace = false
                while let scalar = scalars.next() {
                    if isSpace(scalar) {
                        followedBySpace = true
                        break
                    }
                    piece.append(scalar)
                }
                if followedBySpace {
                    // `.`, `!`, `?` or `;` before whitespace ends the sentence, without itself.
                    if let last = piece.last, isSentenceEnd(last) {
                        piece.removeLast()
                        ended = true
                    }
                } else {
                    // The statement's end: trailing sentence ends are not part of the last word.
                    ended = true
                    while let last = piece.last, isSentenceEnd(last) { piece.removeLast() }
                }
                guard !piece.isEmpty else { return nil }
                if let token = Token.token(piece[...]) { return token }
            }
            return nil
        }
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
        Token.string(firstSentenceScalars(of: text))
    }

    /// `firstSentence(of:)` as the statement's scalars (the classifier's `TokenReader` finds the
    /// same sentence end word by word).
    static func firstSentenceScalars(of text: String) -> ArraySlice<Unicode.Scalar> {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(min(text.utf8.count, 512))
        var start: Int?
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            let index = scalars.count - 1
            guard let first = start else {
                if !(isSpace(scalar) || isLeadingMark(scalar)) { start = index }
                continue
            }
            if index > first, isSentenceEnd(scalars[index - 1]), isSpace(scalar) { return scalars[first..<(index - 1)] }
        }
        guard let start else { return [] }
        var end = scalars.count
        while end > start, isSentenceEnd(scalars[end - 1]) || isSpace(scalars[end - 1]) { end -= 1 }
        return scalars[start..<end]
    }

    /// Whitespace (Unicode's property), answered without a property lookup for ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    private static func isLeadingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "•", "·", "*", "\"", "'", "‘", "“": true
        default: false
        }
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", ";": true
        default: false
        }
    }

    /// A word of the statement: as written, and lower-cased without surrounding punctuation.
    struct Token {
        /// The piece as written, between whitespace.
        let piece: ArraySlice<Unicode.Scalar>
        let word: String
        /// As written, without surrounding punctuation (made only for a verdict's message).
        var text: String { Token.string(Token.trimmingPunctuation(piece)) }
        var endsWithColon: Bool { piece.last == ":" }

        /// One whitespace-free piece: the word is lower-cased with `’` read as `'` and without
        /// `wordPunctuation` at either end; nil when nothing is left of it.
        static func token(_ piece: ArraySlice<Unicode.Scalar>) -> Token? {
            // `’` becomes `'`, which is not punctuation here, so it is kept when trimming.
            var start = piece.startIndex
            var end = piece.endIndex
            while start < end, isWordPunctuation(piece[start]), piece[start] != "’" { start += 1 }
            while end > start, isWordPunctuation(piece[end - 1]), piece[end - 1] != "’" { end -= 1 }
            guard start < end else { return nil }
            return Token(piece: piece, word: lowercasedWord(piece[start..<end]))
        }

        /// Lower-cased, `’` read as `'`: written straight into a String for ASCII words (most
        /// are short enough to need no allocation at all), else by the standard library.
        private static func lowercasedWord(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            let count = scalars.count
            let ascii = String(unsafeUninitializedCapacity: count) { buffer in
                var written = 0
                for scalar in scalars {
                    var byte: UInt8
                    if scalar.isASCII {
                        byte = UInt8(truncatingIfNeeded: scalar.value)
                        if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                    } else if scalar == "’" {
                        byte = 0x27
                    } else {
                        return 0
                    }
                    buffer[written] = byte
                    written += 1
                }
                return written
            }
            if ascii.utf8.count == count { return ascii }
            return string(scalars.map { $0 == "’" ? "'" : $0 }[...]).lowercased()
        }

        /// Without the characters `. , ; : ! ? ( ) [ ] " * ‘ ’ “ ”` at either end.
        static func trimmingPunctuation(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
            var start = scalars.startIndex
            var end = scalars.endIndex
            while start < end, isWordPunctuation(scalars[start]) { start += 1 }
            while end > start, isWordPunctuation(scalars[end - 1]) { end -= 1 }
            return scalars[start..<end]
        }

        private static func isWordPunctuation(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "*", "‘", "’", "“", "”": true
            default: false
            }
        }

        /// The scalars as a String, through their UTF-8 (appending scalars to a String's view one
        /// by one goes through slow generic code on every call).
        static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scalars.count)
            for scalar in scalars {
                if scalar.isASCII {
                    bytes.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The word without its hyphens (`co-produce` → `coproduce`).
        static func withoutHyphens(_ word: String) -> String {
            guard word.unicodeScalars.contains("-") else { return word }
            return String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "-" }))
        }
    }
}
