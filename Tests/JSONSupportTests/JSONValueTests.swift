import JSONSupport
import Testing

@Suite struct JSONValueTests {
    @Test func integersAndFloatsCompareByValue() {
        #expect(JSONValue.int(1) == .double(1.0))
        #expect(JSONValue.double(2.0) == .int(2))
        #expect(JSONValue.int(1) != .double(1.5))
        #expect(JSONValue.int(9_007_199_254_740_993) != .double(9_007_199_254_740_992))
        // Near the ends of Int's range the double may not convert: no trap, just unequal.
        #expect(JSONValue.int(Int.max) != .double(9_223_372_036_854_775_808.0))
        #expect(JSONValue.int(Int.min) == .double(-9_223_372_036_854_775_808.0))
        #expect(JSONValue.double(.infinity) != .int(Int.max))
        #expect(Set<JSONValue>([.int(3), .double(3)]).count == 1)
    }

    @Test func notANumberEqualsItself() {
        // Reflexive equality keeps the Hashable contract (YAML's `.nan` becomes one).
        #expect(JSONValue.double(.nan) == .double(.nan))
        #expect(Set<JSONValue>([.double(.nan), .double(.nan)]).count == 1)
        #expect(JSONValue.double(.nan) != .double(0))
    }

    @Test func objectsCompareUnorderedButKeepOrder() {
        let first: JSONValue = ["a": 1, "b": 2]
        let second: JSONValue = ["b": 2, "a": 1]
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first.objectValue?.keys == ["a", "b"])
        var object = JSONObject()
        object["x"] = 1
        object["y"] = 2
        object["x"] = 3
        #expect(object.keys == ["x", "y"])
        object["x"] = nil
        #expect(object.keys == ["y"] && object.count == 1)
        #expect(Array(object).map(\.key) == ["y"])
        #expect(object.values == [2])
    }

    @Test func accessors() {
        let value: JSONValue = ["s": "t", "n": 2.0, "i": 3, "b": true, "a": [1], "z": nil]
        #expect(value["s"]?.stringValue == "t")
        #expect(value["n"]?.intValue == 2)
        #expect(value["n"]?.doubleValue == 2.0)
        #expect(value["i"]?.doubleValue == 3.0)
        #expect(value["b"]?.boolValue == true)
        #expect(value["a"]?[0] == 1)
        #expect(value["a"]?[5] == nil)
        #expect(value["z"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(JSONValue.double(1e300).intValue == nil)
        #expect(JSONValue.double(.nan).intValue == nil)
    }
}
