import JSONSupport
import SourceText
import Syntax
import Testing

/// One case per syntax code: the document, the only codes expected, the text the diagnostic's
/// range must cover, and what must still be read around the error.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let code: String
    let bytes: [UInt8]
    var expectedCodes: [String]
    let rangeText: String
    var limits = ParserLimits.default
    /// The data still read despite the error (nil: not checked).
    let survives: JSONValue?

    init(_ rule: SyntaxRule, _ yaml: String, range: String, codes: [String]? = nil, limits: ParserLimits = .default, survives: String?) {
        self.init(rule, Array(yaml.utf8), range: range, codes: codes, limits: limits, survives: survives)
    }

    init(_ rule: SyntaxRule, _ bytes: [UInt8], range: String, codes: [String]? = nil, limits: ParserLimits = .default, survives: String?) {
        self.code = rule.id
        self.bytes = bytes
        self.expectedCodes = codes ?? [rule.id]
        self.rangeText = range
        self.limits = limits
        self.survives = survives.map(json)
    }

    var testDescription: String { code }

    static let all: [ErrorCase] = [
        ErrorCase(.invalidUTF8, Array("a: caf".utf8) + [0xE9] + Array("\nb: 2\n".utf8), range: "\u{FFFD}", survives: #"{"a": "caf\uFFFD", "b": 2}"#),
        ErrorCase(.invalidCharacter, "a: x\u{7}y\nb: 2\n", range: "\u{7}", survives: #"{"a": "x\u0007y", "b": 2}"#),
        ErrorCase(.anchor, "a: &x 1\nb: 2\n", range: "&x", survives: #"{"a": 1, "b": 2}"#),
        ErrorCase(.alias, "a: 1\nb: *x\nc: 3\n", range: "*x", survives: #"{"a": 1, "b": null, "c": 3}"#),
        ErrorCase(.tag, "a: !!str 1\nb: 2\n", range: "!!str", survives: #"{"a": 1, "b": 2}"#),
        ErrorCase(.explicitKey, "? a\n: 1\nb: 2\n", range: "?", survives: #"{"b": 2}"#),
        ErrorCase(.complexKey, "[a, b]: 1\nc: 2\n", range: "[a, b]", survives: #"{"c": 2}"#),
        ErrorCase(.emptyKey, "a: 1\n: 2\nc: 3\n", range: ":", survives: #"{"a": 1, "c": 3}"#),
        ErrorCase(.directive, "%YAML 1.2\n---\na: 1\n", range: "%YAML 1.2", survives: #"{"a": 1}"#),
        ErrorCase(.multipleDocuments, "a: 1\n---\nb: 2\n", range: "---", survives: #"{"a": 1}"#),
        ErrorCase(.reservedIndicator, "a: @x\nb: 2\n", range: "@", survives: #"{"a": null, "b": 2}"#),
        ErrorCase(.tabIndentation, "a:\n  b: 1\n\tc: 2\n  d: 3\n", range: "\t", survives: #"{"a": {"b": 1, "d": 3}}"#),
        ErrorCase(.badIndentation, "a: 1\n    b: 2\nc: 3\n", range: "b: 2", survives: #"{"a": 1, "c": 3}"#),
        ErrorCase(.mixedCollection, "a: 1\n- b\nc: 3\n", range: "-", survives: #"{"a": 1, "c": 3}"#),
        ErrorCase(.collectionOnKeyLine, "a: b: c\nd: 1\n", range: ":", survives: #"{"a": "b", "d": 1}"#),
        ErrorCase(.missingColon, "a: 1\nb\nc: 3\n", range: "b", survives: #"{"a": 1, "b": null, "c": 3}"#),
        ErrorCase(.duplicateKey, "a: 1\nb: 2\na: 3\n", range: "a", survives: #"{"a": 1, "b": 2}"#),
        ErrorCase(.multilineKey, "\"a\n b\": 1\nc: 2\n", range: "\"a\n b\"", survives: #"{"a b": 1, "c": 2}"#),
        ErrorCase(.keyTooLong, String(repeating: "k", count: 1100) + ": 1\nb: 2\n", range: String(repeating: "k", count: 1100), survives: nil),
        ErrorCase(.ambiguousValue, "a: [?x, :y]\nb: 2\n", range: ":y", codes: ["syntax/ambiguous-value", "syntax/ambiguous-value"], survives: #"{"a": ["?x", ":y"], "b": 2}"#),
        ErrorCase(.unexpectedText, "a: \"x\" y\nb: 2\n", range: "y", survives: #"{"a": "x", "b": 2}"#),
        ErrorCase(.unclosedQuote, "a: \"open\nb: 2\n", range: "\"open", survives: #"{"a": "open", "b": 2}"#),
        ErrorCase(.invalidEscape, "a: \"\\q\"\nb: 2\n", range: "\\q", survives: #"{"a": "\\q", "b": 2}"#),
        ErrorCase(.blockScalarHeader, "a: |x\n  t\nb: 2\n", range: "x", survives: #"{"a": "t\n", "b": 2}"#),
        ErrorCase(.blockScalarIndentation, "a: |\n    \n  text\nb: 2\n", range: "    ", survives: #"{"a": "\ntext\n", "b": 2}"#),
        ErrorCase(.numberOutOfRange, "a: 99999999999999999999\nb: 2\n", range: "99999999999999999999", survives: nil),
        ErrorCase(.unclosedFlow, "a: [1, 2\nb: 3\n", range: "[", survives: #"{"a": [1, 2], "b": 3}"#),
        ErrorCase(.flowEntry, "a: [1,, 2]\nb: 3\n", range: ",", survives: #"{"a": [1, 2], "b": 3}"#),
        ErrorCase(.tooDeep, "a:\n  b:\n    c: 1\nd: 2\n", range: "c: 1", limits: ParserLimits(maximumDepth: 2), survives: #"{"a": {"b": null}, "d": 2}"#),
        ErrorCase(.tooLarge, "a: 1\nb: 2\n", range: "", limits: ParserLimits(maximumDocumentBytes: 5), survives: "null"),
        ErrorCase(.lineTooLong, "a: 1\nb: xxxxxxxxxx\nc: 3\n", range: "b: xxxxxxxxxx", limits: ParserLimits(maximumLineBytes: 8), survives: #"{"a": 1, "c": 3}"#),
        ErrorCase(.tooManyNodes, "a: 1\nb: 2\nc: 3\n", range: "2", limits: ParserLimits(maximumNodes: 3), survives: #"{"a": 1, "b": 2}"#),
        ErrorCase(.tooManyErrors, "a: &x 1\nb: &y 2\nc: &z 3\n", range: "&z", codes: ["syntax/anchor", "syntax/anchor", "syntax/too-many-errors"],
                  limits: ParserLimits(maximumDiagnostics: 2), survives: #"{"a": 1, "b": 2, "c": 3}"#),
    ]
}

@Suite struct ErrorCodeTests {
    @Test(arguments: ErrorCase.all)
    func eachCodeIsReportedAtItsPlaceAndTheRestIsRead(_ errorCase: ErrorCase) throws {
        let tree = Parser.parse(SourceFile(name: "test.yaml", bytes: errorCase.bytes), limits: errorCase.limits)
        #expect(tree.codes == errorCase.expectedCodes, "\(tree.diagnostics.map { "\($0.code) \($0.range): \($0.message)" })")
        let diagnostic = try #require(tree.diagnostics.last { $0.code == errorCase.code })
        #expect(tree.text(diagnostic.range) == errorCase.rangeText)
        #expect(diagnostic.severity == .error)
        #expect(!diagnostic.message.isEmpty && diagnostic.message.last == ".", "messages are sentences: \(diagnostic.message)")
        if let survives = errorCase.survives {
            #expect(tree.toJSON() == survives, "read \(JSONWriter().string(tree.toJSON()))")
        }
    }

    @Test func everySyntaxRuleHasACase() {
        let tested = Set(ErrorCase.all.map(\.code))
        let missing = SyntaxRule.all.map(\.id).filter { !tested.contains($0) }
        #expect(missing.isEmpty, "codes without a test: \(missing)")
    }

    @Test func catalogueIsWellFormed() {
        let ids = SyntaxRule.all.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        for rule in SyntaxRule.all {
            #expect(rule.id.hasPrefix("syntax/") && rule.id == rule.id.lowercased() && !rule.id.contains(" "), "\(rule.id)")
            #expect(!rule.summary.isEmpty && rule.explanation.count > rule.summary.count, "\(rule.id)")
            #expect(SyntaxRule.rule(withID: rule.id) == rule)
        }
    }

    @Test func duplicateKeyPointsAtTheFirst() throws {
        let tree = parse("a: 1\nb:\n  x: 1\n  x: 2\n")
        let diagnostic = try #require(tree.diagnostics.first)
        #expect(diagnostic.code == "syntax/duplicate-key")
        #expect(diagnostic.range.start == offset(of: "x: 2", in: "a: 1\nb:\n  x: 1\n  x: 2\n"))
        #expect(diagnostic.related.first?.range.start == offset(of: "x: 1", in: "a: 1\nb:\n  x: 1\n  x: 2\n"))
        #expect(diagnostic.message.contains("line 3"))
    }

    @Test func duplicateKeysCompareAsJSONKeys() {
        #expect(parse("1: a\n'1': b\n").codes == ["syntax/duplicate-key"])
        #expect(parse("{a: 1, \"a\": 2}").codes == ["syntax/duplicate-key"])
        // Many keys (past the linear search) are checked as well.
        let many = (0 ..< 40).map { "k\($0): \($0)" }.joined(separator: "\n") + "\nk7: again\n"
        #expect(parse(many).codes == ["syntax/duplicate-key"])
    }

    /// Nested mappings share one stack of keys with the mappings around them (`KeyIndex`): a key
    /// clashes only with the keys of its own mapping, before and after nested ones, block or flow.
    @Test func duplicateKeysAreSoughtInTheirOwnMappingOnly() {
        let text = "a: 1\nb:\n  a: 2\n  c: 3\n  c: 9\na: 4\nc: 5\nd: {a: {a: 1, b: 2}, b: 3, a: 5}\n"
        let tree = parse(text)
        #expect(tree.codes == ["syntax/duplicate-key", "syntax/duplicate-key", "syntax/duplicate-key"])
        #expect(tree.diagnostics.map(\.range.start) == [offset(of: "c: 9", in: text), offset(of: "a: 4", in: text), offset(of: "a: 5", in: text)])
        // Past the linear search, with a nested mapping in the middle.
        let many = (0 ..< 20).map { "k\($0): 1" } + ["n:"] + (0 ..< 20).map { "  k\($0): 1" } + ["k3: again"]
        let wide = parse(many.joined(separator: "\n") + "\n")
        #expect(wide.codes == ["syntax/duplicate-key"])
        #expect(wide.diagnostics.first?.message.contains("line 4") == true)
    }
}
