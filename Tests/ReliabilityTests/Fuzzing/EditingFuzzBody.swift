import Analysis
import LanguageServer
import LanguageServerProtocol
import SourceText
import Syntax

/// Fuzz body (3): random ranged edits applied as the server applies them (`DocumentEditing`,
/// over `LineIndex`), in each of the three position encodings, must give exactly the text the
/// naive `ReferenceText` model gives; every position the index reports must be the model's; and
/// after every edit the incremental parse (`IncrementalParser`, from the previous version's
/// tree, as the server parses) must be the full parse of the text, node for node, and (in one
/// encoding: the text is the same in all three) the analysis reusing the previous version's
/// section and item findings, as the server checks, must give a fresh analysis's diagnostics.
/// The document's name rotates through the four kinds' suffixes, by the input's length.
/// Returns a description of the first disagreement, nil when all agree.
enum EditingFuzzBody {
    static func run(_ data: [UInt8]) -> String? {
        var input = FuzzInput(data)
        // The document may come from a file, with broken UTF-8; edits come from a client, as text.
        let initial = input.rawBytes(maximumPieces: 40)
        var changes: [TextDocumentContentChangeEvent] = []
        while !input.isAtEnd, changes.count < 64 {
            let selector = input.byte()
            let text = input.text(maximumPieces: 6)
            if selector % 16 == 0 {
                changes.append(TextDocumentContentChangeEvent(range: nil, text: text))
                continue
            }
            let start = Position(line: input.coordinate(), character: input.coordinate())
            let end = selector % 3 == 0 ? start : Position(line: input.coordinate(), character: input.coordinate())
            changes.append(TextDocumentContentChangeEvent(range: PositionRange(start: start, end: end), text: text))
        }
        let name = "fuzz" + AnalyzerFuzzBody.suffixes[data.count % AnalyzerFuzzBody.suffixes.count]
        for encoding in PositionEncoding.allCases {
            if let failure = check(initial: initial, changes: changes, encoding: encoding, name: name, analysing: encoding == .utf16) {
                return "\(encoding.rawValue): \(failure)"
            }
        }
        return nil
    }

    static let analyzer = DocumentAnalyzer()

    static func check(initial: [UInt8], changes: [TextDocumentContentChangeEvent], encoding: PositionEncoding,
                      name: String = "fuzz", analysing: Bool = false) -> String? {
        var reference = ReferenceText(bytes: initial)
        var edited = SourceFile(name: name, bytes: initial)
        var tree = Parser.parse(edited)
        let origin = DocumentOrigin(displayPath: name, fileURL: nil)
        var analysis = analysing ? analyzer.analyze(tree, at: origin) : nil
        for (number, change) in changes.enumerated() {
            if let range = change.range {
                let first = reference.offset(line: range.start.line, character: range.start.character, in: encoding)
                let second = reference.offset(line: range.end.line, character: range.end.character, in: encoding)
                reference.replace(from: first, to: second, with: change.text)
            } else {
                reference.bytes = Array(change.text.utf8)
            }
            edited = DocumentEditing.apply([change], to: edited, encoding: encoding)
            guard edited.bytes == reference.bytes else {
                return "after change \(number) \(change): \(edited.bytes) but expected \(reference.bytes)"
            }
            let (incremental, method) = IncrementalParser.parse(edited, after: tree)
            let full = Parser.parse(edited)
            guard incremental.structuralDescription == full.structuralDescription else {
                return "after change \(number) \(change), the \(method.rawValue) parse differs from a full one:\n\(incremental.structuralDescription)\nfull:\n\(full.structuralDescription)"
            }
            tree = incremental
            if let previous = analysis {
                let kept = analyzer.analyze(incremental, at: origin, reusing: previous.sectionFindings)
                let fresh = analyzer.analyze(full, at: origin)
                guard kept.diagnostics == fresh.diagnostics else {
                    let only = { (a: [SourceText.Diagnostic], b: [SourceText.Diagnostic]) in a.filter { !b.contains($0) }.map { "\($0.code) \($0.range) \($0.message)" } }
                    return "after change \(number) \(change), the analysis reusing the last one differs from a fresh one: only reused \(only(kept.diagnostics, fresh.diagnostics)), only fresh \(only(fresh.diagnostics, kept.diagnostics))"
                }
                analysis = kept
            }
        }
        // All the changes in one notification mean the same as one by one.
        let together = DocumentEditing.apply(changes, to: SourceFile(name: name, bytes: initial), encoding: encoding)
        guard together.bytes == reference.bytes else { return "the changes in one batch gave \(together.bytes), one by one \(reference.bytes)" }
        // Positions both ways at every offset of the final text (every few offsets of a long
        // one: the model is quadratic), and a few past its end.
        let index = edited.lineIndex
        guard index.lineCount == reference.lines.count else { return "\(index.lineCount) lines, expected \(reference.lines.count)" }
        let stride = max(1, reference.bytes.count / 256)
        for offset in Swift.stride(from: -2, through: reference.bytes.count + 2, by: stride) {
            let position = index.position(of: offset, in: encoding)
            let expected = reference.position(of: offset, in: encoding)
            guard position == expected else { return "offset \(offset) is at \(position), expected \(expected) in \(reference.bytes)" }
            let back = index.offset(of: position, in: encoding)
            let expectedBack = reference.offset(line: position.line, character: position.character, in: encoding)
            guard back == expectedBack else { return "position \(position) is offset \(back), expected \(expectedBack) in \(reference.bytes)" }
        }
        return nil
    }
}
