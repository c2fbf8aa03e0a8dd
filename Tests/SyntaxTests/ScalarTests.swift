import JSONSupport
import Syntax
import Testing

/// Scalars read as YAML 1.2 (core schema) reads them: types of plain scalars, quoted escapes,
/// folding, block scalars with chomping and indentation indicators.
@Suite struct ScalarTests {
    private func value(_ yaml: String) -> JSONValue? { parse("v: \(yaml)\n").cleanJSON?["v"] }

    @Test func coreSchemaNullAndBooleans() {
        for text in ["null", "Null", "NULL", "~", ""] { #expect(value(text) == .null, "\(text)") }
        for text in ["true", "True", "TRUE"] { #expect(value(text) == .bool(true), "\(text)") }
        for text in ["false", "False", "FALSE"] { #expect(value(text) == .bool(false), "\(text)") }
        // YAML 1.1 words are strings in 1.2.
        for text in ["yes", "No", "on", "OFF", "nULL", "tRUE", "y"] { #expect(value(text) == .string(text), "\(text)") }
    }

    @Test func coreSchemaIntegers() {
        #expect(value("0") == .int(0))
        #expect(value("-17") == .int(-17))
        #expect(value("+42") == .int(42))
        #expect(value("007") == .int(7))
        #expect(value("0o17") == .int(15))
        #expect(value("0x1F") == .int(31))
        #expect(value("0xff") == .int(255))
        #expect(value("9223372036854775807") == .int(Int.max))
        #expect(value("-9223372036854775808") == .int(Int.min))
        // Not integers in the core schema.
        for text in ["0o18", "0xG1", "-0x1", "+0o7", "1_000", "1,000", "0b101", "12abc"] {
            #expect(value(text) == .string(text), "\(text)")
        }
    }

    @Test func integersTooLargeAreRejected() {
        let tree = parse("v: 99999999999999999999\n")
        #expect(tree.codes == ["syntax/number-out-of-range"])
        #expect(tree.text(tree.diagnostics[0].range) == "99999999999999999999")
    }

    @Test func coreSchemaFloats() {
        #expect(value("1.5") == .double(1.5))
        #expect(value("-0.25") == .double(-0.25))
        #expect(value(".5") == .double(0.5))
        #expect(value("1.") == .double(1.0))
        #expect(value("1e3") == .double(1000))
        #expect(value("2.5E-2") == .double(0.025))
        #expect(value("+1.5e+2") == .double(150))
        #expect(value(".inf") == .double(.infinity))
        #expect(value("-.Inf") == .double(-.infinity))
        #expect(value("+.INF") == .double(.infinity))
        if case let .scalar(scalar)? = parse("v: .NaN").node(.key("v"))?.content, case let .float(number) = scalar.value {
            #expect(number.isNaN)
        } else {
            Issue.record(".NaN is not a float")
        }
        for text in [".", "1.2.3", "e3", "1e", ".infinity", "-.nan", "1.5x"] { #expect(value(text) == .string(text), "\(text)") }
    }

    @Test func onlyPlainScalarsAreTyped() {
        #expect(value("'1'") == .string("1"))
        #expect(value("\"true\"") == .string("true"))
        #expect(value("'null'") == .string("null"))
        #expect(parse("v: |\n  1\n").cleanJSON?["v"] == .string("1\n"))
    }

    @Test func datesAndMoneyStayStrings() {
        #expect(value("2026-04-01") == .string("2026-04-01"))
        #expect(value("£1,200.50") == .string("£1,200.50"))
        #expect(value("12:30") == .string("12:30"))
    }

    @Test func doubleQuotedEscapes() {
        #expect(value(#""a\tb\nc\\d\"e\/f""#) == .string("a\tb\nc\\d\"e/f"))
        #expect(value(#""\0\a\b\v\f\r\e\ ""#) == .string("\u{0}\u{7}\u{8}\u{B}\u{C}\r\u{1B} "))
        #expect(value(#""\N\_\L\P""#) == .string("\u{85}\u{A0}\u{2028}\u{2029}"))
        #expect(value(#""\xA3 \u00A3 \u2019 \U0001F600""#) == .string("£ £ ’ 😀"))
        #expect(value("\"tab\\\tescaped\"") == .string("tab\tescaped"))
    }

    @Test func singleQuotedScalars() {
        #expect(value("'the provider''s view'") == .string("the provider's view"))
        #expect(value(#"'back\slash \n'"#) == .string(#"back\slash \n"#))
        #expect(value("''") == .string(""))
    }

    @Test func quotedScalarsFoldLines() {
        #expect(parse("v: \"one\n  two\n\n  three  \n  \"\n").cleanJSON?["v"] == .string("one two\nthree "))
        #expect(parse("v: 'one  \n   two'\n").cleanJSON?["v"] == .string("one two"))
        // An escaped line break joins without a space; blanks before it are kept.
        #expect(parse("v: \"one \\\n   two\"\n").cleanJSON?["v"] == .string("one two"))
        #expect(parse("v: \"one\\\n   two\"\n").cleanJSON?["v"] == .string("onetwo"))
    }

    @Test func multiLinePlainScalarsFold() {
        #expect(parse("v: one\n  two\n\n  three\nw: 1\n").cleanJSON == json(#"{"v": "one two\nthree", "w": 1}"#))
        #expect(parse("- a\n  b # comment\n- c\n").cleanJSON == json(#"["a b", "c"]"#))
        // A folded multi-line plain scalar is still typed by the core schema as a whole.
        #expect(parse("v: 1\n  2\n").cleanJSON?["v"] == .string("1 2"))
    }

    @Test func literalBlockScalars() {
        #expect(parse("v: |\n  line one\n    indented\n\n  last\n").cleanJSON?["v"] == .string("line one\n  indented\n\nlast\n"))
        #expect(parse("v: |-\n  text\n\n").cleanJSON?["v"] == .string("text"))
        #expect(parse("v: |+\n  text\n\n\nw: 1\n").cleanJSON == json(#"{"v": "text\n\n\n", "w": 1}"#))
        #expect(parse("v: |\n  text\n\n\nw: 1\n").cleanJSON?["v"] == .string("text\n"))
        #expect(parse("v: |2\n    four\n  two\n").cleanJSON?["v"] == .string("  four\ntwo\n"))
        #expect(parse("v: |-2\n   x\n").cleanJSON?["v"] == .string(" x"))
        #expect(parse("v: |\nw: 1\n").cleanJSON == json(#"{"v": "", "w": 1}"#))
        #expect(parse("v: | # a comment\n  # not a comment\n").cleanJSON?["v"] == .string("# not a comment\n"))
    }

    @Test func foldedBlockScalars() {
        #expect(parse("v: >\n  one\n  two\n\n  three\n").cleanJSON?["v"] == .string("one two\nthree\n"))
        // More-indented lines keep their line breaks.
        #expect(parse("v: >\n  a\n    b\n  c\n").cleanJSON?["v"] == .string("a\n  b\nc\n"))
        #expect(parse("v: >-\n  a\n  b\n\n").cleanJSON?["v"] == .string("a b"))
        #expect(parse("v: >+\n  a\n\n").cleanJSON?["v"] == .string("a\n\n"))
    }

    @Test func blockScalarAtEndOfFileWithoutLineBreak() {
        #expect(parse("v: |\n  text").cleanJSON?["v"] == .string("text\n"))
        #expect(parse("v: |-\n  text").cleanJSON?["v"] == .string("text"))
    }

    @Test func nonASCIIInKeysAndValues() {
        let tree = parse("budget £: £1,200\nowner’s view: “fine” – really 😀\n")
        #expect(tree.cleanJSON == json(#"{"budget £": "£1,200", "owner’s view": "“fine” – really 😀"}"#))
    }
}
