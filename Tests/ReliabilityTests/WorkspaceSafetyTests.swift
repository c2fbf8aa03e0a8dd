import Foundation
import JSONRPC
import JSONSupport
import TestSupport
import Testing

/// What the server reads and writes on disk: references never leave the workspace (symbolic
/// links resolved first), a cycle of references ends, a file that would block a reader is not
/// waited on, and the server writes nothing — its edits go to the client.
@Suite("Workspace safety, end to end")
struct WorkspaceSafetyTests {
    static func framework(title: String, listing other: String) -> String {
        """
        kind: commissioning-framework
        title: \(title)
        population: Everyone
        documents:
          - title: The other framework
            relates-to: Each lists the other.
            path: \(other)
        """
    }

    @Test("Two documents that list each other: both checked, an edit settles, navigation ends")
    func referenceCycle() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write(Self.framework(title: "A", listing: "b.framework.yaml"), to: "a.framework.yaml")
        let b = try folder.write(Self.framework(title: "B", listing: "a.framework.yaml"), to: "b.framework.yaml")
        let client = try launchServer()
        try client.start(root: folder.workspace)
        client.open(a.absoluteString, Self.framework(title: "A", listing: "b.framework.yaml"))
        client.open(b.absoluteString, Self.framework(title: "B", listing: "a.framework.yaml"))
        _ = try client.diagnostics(a.absoluteString)
        _ = try client.diagnostics(b.absoluteString)
        for version in 2...6 {
            client.notify("textDocument/didChange", [
                "textDocument": ["uri": .string(a.absoluteString), "version": .int(version)],
                "contentChanges": [["range": range(position(1, 7), position(1, 8)), "text": .string("A\(version)")]],
            ])
        }
        _ = try client.diagnostics(a.absoluteString, version: 6)
        #expect(try client.heldText(a.absoluteString)["text"]?.stringValue?.contains("title: A65432") == true)
        let document: JSONValue = ["uri": .string(a.absoluteString)]
        let definition = try client.request("textDocument/definition", ["textDocument": document, "position": position(6, 12)])
        #expect(definition.arrayValue?.first?["uri"]?.stringValue == b.absoluteString, "\(definition)")
        try client.expectAnswer("textDocument/references", ["textDocument": document, "position": position(6, 12), "context": ["includeDeclaration": true]])
        try client.expectAnswer("workspace/symbol", ["query": ""])
        // Settled: once the server says no check is pending, the dependent checks have not gone
        // round the cycle (each edit re-checks A and its one dependent B, at most).
        _ = try client.heldText(b.absoluteString)
        #expect(try client.request("$/testing/diagnosticsIdle") == true, "the checks never settle")
        let later = client.inbox.takeAll().filter { message in
            if case .notification("textDocument/publishDiagnostics", _) = message { return true }
            return false
        }
        #expect(later.count <= 10, "\(later.count) more publications after the edits")
        try client.end()
    }

    @Test("A symbolic link that leaves the workspace is reported and never read, by any request")
    func symbolicLinkOut() throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write(
            "kind: hypothesis-set\ntitle: Secret outside\npopulation: P\naims: [x]\nhypotheses:\n  - {id: SECRET-1, statement: Hidden.}\n",
            to: "secret.hypotheses.yaml", in: folder.outside)
        try FileManager.default.createSymbolicLink(at: folder.workspace.appendingPathComponent("link.hypotheses.yaml"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: folder.workspace.appendingPathComponent("shared"), withDestinationURL: folder.outside)
        let text = "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: link.hypotheses.yaml\nfuture-services:\n  - {service: S, change: new, hypotheses: [SECRET-1, ]}\n"
        let (client, uri, diagnostics) = try openInWorkspace(text, as: "a.strategy.yaml", in: folder)
        #expect(codes(diagnostics).contains("reference/outside-workspace"), "\(codes(diagnostics))")
        let document: JSONValue = ["uri": .string(uri)]
        let completion = try client.request("textDocument/completion", ["textDocument": document, "position": position(5, 55)])
        let labels = (completion["items"]?.arrayValue ?? completion.arrayValue ?? []).compactMap { $0["label"]?.stringValue }
        #expect(!labels.contains("SECRET-1"), "\(labels)")
        let hover = try client.request("textDocument/hover", ["textDocument": document, "position": position(5, 48)])
        #expect(!JSONWriter().string(hover).contains("Hidden"), "\(hover)")
        let symbols = JSONWriter().string(try client.request("workspace/symbol", ["query": "SECRET"]))
        #expect(!symbols.contains("SECRET-1") && !symbols.contains("Secret outside"), "\(symbols)")
        let references = JSONWriter().string(try client.request("textDocument/references", [
            "textDocument": document, "position": position(5, 48), "context": ["includeDeclaration": true],
        ]))
        #expect(!references.contains(folder.outside.path) && !references.contains("/shared/"), "\(references)")
        try client.end()
    }

    @Test("A reference to a named pipe in the workspace is not waited on")
    func namedPipe() throws {
        let folder = try TemporaryFolder()
        let pipe = folder.workspace.appendingPathComponent("pipe.hypotheses.yaml")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let text = "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: pipe.hypotheses.yaml\n"
        let (client, uri, diagnostics) = try openInWorkspace(text, as: "a.strategy.yaml", in: folder)
        let reference = diagnostics.first { $0["range"]?["start"]?["line"] == 3 }
        #expect(reference?["code"]?.stringValue?.hasPrefix("reference/") == true, "\(diagnostics)")
        try client.expectAnswer("workspace/symbol", ["query": ""])
        try client.expectAnswer("textDocument/definition", ["textDocument": ["uri": .string(uri)], "position": position(3, 15)])
        // Nobody opened the pipe for reading (opening its writing end without waiting needs a reader).
        let writer = open(pipe.path, O_WRONLY | O_NONBLOCK)
        #expect(writer < 0 && errno == ENXIO)
        if writer >= 0 { close(writer) }
        try client.end()
    }

    @Test("A whole editing session writes nothing: every edit goes to the client as a WorkspaceEdit")
    func serverWritesNothing() throws {
        let folder = try TemporaryFolder()
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.workspace.appendingPathComponent(name))
        }
        try folder.write("rules:\n  hypothesis/count: off\n", to: ".commissioning.yaml")
        let broken = "kind: commissioning-strategy\ntitle: T\npopulaton: P\napproach: integratd\nhypotheses: older-people.hypotheses.yaml\n"
        let brokenFile = try folder.write(broken, to: "broken.strategy.yaml")
        let before = try folder.inventory()
        let client = try launchServer()
        try client.start(root: folder.workspace, capabilities: ["workspace": ["applyEdit": true, "workspaceEdit": ["documentChanges": true]]])
        var actions: [JSONValue] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.workspace.path) where name.hasSuffix(".yaml") {
            let file = folder.workspace.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            let uri = file.absoluteString
            client.open(uri, text)
            let diagnostics = try client.diagnostics(uri)
            let document: JSONValue = ["uri": .string(uri)]
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            let result = try client.request("textDocument/codeAction", [
                "textDocument": document, "range": range(position(0, 0), position(lines, 0)), "context": ["diagnostics": .array(diagnostics)],
            ])
            actions += result.arrayValue ?? []
            try client.expectAnswer("textDocument/documentSymbol", ["textDocument": document])
            client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["range": range(position(0, 0), position(0, 0)), "text": "# edited\n"]]])
            client.notify("textDocument/didSave", ["textDocument": document])
            client.close(uri)
        }
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(brokenFile.absoluteString), "type": 2]]])
        client.notify("workspace/didChangeConfiguration", ["settings": ["commissioning": ["rules": ["hypothesis/no-test": "off"]]]])
        try client.end()
        #expect(actions.contains { $0["edit"] != nil }, "the session produced edits for the client to apply")
        #expect(try folder.inventory() == before)
    }
}
