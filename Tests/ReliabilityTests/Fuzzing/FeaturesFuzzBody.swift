import Features
import Foundation
import LanguageServer
import SourceText
import Synchronization

/// Fuzz body (4): the language service the server runs (`CommissioningLanguageService`) on any
/// text, as an editor would send it, with every request at places taken from the input. Besides
/// not trapping or hanging, what it answers must make sense to an editor: every range inside
/// the document; an outline entry's name inside the entry; each selection range inside the next
/// one and around the cursor. Returns a description of the first broken property.
enum FeaturesFuzzBody {
    static let suffixes = [".strategy.yaml", ".mps.yaml", ".framework.yaml", ".hypotheses.yaml", ".yaml"]
    /// The service keeps checks by version: each run is a new version.
    static let generation = Atomic<UInt64>(0)

    static func service(root: URL?) -> CommissioningLanguageService {
        let service = CommissioningLanguageService()
        service.workspaceDidInitialize(WorkspaceInfo(rootURI: root.map { DocumentURI.fileURI(of: $0.path) }, folders: [], initializationOptions: nil))
        return service
    }

    static func run(_ data: [UInt8], service: CommissioningLanguageService, root: URL?) -> String? {
        // A client sends text: invalid UTF-8 cannot come through JSON.
        let text = String(decoding: data, as: UTF8.self)
        let name = "fuzz" + suffixes[data.count % suffixes.count]
        let uri = DocumentURI.fileURI(of: (root ?? URL(fileURLWithPath: "/nonexistent-fuzz-workspace")).appendingPathComponent(name).path)
        let next = generation.add(1, ordering: .relaxed).newValue
        let document = DocumentSnapshot(uri: uri, version: Int(next % 1_000_000), languageId: "yaml", source: SourceFile(name: uri, text: text),
                                        generation: next)
        let workspace = WorkspaceSnapshot(info: WorkspaceInfo(rootURI: nil, folders: [], initializationOptions: nil),
                                          documents: [uri: document], clientSupportsSnippets: true)
        let size = document.source.bytes.count
        func inside(_ range: TextRange, _ what: String) -> String? {
            range.start >= 0 && range.start <= range.end && range.end <= size ? nil : "\(what) \(range) is not inside 0...\(size)"
        }
        for diagnostic in service.diagnostics(for: document, in: workspace) {
            if let failure = inside(diagnostic.range, "diagnostic \(diagnostic.code)") { return failure }
        }
        // Places: the start, the end, the middle, and two the input chooses.
        let sum = data.reduce(0) { $0 &+ Int($1) }
        let offsets = Array(Set([0, size, size / 2, sum % (size + 1), (sum &* 31) % (size + 1)])).sorted()
        for offset in offsets {
            for item in service.completion(at: offset, in: document, workspace: workspace).items {
                if let failure = inside(item.replacing, "completion '\(item.label)' at \(offset)") { return failure }
            }
            if let range = service.hover(at: offset, in: document, workspace: workspace)?.range, let failure = inside(range, "hover at \(offset)") {
                return failure
            }
            for action in service.codeActions(for: TextRange(start: offset, end: min(size, offset + 40)), in: document, workspace: workspace) {
                for edits in action.edits where edits.uri == uri {
                    for edit in edits.edits {
                        if let failure = inside(edit.range, "code action '\(action.title)'") { return failure }
                    }
                }
            }
            for target in service.definition(at: offset, in: document, workspace: workspace) + service.references(at: offset, includeDeclaration: true, in: document, workspace: workspace)
            where target.url.standardizedFileURL.path == document.standardizedPath {
                if let failure = inside(target.range, "location at \(offset)") { return failure }
            }
        }
        func check(_ symbols: [OutlineItem], within parent: TextRange) -> String? {
            for symbol in symbols {
                if let failure = inside(symbol.range, "outline '\(symbol.name)'") { return failure }
                guard symbol.selectionRange.start >= symbol.range.start, symbol.selectionRange.end <= symbol.range.end else {
                    return "outline '\(symbol.name)': its name \(symbol.selectionRange) is not inside \(symbol.range)"
                }
                if let failure = check(symbol.children, within: symbol.range) { return failure }
            }
            return nil
        }
        if let failure = check(service.documentSymbols(in: document), within: TextRange(start: 0, end: size)) { return failure }
        for region in service.foldingRanges(in: document) {
            if let failure = inside(region.range, "folding range") { return failure }
        }
        for (offset, chain) in zip(offsets, service.selectionRanges(at: offsets, in: document)) {
            var previous = TextRange(start: offset, end: offset)
            for range in chain {
                if let failure = inside(range, "selection range at \(offset)") { return failure }
                guard range.start <= previous.start, range.end >= previous.end else {
                    return "selection ranges at \(offset): \(range) does not contain \(previous) (\(chain))"
                }
                previous = range
            }
        }
        _ = service.workspaceSymbols(matching: String(text.prefix(2)), in: workspace)
        return nil
    }
}
