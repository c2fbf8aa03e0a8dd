import JSONSupport
import LanguageServerProtocol
import Testing

@Suite("Reading and writing LSP values")
struct CodingTests {
    @Test("VS Code's initialize params are read, with the capabilities the server uses")
    func initializeParams() throws {
        let params = try InitializeParams(json: vscodeInitialize)
        #expect(params.processId == 4242)
        #expect(params.rootUri == "file:///work")
        #expect(params.workspaceFolders == [WorkspaceFolder(uri: "file:///work", name: "work")])
        #expect(params.clientInfo?.name == "Visual Studio Code")
        #expect(params.initializationOptions == ["severity": ["x": "off"]])
        let capabilities = params.capabilities
        #expect(capabilities.positionEncodings == [.utf16])
        #expect(capabilities.supportsPullDiagnostics)
        #expect(capabilities.supportsDiagnosticRefresh)
        #expect(!capabilities.supportsPublishDiagnosticsVersion)
        #expect(capabilities.supportsCompletionSnippets)
        #expect(capabilities.supportsHierarchicalDocumentSymbols)
        #expect(capabilities.supportsWatchedFilesRegistration)
        #expect(capabilities.hoverContentFormats == [.markdown, .plainText])
        #expect(capabilities.prefersMarkdownHover)
    }

    @Test("A client that states nothing gets the defaults")
    func emptyCapabilities() throws {
        let params = try InitializeParams(json: ["processId": nil, "rootUri": nil, "capabilities": [:]])
        #expect(params.processId == nil)
        #expect(params.rootUri == nil)
        #expect(params.capabilities.positionEncodings == [.utf16])
        #expect(!params.capabilities.supportsPullDiagnostics)
        // Nothing listed: plain text, which every client shows as it is.
        #expect(params.capabilities.hoverContentFormats == [])
        #expect(!params.capabilities.prefersMarkdownHover)
        #expect(!params.capabilities.prefersMarkdownCompletionDocumentation)
        #expect(try InitializeParams(json: [:]).capabilities.positionEncodings == [.utf16])
    }

    @Test("Bad params name the field that is wrong")
    func errorPaths() {
        func failure(_ json: JSONValue) -> String? {
            do {
                _ = try DidChangeTextDocumentParams(json: json)
                return nil
            } catch let error as LSPDecodingError {
                return error.description
            } catch {
                return "\(error)"
            }
        }
        let document: JSONValue = ["uri": "file:///a", "version": 2]
        #expect(failure(["textDocument": document, "contentChanges": []]) == nil)
        #expect(failure(["contentChanges": []]) == "textDocument: missing")
        #expect(failure(["textDocument": ["uri": 5, "version": 2], "contentChanges": []]) == "textDocument.uri: expected a string, found an integer")
        #expect(
            failure(["textDocument": document, "contentChanges": [["text": "a"], ["range": ["start": ["line": "1", "character": 0], "end": ["line": 1, "character": 0]], "text": "b"]]])
                == "contentChanges.[1].range.start.line: expected an integer, found a string")
        #expect(failure(["textDocument": document, "contentChanges": [["range": nil]]]) == "contentChanges.[0].text: missing")
        #expect(failure("text") == "expected an object (DidChangeTextDocumentParams), found a string")
        #expect(failure(.null) != nil)
    }

    @Test("Closed enumerations reject unknown values; open ones keep them")
    func enumerations() throws {
        #expect(try DiagnosticSeverity(json: 1) == .error)
        #expect(throws: LSPDecodingError.self) { try DiagnosticSeverity(json: 9) }
        #expect(throws: LSPDecodingError.self) { try DiagnosticSeverity(json: "1") }
        #expect(try CodeActionKind(json: "source.organizeImports").rawValue == "source.organizeImports")
        #expect(try PositionEncodingKind(json: "utf-8") == .utf8)
    }

    @Test("Values written and read back are unchanged")
    func roundTrips() throws {
        try roundTrip(diagnostic)
        try roundTrip(PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
        try roundTrip(DocumentDiagnosticReport.full(resultId: nil, items: [diagnostic]))
        try roundTrip(DocumentDiagnosticReport.unchanged(resultId: "x"))
        try roundTrip(SelectionRange(nested: [range, PositionRange(start: Position(line: 0, character: 0), end: Position(line: 9, character: 0))]))
        try roundTrip(DidChangeTextDocumentParams(
            textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 4),
            contentChanges: [TextDocumentContentChangeEvent(range: range, text: "£’–😀"), TextDocumentContentChangeEvent(range: nil, text: "")]))
        try roundTrip(WorkspaceEdit(changes: [uri: [TextEdit(range: range, newText: "x")], "file:///b": []]))
        try roundTrip(CancelParams(id: .string("7")))
        try roundTrip(CancelParams(id: .integer(7)))
    }

    private func roundTrip<T: LSPValue & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = JSONWriter().string(value.json)
        let read = try T(json: try JSONParser.parse(text))
        #expect(read == value, "\(text)", sourceLocation: sourceLocation)
    }

    @Test("A diagnostic code sent as a number is read as its text")
    func numericCode() throws {
        let read = try Diagnostic(json: ["range": range.json, "message": "m", "code": 42])
        #expect(read.code == "42")
    }

    @Test("Shutdown and exit accept absent, null and empty params, but not others")
    func emptyParams() throws {
        _ = try Empty(json: .null)
        _ = try Empty(json: [:])
        _ = try Empty(json: [])
        #expect(throws: LSPDecodingError.self) { try Empty(json: ["a": 1]) }
        #expect(Empty().json == .null)
    }
}
