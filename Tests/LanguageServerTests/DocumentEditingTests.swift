import LanguageServer
import LanguageServerProtocol
import SourceText
import Testing

/// The position of `offset` (a `String.Index` distance in characters) in `text`, computed with
/// Swift's own views, independently of `LineIndex`.
func lspPosition(in text: String, before index: String.Index, encoding: PositionEncoding) -> Position {
    let prefix = text[..<index]
    let lineStart = prefix.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let line = prefix.filter { $0 == "\n" }.count
    let column = text[lineStart..<index]
    switch encoding {
    case .utf8: return Position(line: line, character: column.utf8.count)
    case .utf16: return Position(line: line, character: column.utf16.count)
    case .utf32: return Position(line: line, character: column.unicodeScalars.count)
    }
}

/// A change replacing the first occurrence of `target` (after `skipping` characters) by `replacement`.
struct Replacement {
    var target: String
    var replacement: String
    /// Insert before `target` instead of replacing it.
    var insertBefore = false

    func change(in text: String, encoding: PositionEncoding) -> (TextDocumentContentChangeEvent, String)? {
        guard let found = text.range(of: target) else { return nil }
        let end = insertBefore ? found.lowerBound : found.upperBound
        let range = PositionRange(start: lspPosition(in: text, before: found.lowerBound, encoding: encoding), end: lspPosition(in: text, before: end, encoding: encoding))
        var result = text
        result.replaceSubrange(found.lowerBound..<end, with: replacement)
        return (TextDocumentContentChangeEvent(range: range, text: replacement), result)
    }
}

@Suite("Incremental edits")
struct DocumentEditingTests {
    static let original = "price: £5 ’quoted’ – 😀 end\nsecond line 😀😀\n"

    static let edits: [Replacement] = [
        Replacement(target: "£5", replacement: "€7"),
        Replacement(target: " end", replacement: "😀", insertBefore: true),
        Replacement(target: "’quoted’ ", replacement: ""),
        Replacement(target: "end\nsecond", replacement: "X"),
        Replacement(target: "😀😀\n", replacement: "😀😀\nthird – ’£’\n"),
        Replacement(target: "😀\nthird", replacement: "x😀y"),
    ]

    @Test("Ranged edits apply in order in each encoding", arguments: PositionEncoding.allCases)
    func rangedEdits(encoding: PositionEncoding) throws {
        var source = SourceFile(name: "file:///a", text: Self.original)
        var expected = Self.original
        for edit in Self.edits {
            let (change, next) = try #require(edit.change(in: expected, encoding: encoding))
            source = DocumentEditing.apply([change], to: source, encoding: encoding)
            expected = next
            #expect(source.text == expected, "after replacing \(edit.target.debugDescription)")
        }
    }

    @Test("Several changes in one notification apply each to the result of the one before", arguments: PositionEncoding.allCases)
    func changesInOneNotification(encoding: PositionEncoding) throws {
        var expected = Self.original
        var changes: [TextDocumentContentChangeEvent] = []
        for edit in Self.edits {
            let (change, next) = try #require(edit.change(in: expected, encoding: encoding))
            changes.append(change)
            expected = next
        }
        let source = DocumentEditing.apply(changes, to: SourceFile(name: "file:///a", text: Self.original), encoding: encoding)
        #expect(source.text == expected)
    }

    @Test("The same character offsets mean different places in different encodings")
    func encodingsDiffer() {
        // Line 0 character 9: after "price: £5" in UTF-16 and UTF-32, but inside "£5" in UTF-8.
        let change = TextDocumentContentChangeEvent(range: PositionRange(start: Position(line: 0, character: 9), end: Position(line: 0, character: 9)), text: "|")
        let source = SourceFile(name: "a", text: Self.original)
        #expect(DocumentEditing.apply([change], to: source, encoding: .utf16).text.hasPrefix("price: £5|"))
        #expect(DocumentEditing.apply([change], to: source, encoding: .utf32).text.hasPrefix("price: £5|"))
        #expect(DocumentEditing.apply([change], to: source, encoding: .utf8).text.hasPrefix("price: £|5"))
        // After the emoji: UTF-16 counts it as two units, UTF-32 as one.
        let afterEmoji = TextDocumentContentChangeEvent(range: PositionRange(start: Position(line: 1, character: 14), end: Position(line: 1, character: 14)), text: "|")
        #expect(DocumentEditing.apply([afterEmoji], to: source, encoding: .utf16).text.hasSuffix("line 😀|😀\n"))
        #expect(DocumentEditing.apply([afterEmoji], to: source, encoding: .utf32).text.hasSuffix("line 😀😀|\n"))
    }

    @Test("Out-of-range and odd positions are clamped, never trapped on")
    func clamping() {
        let source = SourceFile(name: "a", text: "ab\r\ncd😀\n")
        func apply(_ start: (Int, Int), _ end: (Int, Int), _ text: String, _ encoding: PositionEncoding = .utf16) -> String {
            let range = PositionRange(start: Position(line: start.0, character: start.1), end: Position(line: end.0, character: end.1))
            return DocumentEditing.apply([TextDocumentContentChangeEvent(range: range, text: text)], to: source, encoding: encoding).text
        }
        #expect(apply((0, 99), (0, 99), "!") == "ab!\r\ncd😀\n", "past the end of a line: the line's end, before CRLF")
        #expect(apply((7, 0), (9, 9), "!") == "ab\r\ncd😀\n!", "past the last line: the document's end")
        #expect(apply((1, 0), (0, 1), "!") == "a!cd😀\n", "end before start: taken in order")
        #expect(apply((-3, -1), (0, 1), "!") == "!b\r\ncd😀\n", "negative: the start")
        #expect(apply((1, 3), (1, 3), "!") == "ab\r\ncd!😀\n", "inside a surrogate pair: before the character")
        #expect(apply((1, 3), (1, 3), "!", .utf8) == "ab\r\ncd!😀\n", "inside a UTF-8 sequence: before the character")
        #expect(apply((0, 0), (99, 0), "") == "", "everything")
        let whole = DocumentEditing.apply([TextDocumentContentChangeEvent(range: nil, text: "new")], to: source, encoding: .utf16)
        #expect(whole.text == "new")
    }
}
