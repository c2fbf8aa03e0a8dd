import JSONSupport
import Testing

@Suite struct JSONWriterTests {
    static let sample: JSONValue = [
        "title": "Older people’s services – 😀",
        "escapes": "quote \" backslash \\ newline \n tab \t bell \u{7} del \u{7F}",
        "numbers": [0, -1, 1.5, 1e-7, 1e300, 9_007_199_254_740_993, .int(Int.min)],
        "flags": [true, false, nil],
        "nested": ["empty array": [], "empty object": [:]],
    ]

    @Test func roundTripsCompactAndPretty() throws {
        for writer in [JSONWriter(), JSONWriter(pretty: true), JSONWriter(pretty: true, sortedKeys: true)] {
            let text = writer.string(Self.sample)
            #expect(try JSONParser.parse(text) == Self.sample, "\(text)")
        }
    }

    @Test func keepsKeyOrderOrSorts() {
        let value: JSONValue = ["b": 1, "a": 2]
        #expect(JSONWriter().string(value) == #"{"b":1,"a":2}"#)
        #expect(JSONWriter(sortedKeys: true).string(value) == #"{"a":2,"b":1}"#)
    }

    @Test func prettyLayout() {
        let value: JSONValue = ["a": [1, 2], "b": [:], "c": []]
        #expect(JSONWriter(pretty: true).string(value) == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    @Test func escapesOnlyWhatJSONRequires() {
        #expect(JSONWriter().string("a\"b\\c\n\r\t\u{8}\u{C}\u{1}£") == #""a\"b\\c\n\r\t\b\f\u0001£""#)
        #expect(JSONWriter().string("plain £ text") == "\"plain £ text\"")
    }

    @Test func numbersKeepTheirKind() {
        #expect(JSONWriter().string(.double(1)) == "1.0")
        #expect(JSONWriter().string(.int(1)) == "1")
        #expect(JSONWriter().string(.double(0.1)) == "0.1")
        // JSON has no infinities or NaN.
        #expect(JSONWriter().string([.double(.infinity), .double(-.infinity), .double(.nan)]) == "[null,null,null]")
    }
}
