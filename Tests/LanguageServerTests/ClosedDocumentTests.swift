import JSONSupport
import LanguageServer
import LanguageServerProtocol
import Locking
import SourceText
import Testing

/// Records which documents the server says are closed.
final class ClosingRecorder: LanguageService, @unchecked Sendable {
    let closed = Locked<[String]>([])
    func documentClosed(_ uri: String) { closed.withLock { $0.append(uri) } }
}

/// What the server keeps of a document goes when the client closes it, not when 64 other
/// documents have been checked since (a long document's check holds many megabytes).
@Suite struct ClosedDocumentTests {
    @Test(arguments: [false, true])
    func theServiceIsToldWhenADocumentCloses(pulling: Bool) throws {
        let recorder = ClosingRecorder()
        let server = InProcessServer(service: recorder)
        try server.initialize(pulling ? PullDiagnosticsTests.pullingClient : [:])
        server.open("file:///a.yaml", "text")
        #expect(server.waitForDiagnostics())
        #expect(recorder.closed.withLock { $0 }.isEmpty)
        server.notify("textDocument/didClose", ["textDocument": ["uri": "file:///a.yaml"]])
        #expect(server.waitForDiagnostics())
        #expect(recorder.closed.withLock { $0 } == ["file:///a.yaml"])
    }

    @Test func aClosedDocumentsCheckIsForgotten() {
        let service = IncrementalCheckingTests.service()
        let uri = DocumentURI.fileURI(of: IncrementalCheckingTests.examples.appending(path: "closed.strategy.yaml").path)
        let document = DocumentSnapshot(uri: uri, version: 1, languageId: "commissioning",
                                        source: SourceFile(name: uri, text: "kind: commissioning-strategy\ntitle: Carers\n"), generation: 1)
        let workspace = WorkspaceSnapshot(info: WorkspaceInfo(rootURI: nil, folders: [], initializationOptions: nil), documents: [uri: document])
        _ = service.diagnostics(for: document, in: workspace)
        #expect(service.parseMethod(of: document) == "full")
        service.documentClosed(uri)
        #expect(service.parseMethod(of: document) == nil)
    }
}
