import JSONSupport
import Testing
@testable import Schema

/// Property names and vocabulary values are found by a byte scan when a schema lists few of
/// them, and by a dictionary otherwise. The answers must be the dictionary's in every case:
/// property names compare as Swift strings do (canonical equivalence), vocabulary values code
/// point by code point (`ExactJSON`).
@Suite struct ShortStringTableTests {
    @Test func aScanFindsExactlyTheSameBytes() throws {
        let table = try #require(ShortStringTable(["id", "statement", "", "state", "identity"]))
        #expect(table.isASCII)
        #expect(table.index(ofBytes: "statement") == 1)
        #expect(table.index(ofBytes: "") == 2)
        #expect(table.index(ofBytes: "state") == 3)
        #expect(table.index(ofBytes: "statemenT") == nil)
        #expect(table.index(ofBytes: "stat") == nil)
        #expect(table.index(ofBytes: "identitY") == nil)
        #expect(ShortStringTable(["café"])?.isASCII == false)
        #expect(ShortStringTable((0...ShortStringTable.maximumCount).map { "p\($0)" }) == nil)
    }

    static func registry(_ schema: JSONValue) throws -> (SchemaRegistry, CompiledSchema) {
        let registry = SchemaRegistry(schemas: [(uri: "t.schema.json", schema: schema)])
        #expect(registry.problems.isEmpty, "\(registry.problems)")
        return (registry, try #require(registry.schema("t.schema.json")))
    }

    /// Names a few (scanned) or many (looked up): either way, as `String ==` decides.
    @Test(arguments: [3, 20]) func propertyNamesAreMatchedAsStringsCompare(count: Int) throws {
        var properties: [(String, JSONValue)] = [("Kind", ["type": "string"]), ("tea", ["type": "string"])]
        for index in 0..<count { properties.append(("extra-\(index)", ["type": "integer"])) }
        let (registry, schema) = try Self.registry(["properties": .object(JSONObject(properties)), "additionalProperties": false])
        #expect(registry.isValid(["Kind": "x", "tea": "y"] as JSONValue, against: schema))
        #expect(!registry.isValid(["Kind": 1] as JSONValue, against: schema))
        #expect(!registry.isValid(["kind": "x"] as JSONValue, against: schema))
        #expect(!registry.isValid(["te": "x"] as JSONValue, against: schema))
        #expect(!registry.isValid(["": "x"] as JSONValue, against: schema))
        // KELVIN SIGN is canonically equivalent to `K`: Swift's dictionary finds `Kind` for it,
        // and so must the scan (the name is not ASCII, so the dictionary answers).
        #expect(registry.isValid(["\u{212A}ind": "x"] as JSONValue, against: schema))
        #expect(!registry.isValid(["\u{212A}ind": 1] as JSONValue, against: schema))
    }

    @Test(arguments: [2, 20]) func vocabularyValuesMatchCodePointByCodePoint(count: Int) throws {
        var branches: [JSONValue] = [["const": "café"], ["const": "tea"], ["const": 1], ["const": ""]]
        for index in 0..<count { branches.append(["const": .string("option-\(index)")]) }
        let (registry, schema) = try Self.registry(["oneOf": .array(branches)])
        for allowed: JSONValue in ["café", "tea", 1, 1.0, "", "option-1"] {
            #expect(registry.isValid(allowed, against: schema), "\(allowed)")
        }
        // `e` + COMBINING ACUTE is canonically equivalent to `é` but not the same code points.
        for refused: JSONValue in ["cafe\u{301}", "te", "Tea", "1", 2, "option-", .null] {
            #expect(!registry.isValid(refused, against: schema), "\(refused)")
        }
    }

    /// A constant listed twice: `oneOf` must fail on it (two branches match), `anyOf` not; the
    /// schema compiles either way instead of trapping on the duplicate.
    @Test func aConstantListedTwice() throws {
        let branches: JSONValue = [["const": "a"], ["const": "b"], ["const": "a"]]
        let (oneOfRegistry, oneOf) = try Self.registry(["oneOf": branches])
        #expect(!oneOfRegistry.isValid("a" as JSONValue, against: oneOf))
        #expect(oneOfRegistry.isValid("b" as JSONValue, against: oneOf))
        #expect(!oneOfRegistry.isValid("c" as JSONValue, against: oneOf))
        let (anyOfRegistry, anyOf) = try Self.registry(["anyOf": branches])
        #expect(anyOfRegistry.isValid("a" as JSONValue, against: anyOf))
        #expect(!anyOfRegistry.isValid("c" as JSONValue, against: anyOf))
    }
}
