import Analysis
import Foundation
import Rules
import SourceText
import Syntax

/// A text with a cursor written as `‸` (and optionally a selection as `«…»`), for tests that say
/// where the cursor is by showing it.
struct MarkedText {
    static let cursor = "‸"
    let text: String
    let offset: Int
    let selection: TextRange?

    init(_ marked: String) {
        var text = marked
        var offset = 0
        if let range = text.range(of: Self.cursor) {
            offset = text[..<range.lowerBound].utf8.count
            text.removeSubrange(range)
        }
        var selection: TextRange?
        if let open = text.range(of: "«") {
            let start = text[..<open.lowerBound].utf8.count
            text.removeSubrange(open)
            if let close = text.range(of: "»") {
                selection = TextRange(start: start, end: text[..<close.lowerBound].utf8.count)
                text.removeSubrange(close)
            }
        }
        self.text = text
        self.offset = offset
        self.selection = selection
    }
}

/// Analyses a text as the file `name` (its suffix may imply the kind), without a workspace.
func analyze(_ text: String, name: String = "doc.yaml", configuration: Configuration = .default) -> DocumentAnalysis {
    DocumentAnalyzer(configuration: configuration).analyze(SourceFile(name: name, text: text), at: DocumentOrigin(displayPath: name, fileURL: nil))
}

/// The byte offset of the first `needle` in `text`, plus `delta`.
func offset(of needle: String, in text: String, plus delta: Int = 0) -> Int {
    guard let range = text.range(of: needle) else { return -1 }
    return text[..<range.lowerBound].utf8.count + delta
}

/// Applies edits (non-overlapping, in any order) to a text.
func applying(_ edits: [TextEdit], to text: String) -> String {
    var bytes = Array(text.utf8)
    for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
        bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// The repository root and the schema examples, located from this file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func example(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Schemas/examples/\(name)"), encoding: .utf8)
    }
}
