import Analysis
import Foundation
import Schema
import SourceText
import Testing
@testable import Features

/// Hover and completion cite the sources as a reader finds them ("IPC, *Commissioning for Health
/// and Social Care*, ch. 2, Table 2.3"), never by our seed file names, wherever the cursor is.
@Suite struct SeedFileNameFeatureTests {
    static let examples = ["older-people.strategy.yaml", "northshire.framework.yaml", "home-care.mps.yaml",
                           "older-people.hypotheses.yaml", "send.hypotheses.yaml"]
    static var seedFileName: Regex<Substring> { #/\d{3}_[0-9a-f]{16}\.txt/# }

    /// The places worth trying: every few bytes, each line's end (where a value or key is
    /// completed) and just after each `: ` and `- `.
    static func offsets(in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var offsets = Set(stride(from: 0, through: bytes.count, by: 3))
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { offsets.insert(index) }
            if byte == 0x20, index > 0, bytes[index - 1] == 0x3A || bytes[index - 1] == 0x2D { offsets.insert(index + 1) }
        }
        return offsets.filter { $0 <= bytes.count }.sorted()
    }

    @Test(arguments: examples)
    func hoverAndCompletionCiteNoSeedFile(example: String) throws {
        let text = try Repository.example(example)
        // Each example also with a blank line at the end, where completion offers the missing sections.
        let analysis = analyze(text + "\n", name: example)
        var cited = 0
        for offset in Self.offsets(in: text + "\n") {
            if let markdown = Hover.info(in: analysis, at: offset)?.markdown {
                #expect(markdown.firstMatch(of: Self.seedFileName) == nil, "\(example) hover at \(offset): \(markdown)")
                if markdown.contains("Source: IPC") || markdown.contains("— IPC") || markdown.contains("Source: Carson") { cited += 1 }
            }
            for item in Completion.items(in: analysis, at: offset) {
                let shown = [item.label, item.detail ?? "", item.documentation ?? "", item.insertText].joined(separator: "\n")
                #expect(shown.firstMatch(of: Self.seedFileName) == nil, "\(example) completion '\(item.label)' at \(offset): \(shown)")
                if (item.documentation ?? "").contains("Source: ") { cited += 1 }
            }
        }
        #expect(cited > 0, "\(example): no hover or completion cited a source, so this test checked nothing")
    }
}
