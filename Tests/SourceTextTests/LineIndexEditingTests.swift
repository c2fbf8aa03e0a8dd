import Foundation
import SourceText
import Testing
import TestSupport

/// An edit updates the line index around itself (`SourceFile.replacing`); after every edit of a
/// seeded random sequence the updated index must equal one built from scratch — line starts,
/// line ends, the non-ASCII table — and so give the same positions in every encoding.
@Suite struct LineIndexEditingTests {
    /// Pieces an edit inserts: line breaks of every kind (a lone `\r` and a `\n` may join into
    /// one break across an edit's end), 2-, 3- and 4-byte characters, YAML punctuation.
    static let pieces: [String] = ["\n", "\r\n", "\r", "£", "’", "😀", "–", ": ", "- ", "\"", "'", "  ", "\t", "a", "key: value\n", "£1.2m\r\n", "é\n😀"]

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Schemas/examples")

    static func randomEdit(of source: SourceFile, _ random: inout SeededRandom) -> (TextRange, [UInt8]) {
        let count = source.bytes.count
        let start = random.below(count + 1)
        // Mostly short edits, like typing; sometimes a whole stretch is replaced or removed.
        let length = random.below(4) == 0 ? random.below(min(count - start, 400) + 1) : random.below(min(count - start, 3) + 1)
        var inserted: [UInt8] = []
        for _ in 0..<random.below(3) { inserted += Array(pieces[random.below(pieces.count)].utf8) }
        return (TextRange(start: start, end: start + length), inserted)
    }

    static func expectSameAsFresh(_ source: SourceFile, _ context: @autoclosure () -> String) {
        let fresh = LineIndex(source.bytes)
        #expect(source.lineIndex == fresh, "\(context())")
        guard source.lineIndex == fresh else { return }
        // Equal tables give equal answers; a few conversions make a failure readable.
        for offset in stride(from: 0, through: source.bytes.count, by: max(source.bytes.count / 7, 1)) {
            for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
                #expect(source.position(of: offset, in: encoding) == fresh.position(of: offset, in: encoding))
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func randomEditsOfTheExamplesKeepTheIndexExact(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        for name in names {
            var text = try String(contentsOf: Self.examples.appending(path: name), encoding: .utf8)
            // Half the runs in CRLF, as a Windows editor saves.
            if seed % 2 == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            var source = SourceFile(name: name, text: text)
            for step in 0..<150 {
                let (range, inserted) = Self.randomEdit(of: source, &random)
                source = source.replacing(range, with: inserted)
                Self.expectSameAsFresh(source, "\(name), seed \(seed), step \(step): replaced \(range) with \(inserted)")
            }
        }
    }

    @Test func breaksThatJoinOrSplitAcrossAnEditsEnds() {
        let cases: [(String, TextRange, String)] = [
            ("a\rX\nb", TextRange(start: 2, end: 3), ""),        // \r and \n join once X goes
            ("a\r\nb", TextRange(start: 2, end: 2), "X"),        // \r\n splits into two breaks
            ("a\rb", TextRange(start: 2, end: 2), "\n"),         // \n after a lone \r joins it
            ("a\n\n\nb", TextRange(start: 1, end: 4), ""),       // several lines removed
            ("", TextRange(start: 0, end: 0), "£\r\n😀\r"),        // into an empty document
            ("x😀y\n’", TextRange(start: 1, end: 5), "é"),       // a 4-byte character replaced
            ("last line", TextRange(start: 9, end: 9), "\n"),    // a final break added
        ]
        for (text, range, inserted) in cases {
            let source = SourceFile(name: "t", text: text).replacing(range, with: Array(inserted.utf8))
            Self.expectSameAsFresh(source, "\(text.debugDescription) \(range) \(inserted.debugDescription)")
        }
    }

    @Test func aTextWithUnusualCharactersIsStillExact() {
        // A control character makes the index rebuild whole; the answer is the same either way.
        let source = SourceFile(name: "t", text: "a\u{7}b\nc\n").replacing(TextRange(start: 1, end: 2), with: [])
        Self.expectSameAsFresh(source, "control character removed")
        #expect(source.lineIndex.hasUnusualCharacters == false)
    }
}
