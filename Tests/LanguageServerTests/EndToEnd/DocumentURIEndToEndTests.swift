import Foundation
import JSONSupport
import TestSupport
import Testing
@testable import LanguageServer

/// File URIs become paths once, at the edge, whatever mix of escaping the client uses: an
/// escaped space beside raw non-ASCII letters names the same file as the fully escaped URI.
@Suite struct DocumentURIEndToEndTests {
    @Test(arguments: [
        ("file:///tmp/my%20plans%20é😀/s.strategy.yaml", "/tmp/my plans é😀/s.strategy.yaml"),
        ("file:///tmp/my%20plans%20%C3%A9%F0%9F%98%80/s.strategy.yaml", "/tmp/my plans é😀/s.strategy.yaml"),
        ("file:///tmp/my plans é😀/s.strategy.yaml", "/tmp/my plans é😀/s.strategy.yaml"),
        ("file://localhost/tmp/a%2Fb.yaml", "/tmp/a/b.yaml"),
        ("FILE:///tmp/100%25.yaml?x=1#top", "/tmp/100%.yaml"),
        ("file:///tmp/odd%zz%4.yaml", "/tmp/odd%zz%4.yaml"),
    ])
    func pathsOfMixedURIs(uri: String, path: String) {
        #expect(DocumentURI.filePath(of: uri) == path)
    }

    @Test(arguments: ["untitled:Untitled-1", "https://example.org/a.yaml", "file:relative.yaml", "file:///tmp/nul%00.yaml", "file:///tmp/bad%FF.yaml"])
    func notAPath(uri: String) {
        #expect(DocumentURI.filePath(of: uri) == nil)
    }

    @Test("A document opened under a mixed-escaped URI follows its references")
    func referencesFollowedUnderAMixedURI() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("uri-\(UUID().uuidString)").resolvingSymlinksInPath()
        let folder = base.appendingPathComponent("my plans é😀")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("kind: hypothesis-set\ntitle: T\npopulation: P\naims: [x]\nhypotheses:\n  - {id: T-1, statement: S.}\n".utf8)
            .write(to: folder.appendingPathComponent("t.hypotheses.yaml"))
        let text = "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: t.hypotheses.yaml\nfuture-services:\n  - {service: S, change: new, hypotheses: [NOPE]}\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("s.strategy.yaml"))
        // As some clients send it: the space escaped, the letters and the emoji raw.
        let uri = "file://" + folder.path.replacingOccurrences(of: " ", with: "%20") + "/s.strategy.yaml"
        let client = try startServer()
        _ = try client.request("initialize", ["processId": nil, "rootUri": .string(base.absoluteString), "capabilities": [:]])
        client.notify("initialized", [:])
        client.open(uri, text)
        let published = try client.published(uri)
        let messages = published.diagnostics.map(\.message)
        #expect(!published.diagnostics.contains { $0.code?.hasPrefix("reference/") == true && $0.message.contains("does not exist") }, "\(messages)")
        #expect(messages.contains { $0.contains("`NOPE` is not a hypothesis in `t.hypotheses.yaml` (it has T-1)") }, "\(messages)")
        let definition = try client.request("textDocument/definition", ["textDocument": ["uri": .string(uri)], "position": ["line": 3, "character": 14]])
        #expect(definition.arrayValue?.first?["uri"]?.stringValue.flatMap(DocumentURI.filePath(of:)) == folder.appendingPathComponent("t.hypotheses.yaml").path, "\(definition)")
        try client.finish()
    }
}
