import JSONSupport
import Testing

@Suite struct JSONParserTests {
    @Test func valuesOfEveryKind() throws {
        let value = try JSONParser.parse(#" {"a": [1, -2.5, 3e2, true, false, null, "x"], "b": {}, "c": []} "#)
        #expect(value["a"] == [1, -2.5, 300, true, false, nil, "x"])
        #expect(value["b"] == .object(JSONObject()))
        #expect(value["c"] == .array([]))
        #expect(value.objectValue?.keys == ["a", "b", "c"])
    }

    @Test func numbers() throws {
        #expect(try JSONParser.parse("0") == .int(0))
        #expect(try JSONParser.parse("-0") == .int(0))
        #expect(try JSONParser.parse("9223372036854775807") == .int(Int.max))
        #expect(try JSONParser.parse("-9223372036854775808") == .int(Int.min))
        // Beyond 64 bits: read as the nearest double.
        #expect(try JSONParser.parse("12345678901234567890") == .double(12345678901234567890))
        #expect(try JSONParser.parse("1.5E-3") == .double(0.0015))
        #expect(try JSONParser.parse("2e+2") == .double(200))
        if case .int = try JSONParser.parse("1.0") { Issue.record("1.0 is a float") }
        for bad in ["01", "1.", ".5", "-", "+1", "1e", "1e+", "0x10", "NaN", "Infinity"] {
            #expect(throws: JSONParseError.self, "\(bad)") { try JSONParser.parse(bad) }
        }
    }

    @Test func stringEscapesAndSurrogates() throws {
        #expect(try JSONParser.parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        #expect(try JSONParser.parse(#""\u00a3 \u2019 \uD83D\uDE00""#) == .string("£ ’ 😀"))
        #expect(try JSONParser.parse("\"£ – 😀\"") == .string("£ – 😀"))
        for bad in [#""\uD83D""#, #""\uDE00""#, #""\uD83Dx""#, #""\uD83D\u0041""#, #""\x41""#, #""\u12G4""#, "\"a\u{1}\"", "\"open"] {
            #expect(throws: JSONParseError.self, "\(bad)") { try JSONParser.parse(bad) }
        }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func errorsCarryTheirOffset() {
        func errorOffset(_ text: String) -> Int? {
            do {
                _ = try JSONParser.parse(text)
                return nil
            } catch {
                return error.offset
            }
        }
        #expect(errorOffset(#"{"a": 1,}"#) == 8)
        #expect(errorOffset(#"{"a" 1}"#) == 5)
        #expect(errorOffset("[1, 2") == 5)
        #expect(errorOffset("[1 2]") == 3)
        #expect(errorOffset("true false") == 5)
        #expect(errorOffset("") == 0)
        #expect(errorOffset("nul") == 0)
        #expect(errorOffset("{\"a\": tru}") == 6)
    }

    @Test func nestingIsLimited() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        let limit = JSONParser.maximumDepth
        let allowed = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(throws: Never.self) { try JSONParser.parse(allowed) }
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(tooDeep) }
    }

    @Test func duplicateKeysKeepTheLastValueInFirstPosition() throws {
        let value = try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(value.objectValue?.keys == ["a", "b"])
        #expect(value["a"] == 3)
    }
}
