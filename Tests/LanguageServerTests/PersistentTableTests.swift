import LanguageServer
import Testing

/// The open-document table: a copy keeps what it saw while the original changes, as a snapshot
/// must (the table shares its parts between copies, so this is what could go wrong).
@Suite("PersistentTable")
struct PersistentTableTests {
    /// (A named function: `"k\($0)"` in a closure compared with an optional interpolates `$0` as one.)
    static func key(_ number: Int) -> String { "k" + String(number) }

    @Test("A copy is unaffected by later sets and removals of the original, and the other way round")
    func copiesAreIndependent() {
        var table = PersistentTable<Int>()
        for number in 0..<1_000 { table[Self.key(number)] = number }
        let snapshot = table
        for number in 0..<500 { table.removeValue(forKey: Self.key(number)) }
        for number in 500..<1_000 { table[Self.key(number)] = -number }
        table["new"] = 7

        #expect(snapshot.count == 1_000)
        #expect((0..<1_000).allSatisfy { (number: Int) in snapshot[Self.key(number)] == number })
        #expect(snapshot["new"] == nil)
        #expect(table.count == 501)
        #expect((0..<500).allSatisfy { (number: Int) in table[Self.key(number)] == nil })
        #expect((500..<1_000).allSatisfy { (number: Int) in table[Self.key(number)] == -number })

        var changedCopy = snapshot
        changedCopy["k1"] = 100
        #expect(snapshot["k1"] == 1)
        #expect(changedCopy["k1"] == 100)
    }

    @Test("count, keys and values agree with a Dictionary given the same changes")
    func matchesDictionary() {
        var table = PersistentTable<String>()
        var dictionary: [String: String] = [:]
        for step in 0..<3_000 {
            let key = "uri-\(step * 7 % 401)"
            if step % 3 == 0 {
                #expect(table.removeValue(forKey: key) == dictionary.removeValue(forKey: key))
            } else {
                table[key] = "v\(step)"
                dictionary[key] = "v\(step)"
            }
        }
        #expect(table.count == dictionary.count)
        #expect(table.isEmpty == dictionary.isEmpty)
        #expect(table.keys.sorted() == dictionary.keys.sorted())
        #expect(table.values.sorted() == dictionary.values.sorted())
        #expect(PersistentTable(dictionary).keys.sorted() == dictionary.keys.sorted())
    }
}
