import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import TestSupport
import Testing

/// `workspace/executeCommand` `commissioning.render` against the built server over pipes: the
/// page of the open buffer (not the file on disk), written in the workspace's ignored folder.
@Suite("commissioning.render in the editor")
struct RenderCommandEndToEndTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schemas/examples/older-people.hypotheses.yaml")

    @Test("The command is advertised, renders the open buffer, and answers the page's file:// URI")
    func rendersTheOpenBuffer() throws {
        let onDisk = try String(contentsOf: Self.example, encoding: .utf8)
        let session = try FeaturesSession(files: ["plans/older-people.hypotheses.yaml": onDisk])
        // The buffer's title differs from the disk's, with characters HTML must escape.
        let edited = try #require(onDisk.range(of: #"(?m)^title: .*$"#, options: .regularExpression))
        let buffer = onDisk.replacingCharacters(in: edited, with: "title: Falls & fractures <draft> — hypotheses")
        try session.open("plans/older-people.hypotheses.yaml", buffer)

        let answer = try session.client.request("workspace/executeCommand", [
            "command": "commissioning.render", "arguments": [.string(session.uri("plans/older-people.hypotheses.yaml"))],
        ])
        let uri = try #require(answer.stringValue, "the answer is the page's URI: \(answer)")
        let page = try #require(URL(string: uri))
        #expect(page.isFileURL)
        let folder = session.folder.appendingPathComponent(".commissioning-render").resolvingSymlinksInPath().path
        #expect(page.deletingLastPathComponent().resolvingSymlinksInPath().path == folder, "\(page.path) is in \(folder)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Falls &amp; fractures &lt;draft&gt; — hypotheses"))
        #expect(!html.contains("<draft>"))
        #expect(!html.contains("Older people with chronic health problems — hypotheses"), "the page is of the buffer, not the disk")
        let ignore = try String(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains("*"))
    }

    @Test("A document outside the workspace is refused, and nothing is written")
    func refusesOutsideTheWorkspace() throws {
        let session = try FeaturesSession(files: ["inside.hypotheses.yaml": try String(contentsOf: Self.example, encoding: .utf8)])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("render-outside-\(UUID().uuidString).hypotheses.yaml")
        defer { try? FileManager.default.removeItem(at: outside) }
        session.client.open(outside.absoluteString, try String(contentsOf: Self.example, encoding: .utf8), version: 1)
        let id = session.client.sendRequest("workspace/executeCommand", ["command": "commissioning.render", "arguments": [.string(outside.absoluteString)]])
        guard case let .errorResponse(_, error) = try session.client.response(to: id) else {
            Issue.record("a document outside the workspace was rendered")
            return
        }
        #expect(error.message.contains("outside the workspace"), "\(error.message)")
        #expect(!FileManager.default.fileExists(atPath: session.folder.appendingPathComponent(".commissioning-render").path))
    }

    @Test("A link at .commissioning-render leading outside the workspace is refused, and nothing is written through it")
    func refusesAFolderLinkedOutside() throws {
        let session = try FeaturesSession(files: ["inside.hypotheses.yaml": try String(contentsOf: Self.example, encoding: .utf8)])
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("render-elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createSymbolicLink(at: session.folder.appendingPathComponent(".commissioning-render"), withDestinationURL: elsewhere)
        try session.open("inside.hypotheses.yaml")
        let id = session.client.sendRequest("workspace/executeCommand", ["command": "commissioning.render", "arguments": [.string(session.uri("inside.hypotheses.yaml"))]])
        guard case let .errorResponse(_, error) = try session.client.response(to: id) else {
            Issue.record("the page was written through a link leading outside the workspace")
            return
        }
        #expect(error.message.contains("leads outside"), "\(error.message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test("A link planted at the page's name is replaced by the page, not written through")
    func replacesALinkAtThePageName() throws {
        let session = try FeaturesSession(files: ["inside.hypotheses.yaml": try String(contentsOf: Self.example, encoding: .utf8)])
        let victim = FileManager.default.temporaryDirectory.appendingPathComponent("render-victim-\(UUID().uuidString)")
        try Data("keep me\n".utf8).write(to: victim)
        defer { try? FileManager.default.removeItem(at: victim) }
        let folder = session.folder.appendingPathComponent(".commissioning-render")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("inside.hypotheses.html"), withDestinationURL: victim)
        try session.open("inside.hypotheses.yaml")
        let answer = try session.client.request("workspace/executeCommand", [
            "command": "commissioning.render", "arguments": [.string(session.uri("inside.hypotheses.yaml"))],
        ])
        let page = try #require(answer.stringValue.flatMap(URL.init(string:)))
        #expect(page.lastPathComponent == "inside.hypotheses.html")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
        let type = try FileManager.default.attributesOfItem(atPath: page.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    @Test("With no workspace, the page goes to the system temporary folder")
    func noWorkspaceWritesToTheTemporaryFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-loose-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("loose-\(UUID().uuidString).hypotheses.yaml")
        let client = try startServer()
        _ = try client.request("initialize", ["processId": nil, "rootUri": nil, "capabilities": [:]])
        client.notify("initialized", [:])
        client.open(file.absoluteString, try String(contentsOf: Self.example, encoding: .utf8))
        let answer = try client.request("workspace/executeCommand", ["command": "commissioning.render", "arguments": [.string(file.absoluteString)]])
        let page = try #require(answer.stringValue.flatMap(URL.init(string:)), "\(answer)")
        defer { try? FileManager.default.removeItem(at: page) }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("commissioning-render").resolvingSymlinksInPath().path
        #expect(page.deletingLastPathComponent().resolvingSymlinksInPath().path == temporary)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Older people with chronic health problems — hypotheses"))
        client.closeInput()
        _ = try client.waitForExit()
    }

    @Test("The initialize answer advertises commissioning.render (beside the code lenses' commissioning.showCitations)")
    func advertised() throws {
        let client = try startServer()
        let result = try client.request("initialize", ["processId": nil, "rootUri": nil, "capabilities": [:]])
        #expect(result["capabilities"]?["executeCommandProvider"]?["commands"] == ["commissioning.render", "commissioning.showCitations"])
        client.closeInput()
        _ = try client.waitForExit()
    }
}
