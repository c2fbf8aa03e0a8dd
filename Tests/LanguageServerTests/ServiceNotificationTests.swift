import JSONSupport
@testable import LanguageServer
import LanguageServerProtocol
import Testing

@Suite("What the service is told")
struct ServiceNotificationTests {
    @Test("The workspace root comes from rootUri, else the first folder, else rootPath", arguments: [
        (["rootUri": "file:///root", "workspaceFolders": [["uri": "file:///folder", "name": "f"]]], "file:///root", 1),
        (["rootUri": nil, "workspaceFolders": [["uri": "file:///folder", "name": "f"]]], "file:///folder", 1),
        (["rootUri": nil, "rootPath": "/some path"], "file:///some%20path", 0),
        (["rootUri": nil], nil, 0),
    ] as [(JSONObject, String?, Int)])
    func workspaceRoot(fields: JSONObject, root: String?, folders: Int) throws {
        let service = RecordingService()
        let server = InProcessServer(service: service)
        var params = fields
        params["capabilities"] = [:]
        params["initializationOptions"] = ["rules": ["x": "off"]]
        _ = try server.request("initialize", .object(params))
        let workspace = try #require(service.workspaces.current.first)
        #expect(service.workspaces.current.count == 1)
        #expect(workspace.rootURI == root)
        #expect(workspace.folders.count == folders)
        #expect(workspace.initializationOptions == ["rules": ["x": "off"]])
    }

    @Test("Configuration and files changed on disk are passed on as sent")
    func passedOn() throws {
        let service = RecordingService()
        let server = InProcessServer(service: service)
        try server.initialize()
        server.notify("workspace/didChangeConfiguration", ["settings": ["commissioning": ["severity": ["a": "off"]]]])
        server.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": "file:///h.yaml", "type": 1], ["uri": "file:///g.yaml", "type": 3]]])
        // Bad params reach nobody (and are logged).
        server.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": "file:///h.yaml", "type": 9]]])
        #expect(try server.request("shutdown") == .null)
        #expect(service.settings.current == [["commissioning": ["severity": ["a": "off"]]]])
        #expect(service.fileChanges.current == [[FileChange(uri: "file:///h.yaml", type: .created), FileChange(uri: "file:///g.yaml", type: .deleted)]])
    }
}
