import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText
import TestSupport
import Testing

/// The built server started on a workspace folder of real files (in a fresh temporary folder),
/// spoken to as an editor would: open documents, ask at positions found by text, apply edits.
final class FeaturesSession {
    let folder: URL
    let client: LSPTestClient
    let encoding: PositionEncoding
    /// The text the server holds for each open URI, kept in step with the edits sent.
    private(set) var texts: [String: String] = [:]
    private var versions: [String: Int] = [:]

    /// `hoverFormats` and `documentationFormats`: the client's `contentFormat` and
    /// `documentationFormat`, most preferred first (nil: not sent at all); `workspace`: the
    /// client's `workspace` capabilities (none unless given).
    init(files: [String: String], encoding: PositionEncoding = .utf16, snippets: Bool = false,
         hoverFormats: [String]? = ["markdown", "plaintext"], documentationFormats: [String]? = ["markdown", "plaintext"],
         workspace: JSONValue? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("features-e2e-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        client = try startServer()
        self.encoding = encoding
        var completionItem: JSONObject = ["snippetSupport": .bool(snippets)]
        if let documentationFormats { completionItem["documentationFormat"] = .array(documentationFormats.map(JSONValue.string)) }
        var hover: JSONObject = [:]
        if let hoverFormats { hover["contentFormat"] = .array(hoverFormats.map(JSONValue.string)) }
        var capabilities: JSONObject = [
            "general": ["positionEncodings": [.string(encoding.rawValue)]],
            "textDocument": ["completion": ["completionItem": .object(completionItem)], "hover": .object(hover)],
        ]
        if let workspace { capabilities["workspace"] = workspace }
        let result = try client.request("initialize", [
            "processId": nil, "rootUri": .string(folder.absoluteString), "capabilities": .object(capabilities),
        ])
        #expect(result["capabilities"]?["positionEncoding"]?.stringValue == encoding.rawValue)
        client.notify("initialized", [:])
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func uri(_ name: String) -> String { folder.appendingPathComponent(name).absoluteString }

    /// Opens `name` with `text` (or its content on disk) and returns the diagnostics published for it.
    @discardableResult
    func open(_ name: String, _ text: String? = nil) throws -> [LanguageServerProtocol.Diagnostic] {
        let uri = uri(name)
        let content = try text ?? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        texts[uri] = content
        versions[uri] = 1
        client.open(uri, content, version: 1)
        return try client.published(uri, version: 1).diagnostics
    }

    /// The position just before the `occurrence`-th `needle` in the open text, plus `delta` characters.
    func position(of needle: String, in name: String, plus delta: Int = 0, occurrence: Int = 0) throws -> Position {
        let text = try #require(texts[uri(name)])
        var searchFrom = text.startIndex
        var found: Range<String.Index>?
        for _ in 0...occurrence {
            found = text.range(of: needle, range: searchFrom..<text.endIndex)
            searchFrom = found?.upperBound ?? text.endIndex
        }
        let range = try #require(found, "'\(needle)' is not in \(name)")
        let index = text.index(range.lowerBound, offsetBy: delta)
        return lspPosition(in: text, before: index, encoding: encoding)
    }

    func request(_ method: String, _ name: String, at position: Position, _ extra: [String: JSONValue] = [:]) throws -> JSONValue {
        var params: JSONObject = ["textDocument": ["uri": .string(uri(name))], "position": position.json]
        for (key, value) in extra { params[key] = value }
        return try client.request(method, .object(params))
    }

    func completion(_ name: String, at position: Position) throws -> CompletionList {
        try CompletionList(json: request("textDocument/completion", name, at: position))
    }

    /// Applies LSP edits of `name` to its text and sends them as one incremental change; returns
    /// the diagnostics published for the new version.
    func apply(_ edits: [LanguageServerProtocol.TextEdit], to name: String) throws -> [LanguageServerProtocol.Diagnostic] {
        let uri = uri(name)
        var text = try #require(texts[uri])
        // From the end backwards, so that earlier positions stay valid.
        let ordered = edits.sorted { ($0.range.start.line, $0.range.start.character) > ($1.range.start.line, $1.range.start.character) }
        var changes: [TextDocumentContentChangeEvent] = []
        for edit in ordered {
            let start = try #require(index(of: edit.range.start, in: text))
            let end = try #require(index(of: edit.range.end, in: text))
            text.replaceSubrange(start..<end, with: edit.newText)
            changes.append(TextDocumentContentChangeEvent(range: edit.range, text: edit.newText))
        }
        let version = (versions[uri] ?? 1) + 1
        versions[uri] = version
        texts[uri] = text
        client.notify("textDocument/didChange", DidChangeTextDocumentParams(
            textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version), contentChanges: changes).json)
        return try client.published(uri, version: version).diagnostics
    }

    func text(_ name: String) -> String? { texts[uri(name)] }

    /// The `String.Index` of an LSP position in `text`, counted with Swift's own views.
    func index(of position: Position, in text: String) -> String.Index? {
        var lineStart = text.startIndex
        for _ in 0..<position.line {
            guard let newline = text[lineStart...].firstIndex(of: "\n") else { return nil }
            lineStart = text.index(after: newline)
        }
        let line = text[lineStart...].prefix { $0 != "\n" }
        var units = 0
        var index = line.startIndex
        while units < position.character, index < line.endIndex {
            let character = line[index]
            switch encoding {
            case .utf8: units += character.utf8.count
            case .utf16: units += character.utf16.count
            case .utf32: units += character.unicodeScalars.count
            }
            index = line.index(after: index)
        }
        return units == position.character ? index : nil
    }

    func finish() throws {
        try client.finish()
    }
}
