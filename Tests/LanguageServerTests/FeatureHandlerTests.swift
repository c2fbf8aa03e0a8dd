import JSONSupport
@testable import LanguageServer
import LanguageServerProtocol
import Testing

/// The request handlers convert a service's byte-offset answers into LSP, in the session's encoding.
@Suite("Feature handlers")
struct FeatureHandlerTests {
    static let uri = "file:///a.yaml"
    /// `😀` starts at byte 11, UTF-16 unit 8: `£` and `’` are 2 and 3 bytes, one unit each.
    static let text = "a: £’ x 😀 y\nsecond\n"

    func server(_ capabilities: JSONValue = ["general": ["positionEncodings": ["utf-16"]]]) throws -> InProcessServer {
        let server = InProcessServer(service: FixedAnswersService())
        try server.initialize(capabilities)
        server.open(Self.uri, Self.text)
        return server
    }

    static let emoji = PositionRange(start: Position(line: 0, character: 8), end: Position(line: 0, character: 10))
    static var document: JSONValue { ["uri": .string(uri)] }

    @Test("Completion: text edits in the client's encoding; snippets only for clients that expand them")
    func completion() throws {
        let position: JSONValue = ["line": 0, "character": 10]
        let withSnippets = try server(["general": ["positionEncodings": ["utf-16"]], "textDocument": ["completion": ["completionItem": ["snippetSupport": true, "documentationFormat": ["markdown", "plaintext"]]]]])
        let list = try CompletionList(json: withSnippets.request("textDocument/completion", ["textDocument": Self.document, "position": position]))
        #expect(list.isIncomplete)
        let first = try #require(list.items.first)
        #expect(first.insertTextFormat == .snippet)
        #expect(first.textEdit == TextEdit(range: Self.emoji, newText: "purpose: ${1:text}$0"))
        #expect(first.documentation == MarkupContent(kind: .markdown, value: "Why *this*"))

        let plain = try CompletionList(json: server().request("textDocument/completion", ["textDocument": Self.document, "position": position]))
        #expect(plain.items.first?.insertTextFormat == .plainText)
        #expect(plain.items.first?.textEdit?.newText == "purpose: text")
        #expect(plain.items.last?.textEdit == TextEdit(range: PositionRange(start: Self.emoji.end, end: Self.emoji.end), newText: "plain"))
        // No line break in a plain-text edit (Vim's omnifunc would insert a NUL): the first line only.
        #expect(list.items.contains { $0.textEdit?.newText == "section:\n  ${1:key}: $0" && $0.insertTextFormat == .snippet })
        #expect(plain.items.first { $0.label == "section" }?.textEdit?.newText == "section:")
        #expect(plain.items.allSatisfy { $0.insertTextFormat != .snippet && !($0.textEdit?.newText.contains("\n") ?? false) })
        // Documentation is Markdown only for a client that lists Markdown first.
        #expect(plain.items.first?.documentation == MarkupContent(kind: .plainText, value: "Why this"))
        let plainFirst = try server(["textDocument": ["completion": ["completionItem": ["documentationFormat": ["plaintext", "markdown"]]]]])
        let listed = try CompletionList(json: plainFirst.request("textDocument/completion", ["textDocument": Self.document, "position": position]))
        #expect(listed.items.first?.documentation == MarkupContent(kind: .plainText, value: "Why this"))
    }

    @Test("Hover, definition, references and workspace symbols point at the right characters")
    func positions() throws {
        let server = try server()
        let hover = try Hover(json: server.request("textDocument/hover", ["textDocument": Self.document, "position": ["line": 0, "character": 9]]))
        // Character 9 is inside the emoji's surrogate pair: the server uses the character's start (byte 11).
        // Plain text for a client that does not list Markdown first (this one says nothing).
        #expect(hover == Hover(contents: MarkupContent(kind: .plainText, value: "offset 11"), range: Self.emoji))
        let markdownClient = try self.server(["general": ["positionEncodings": ["utf-16"]], "textDocument": ["hover": ["contentFormat": ["markdown", "plaintext"]]]])
        let rich = try Hover(json: markdownClient.request("textDocument/hover", ["textDocument": Self.document, "position": ["line": 0, "character": 9]]))
        #expect(rich.contents == MarkupContent(kind: .markdown, value: "**offset 11**"))
        let plainFirst = try self.server(["textDocument": ["hover": ["contentFormat": ["plaintext", "markdown"]]]])
        let plain = try Hover(json: plainFirst.request("textDocument/hover", ["textDocument": Self.document, "position": ["line": 0, "character": 9]]))
        #expect(plain.contents == MarkupContent(kind: .plainText, value: "offset 11"))
        let location = Location(uri: Self.uri, range: Self.emoji)
        #expect(try [Location](json: server.request("textDocument/definition", ["textDocument": Self.document, "position": ["line": 0, "character": 0]])) == [location])
        #expect(try [Location](json: server.request("textDocument/references", ["textDocument": Self.document, "position": ["line": 0, "character": 0], "context": ["includeDeclaration": true]])) == [location])
        #expect(try [Location](json: server.request("textDocument/references", ["textDocument": Self.document, "position": ["line": 0, "character": 0], "context": ["includeDeclaration": false]])) == [])
        let symbols = try [SymbolInformation](json: server.request("workspace/symbol", ["query": "q"]))
        #expect(symbols == [SymbolInformation(name: "q", kind: .constant, location: location, containerName: "c")])
    }

    @Test("Code actions: edits and diagnostics converted; 'only' filters by kind and sub-kind")
    func codeActions() throws {
        let server = try server()
        func actions(only: [String]?) throws -> [CodeAction] {
            var context: JSONObject = ["diagnostics": []]
            if let only { context["only"] = .array(only.map(JSONValue.string)) }
            return try [CodeAction](json: server.request("textDocument/codeAction", [
                "textDocument": Self.document, "range": PositionRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)).json,
                "context": .object(context),
            ]))
        }
        let all = try actions(only: nil)
        #expect(all.map(\.title) == ["Replace the emoji", "Rewrite"])
        let fix = try #require(all.first)
        #expect(fix.kind == .quickFix)
        #expect(fix.isPreferred == true)
        #expect(fix.edit == WorkspaceEdit(changes: [Self.uri: [TextEdit(range: Self.emoji, newText: ":)")]]))
        #expect(fix.diagnostics?.map(\.range) == [Self.emoji])
        #expect(try actions(only: ["quickfix"]).map(\.title) == ["Replace the emoji"])
        #expect(try actions(only: ["refactor"]).map(\.title) == ["Rewrite"])
        #expect(try actions(only: ["source"]).isEmpty)
    }

    @Test("Outline, folding and selection ranges")
    func structure() throws {
        let server = try server()
        let symbols = try [DocumentSymbol](json: server.request("textDocument/documentSymbol", ["textDocument": Self.document]))
        #expect(symbols.first?.range == PositionRange(start: Position(line: 0, character: 0), end: Position(line: 2, character: 0)))
        #expect(symbols.first?.children?.first?.selectionRange == Self.emoji)

        let folds = try [FoldingRange](json: server.request("textDocument/foldingRange", ["textDocument": Self.document]))
        #expect(folds == [FoldingRange(startLine: 0, endLine: 2, kind: .region)], "a one-line region is dropped")

        let selections = try [SelectionRange](json: server.request("textDocument/selectionRange", [
            "textDocument": Self.document, "positions": [["line": 0, "character": 8], ["line": 1, "character": 0]],
        ]))
        #expect(selections.count == 2)
        #expect(selections.first?.range == Self.emoji)
        #expect(selections.first?.parent?.range == PositionRange(start: Position(line: 0, character: 0), end: Position(line: 2, character: 0)))
        #expect(selections.first?.parent?.parent == nil)
    }

    @Test("Requests about a document that is not open get empty answers")
    func unopenedDocument() throws {
        let server = try server()
        let other: JSONValue = ["uri": "file:///other.yaml"]
        #expect(try server.request("textDocument/hover", ["textDocument": other, "position": ["line": 0, "character": 0]]) == .null)
        #expect(try server.request("textDocument/documentSymbol", ["textDocument": other]) == [])
        #expect(try server.request("textDocument/completion", ["textDocument": other, "position": ["line": 0, "character": 0]]) == ["isIncomplete": false, "items": []])
    }

    @Test("Snippets become their default text for clients without snippet support")
    func snippetText() {
        #expect(Snippet.plainText("purpose: ${1:text}$0") == "purpose: text")
        #expect(Snippet.plainText("a: ${1:x ${2:nested}} $2 \\$5 ${3}") == "a: x nested  $5 ")
        #expect(Snippet.plainText("price $") == "price $")
        #expect(Snippet.plainText("${1:unclosed") == "unclosed")
    }
}
