import Analysis
import Foundation
import SourceText
import Syntax

/// Fuzz body (1): the whole analysis — parser, kind, schema validation, domain rules,
/// suppressions, references — on arbitrary bytes, under a file name that rotates through the
/// four document suffixes (by the input's length, so that a saved input replays the same way).
/// Besides not trapping or hanging: every range it reports lies inside the document, and the
/// tree's data can be written out. Returns a description of the first broken property.
enum AnalyzerFuzzBody {
    static let suffixes = [".strategy.yaml", ".mps.yaml", ".framework.yaml", ".hypotheses.yaml"]

    static func run(_ data: [UInt8], workspace: Workspace?) -> String? {
        let name = "fuzz" + suffixes[data.count % suffixes.count]
        let url = (workspace?.root ?? URL(fileURLWithPath: "/nonexistent-fuzz-workspace")).appendingPathComponent(name)
        let analyzer = DocumentAnalyzer(workspace: workspace)
        let analysis = analyzer.analyze(SourceFile(name: name, bytes: data), at: DocumentOrigin(displayPath: name, fileURL: url))
        for diagnostic in analysis.diagnostics {
            if let failure = check(diagnostic.range, in: data.count, "\(diagnostic.code) range") { return failure }
            guard !diagnostic.message.isEmpty else { return "\(diagnostic.code) has no message" }
            for fix in diagnostic.fixes {
                for edit in fix.edits {
                    if let failure = check(edit.range, in: data.count, "\(diagnostic.code) fix") { return failure }
                }
            }
        }
        _ = analysis.tree.toJSON()
        return nil
    }

    static func check(_ range: TextRange, in count: Int, _ what: String) -> String? {
        guard range.start >= 0, range.start <= range.end, range.end <= count else { return "\(what) \(range) is not inside 0..<\(count)" }
        return nil
    }
}
